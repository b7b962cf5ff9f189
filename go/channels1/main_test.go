package main

import (
	"fmt"
	"testing"
)

// The receiver looks at its batches only after the channel is closed: by
// then the sender has overwritten the array they all share.
func TestTheBatchesShareOneArray(t *testing.T) {
	got := fmt.Sprint(batches(5, 2, func(i int) Ticket { return Ticket{i} }))
	if want := "[[{4} {3}] [{4} {3}] [{4}]]"; got != want { // not [[{0} {1}] [{2} {3}] [{4}]]
		t.Fatalf("got %s, want %s", got, want)
	}
	got = fmt.Sprint(batches(7, 3, func(i int) int { return i + 1 }))
	if want := "[[7 5 6] [7 5 6] [7]]"; got != want { // not [[1 2 3] [4 5 6] [7]]
		t.Fatalf("got %s, want %s", got, want)
	}
}
