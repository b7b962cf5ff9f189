package main

import (
	"slices"
	"testing"
)

// With the module at go 1.27 each iteration has its own i: every label is
// right, and `go test -race` finds no race on i.
func TestEachIterationHasItsOwnI(t *testing.T) {
	got := labels("item", 4)
	if want := []string{"item-0", "item-1", "item-2", "item-3"}; !slices.Equal(got, want) {
		t.Fatalf("got %q", got)
	}
}
