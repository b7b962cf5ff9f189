package main

import (
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestEmptyQueuePanics(t *testing.T) {
	var queue []string
	r := proof.Panics(func() { join(&queue, "ann") })
	if err, ok := r.(error); !ok || !strings.Contains(err.Error(), "index out of range [0] with length 0") {
		t.Fatalf("want an index panic, got %v", r)
	}
}

func TestFirstPointsToTheOldArray(t *testing.T) {
	queue := make([]string, 1, 1) // full: the next append reallocates
	queue[0] = "ann"
	first := &queue[0]
	if got := join(&queue, "bob"); got != "ann is first, 2 waiting" {
		t.Fatalf("got %q", got)
	}
	*first = "zoe" // writes to the old array, which the queue no longer uses
	if queue[0] != "ann" {
		t.Fatalf("the queue changed: %q", queue)
	}
}
