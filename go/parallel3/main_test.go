package main

import (
	"maps"
	"strings"
	"testing"
)

func TestWordCount(t *testing.T) {
	lines := []string{"the cat", "The dog", "a cat", "THE end"}
	want := map[string]int{"the": 3, "cat": 2, "dog": 1, "a": 1, "end": 1}
	for n := 1; n <= 5; n++ {
		if got := wordCount(lines, n, strings.ToLower); !maps.Equal(got, want) {
			t.Errorf("%d goroutines: got %v", n, got)
		}
	}
	if got := wordCount(nil, 3, strings.ToLower); len(got) != 0 {
		t.Errorf("no lines: got %v", got)
	}
}

// The note's claim: merging with maps.Copy overwrites a count instead of adding to it.
func TestMapsCopyOverwrites(t *testing.T) {
	total := map[string]int{"the": 2, "cat": 1}
	maps.Copy(total, map[string]int{"the": 1})
	if want := map[string]int{"the": 1, "cat": 1}; !maps.Equal(total, want) {
		t.Fatalf("got %v", total)
	}
}
