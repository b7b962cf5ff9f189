// The Go side of parallel2: int overflow wraps around silently.
package main

import (
	"fmt"
	"slices"
	"sync"
)

// parallelSum sums value(x) for every x of data on at most n goroutines,
// each calling value for the elements of its own chunk.
func parallelSum(data []int32, n int, value func(int32) int32) int64 {
	// note:begin
	size := max((len(data)+n-1)/n, 1) // round up; slices.Chunk panics on 0
	partials := make(chan int64, n)   // each goroutine hands back its sum
	var wg sync.WaitGroup
	for chunk := range slices.Chunk(data, size) { // subslices, no copies
		wg.Go(func() {
			var sum int64 // an int32 sum wraps around silently: no panic, a wrong total
			for _, x := range chunk {
				sum += int64(value(x))
			}
			partials <- sum
		})
	}
	wg.Wait()
	close(partials)
	var total int64
	for sum := range partials {
		total += sum
	}
	// note:end
	return total
}

// wrappingSum is parallelSum with an int32 sum in each goroutine.
func wrappingSum(data []int32, n int) int64 {
	size := max((len(data)+n-1)/n, 1)
	partials := make(chan int32, n)
	var wg sync.WaitGroup
	for chunk := range slices.Chunk(data, size) {
		wg.Go(func() {
			var sum int32
			for _, x := range chunk {
				sum += x
			}
			partials <- sum
		})
	}
	wg.Wait()
	close(partials)
	var total int64
	for sum := range partials {
		total += int64(sum)
	}
	return total
}

func main() {
	fmt.Println(parallelSum([]int32{1, 2, 3, 4, 5}, 2, func(x int32) int32 { return x }))
}
