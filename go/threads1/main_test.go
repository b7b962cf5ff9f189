package main

import (
	"slices"
	"testing"
)

// Under `go test -race` this also proves that the goroutines do not race.
func TestMapInParallel(t *testing.T) {
	nums := make([]int, 50)
	for i := range nums {
		nums[i] = i
	}
	got := mapInParallel(nums, func(n int) int { return n * 2 })
	for i, v := range got {
		if v != 2*i {
			t.Fatalf("slot %d: got %d", i, v)
		}
	}
	if !slices.Equal(mapInParallel(nil, func(n int) int { return n }), []int{}) {
		t.Fatal("empty input")
	}
}
