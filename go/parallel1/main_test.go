package main

import (
	"math"
	"testing"
)

func id(x int32) int64 { return int64(x) }

func TestParallelSum(t *testing.T) {
	data := make([]int32, 101)
	for i := range data {
		data[i] = int32(i)
	}
	for n := 1; n <= 7; n++ {
		if got := parallelSum(data, n, id); got != 5050 {
			t.Errorf("%d goroutines: got %d", n, got)
		}
	}
	if got := parallelSum([]int32{10, 20, 30}, 8, id); got != 60 {
		t.Errorf("more goroutines than elements: got %d", got)
	}
	if got := parallelSum(nil, 4, id); got != 0 {
		t.Errorf("empty: got %d", got)
	}
}

func TestSumLargerThanInt32(t *testing.T) {
	big := []int32{math.MaxInt32, math.MaxInt32, math.MaxInt32, 3}
	if got, want := parallelSum(big, 3, id), 3*int64(math.MaxInt32)+3; got != want {
		t.Fatalf("got %d, want %d", got, want)
	}
}

// The note's claim: an int32 sum would wrap around silently.
func TestAnInt32SumWrapsAround(t *testing.T) {
	var sum int32
	for _, x := range []int32{math.MaxInt32, math.MaxInt32, math.MaxInt32, 3} {
		sum += x
	}
	if sum != math.MinInt32 { // 3*MaxInt32+3 wraps around, no panic
		t.Fatalf("got %d", sum)
	}
}
