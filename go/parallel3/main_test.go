package main

import (
	"maps"
	"testing"
)

func TestWordCount(t *testing.T) {
	got := wordCount([][]string{{"a b"}, {"b c", "a"}, {}})
	if want := map[string]int{"a": 2, "b": 2, "c": 1}; !maps.Equal(got, want) {
		t.Fatalf("got %v", got)
	}
}
