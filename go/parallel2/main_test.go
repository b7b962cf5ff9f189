package main

import (
	"math"
	"testing"
)

func TestOverflowWrapsSilently(t *testing.T) {
	got := chunkSums([][]int{{1, 2}, {math.MaxInt, 1}})
	if got[0] != 3 || got[1] != math.MinInt {
		t.Fatalf("got %v", got)
	}
}
