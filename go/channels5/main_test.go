package main

import (
	"slices"
	"testing"
)

func TestRunPool(t *testing.T) {
	got := runPool([]int{3, 1, 2, 5}, 3, func(n int) int { return n * n })
	if !slices.Equal(got, []int{1, 4, 9, 25}) {
		t.Fatalf("got %v", got)
	}
}
