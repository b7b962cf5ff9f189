package main

import (
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestWithoutTheCheckItPanics(t *testing.T) {
	if _, ok := nthWord("one two three four", 4); ok {
		t.Fatal("want false")
	}
	words := strings.Fields("one two three four")
	n := 4
	r := proof.Panics(func() { _ = words[n] })
	if err, ok := r.(error); !ok || !strings.Contains(err.Error(), "index out of range [4] with length 4") {
		t.Fatalf("got %v", r)
	}
}
