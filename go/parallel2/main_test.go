package main

import (
	"math"
	"slices"
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func same(x int32) int32 { return x }

func TestParallelSum(t *testing.T) {
	data := []int32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for n := 1; n <= 12; n++ {
		if got := parallelSum(data, n, same); got != 55 {
			t.Errorf("%d goroutines: got %d", n, got)
		}
	}
	if got := parallelSum(nil, 3, same); got != 0 {
		t.Errorf("empty: got %d", got)
	}
	big := []int32{math.MaxInt32, math.MaxInt32, math.MaxInt32, math.MaxInt32}
	if got, want := parallelSum(big, 2, same), 4*int64(math.MaxInt32); got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

// The note's claim: with an int32 sum per goroutine, the total is silently wrong.
func TestAnInt32SumWrapsAroundWithoutAPanic(t *testing.T) {
	big := []int32{math.MaxInt32, math.MaxInt32, math.MaxInt32, math.MaxInt32}
	if got := wrappingSum(big, 2); got != -4 { // each chunk: 2*MaxInt32 wraps to -2
		t.Fatalf("got %d", got)
	}
}

// The note's claim: slices.Chunk panics on a size of 0, hence the max(..., 1).
func TestChunkOfZeroPanics(t *testing.T) {
	got := proof.Panics(func() {
		for range slices.Chunk([]int32{}, 0) {
		}
	})
	if s, ok := got.(string); !ok || !strings.Contains(s, "cannot be less than 1") {
		t.Fatalf("recovered %v", got)
	}
}
