package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func generate(n int) []string {
	lines := make([]string, n)
	for i := range lines {
		id := i + 1
		lines[i] = fmt.Sprintf(`{"id": %d, "name": "user%d", "active": %v}`, id, id, id%3 == 1)
	}
	return lines
}

func TestSummarize(t *testing.T) {
	input := strings.Join(generate(3000), "\n")
	for _, workers := range []int{1, 3, 4, 7} {
		got, err := summarize(input, workers)
		if err != nil || got.Records != 3000 || got.Active != 1000 || got.MaxID != 3000 || got.LongestName != "user1000" {
			t.Fatalf("%d workers: got %+v, %v", workers, got, err)
		}
	}
}

// Two bad lines; the chunk holding the earlier one is slowed down, so its
// error comes second in time.
func TestTheEarliestLineNotTheFirstInTime(t *testing.T) {
	lines := generate(3000)
	lines[9] = `{"id": 10, "name": "no active field"}`
	lines[2499] = "not json at all"
	input := strings.Join(lines, "\n")
	fast := parseChunk
	defer func() { parseChunk = fast }()
	parseChunk = func(first int, chunk []string) (Summary, error) {
		if first == 1 {
			time.Sleep(500 * time.Millisecond)
		}
		return fast(first, chunk)
	}
	if _, err := summarize(input, 4); err == nil || !strings.HasPrefix(err.Error(), "line 10: ") {
		t.Fatalf("summarize: got %v", err)
	}
	if err := firstInTime(input, 4); err == nil || !strings.HasPrefix(err.Error(), "line 2500: ") {
		t.Fatalf("first in time: got %v", err)
	}
}
