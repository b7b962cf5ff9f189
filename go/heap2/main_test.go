package main

import (
	"slices"
	"testing"
)

func TestInsert(t *testing.T) {
	root := &Node{Value: 5}
	for _, v := range []int{3, 8, 1, 4, 9, 5} {
		root.Insert(v)
	}
	if got := root.Sorted(); !slices.Equal(got, []int{1, 3, 4, 5, 5, 8, 9}) {
		t.Fatalf("got %v", got)
	}
}
