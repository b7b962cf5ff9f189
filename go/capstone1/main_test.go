package main

import (
	"errors"
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

func all(Record) bool { return true }

func TestSummarize(t *testing.T) {
	input := strings.Join(generate(3000), "\n")
	for _, workers := range []int{1, 3, 4, 7} {
		got, err := summarize(input, workers, all)
		want := Summary{Records: 3000, Active: 1000, MaxID: 3000, LongestName: "user1000"}
		if err != nil || got != want {
			t.Fatalf("%d workers: got %+v, %v", workers, got, err)
		}
	}
	if got, err := summarize("", 4, all); err != nil || got != (Summary{}) {
		t.Fatalf("empty input: got %+v, %v", got, err)
	}
	if _, err := summarize("", 0, all); !errors.Is(err, ErrNoWorkers) {
		t.Fatalf("no workers: got %v", err)
	}
}

func TestOnlyTheRecordsKeptCount(t *testing.T) {
	even := func(r Record) bool { return r.ID%2 == 0 }
	got, err := summarize(strings.Join(generate(100), "\n"), 4, even)
	if want := (Summary{Records: 50, Active: 17, MaxID: 100, LongestName: "user100"}); err != nil || got != want {
		t.Fatalf("got %+v, %v", got, err)
	}
}

func TestMergeKeepsTheEarlierNameOnATie(t *testing.T) {
	first := Summary{Records: 1, Active: 1, MaxID: 9, LongestName: "ann"}
	first.Merge(Summary{Records: 3, Active: 2, MaxID: 4, LongestName: "bob"})
	if want := (Summary{Records: 4, Active: 3, MaxID: 9, LongestName: "ann"}); first != want {
		t.Fatalf("got %+v", first)
	}
}

// Two bad lines; the chunk holding the earlier one is slowed down, so its
// error comes second in time.
func TestTheEarliestLineNotTheFirstInTime(t *testing.T) {
	lines := generate(3000)
	lines[9] = `{"id": 10, "name": "no active field"}`
	lines[2499] = "not json at all"
	input := strings.Join(lines, "\n")
	fast := parseRecord
	defer func() { parseRecord = fast }()
	parseRecord = func(lineNo int, line string) (Record, error) {
		if lineNo == 1 {
			time.Sleep(500 * time.Millisecond)
		}
		return fast(lineNo, line)
	}
	if _, err := summarize(input, 4, all); err == nil || !strings.HasPrefix(err.Error(), "line 10: ") {
		t.Fatalf("summarize: got %v", err)
	}
	if err := firstInTime(input, 4); err == nil || !strings.HasPrefix(err.Error(), "line 2500: ") {
		t.Fatalf("first in time: got %v", err)
	}
}
