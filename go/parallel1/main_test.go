package main

import "testing"

func TestParallelSum(t *testing.T) {
	data := make([]int, 101)
	for i := range data {
		data[i] = i
	}
	for n := 1; n <= 7; n++ {
		if got := parallelSum(data, n); got != 5050 {
			t.Errorf("%d goroutines: got %d", n, got)
		}
	}
}
