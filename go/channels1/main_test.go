package main

import (
	"fmt"
	"testing"
)

// The receiver looks at its batches only after the channel is closed: by
// then the sender has overwritten the array they all share.
func TestTheBatchesShareOneArray(t *testing.T) {
	got := fmt.Sprint(batches([]int{1, 2, 3, 4, 5}, 2))
	if want := "[[5 4] [5 4] [5]]"; got != want { // not [[1 2] [3 4] [5]]
		t.Fatalf("got %s, want %s", got, want)
	}
}
