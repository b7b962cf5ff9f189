// The Go side of parallel1: split a slice into chunks, one goroutine each.
package main

import (
	"fmt"
	"sync"
)

// parallelSum sums value(x) for every x of data on n goroutines (n >= 1),
// each calling value for the elements of its own chunk.
func parallelSum(data []int32, n int, value func(int32) int64) int64 {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int64
	)
	// note:begin
	chunkSize := len(data) / n // rounds down
	for i := range n {
		start, end := i*chunkSize, (i+1)*chunkSize
		if i == n-1 {
			end = len(data) // the last goroutine takes the remainder
		}
		wg.Go(func() { // every goroutine shares data: no Arc, no copy
			var sum int64 // an int32 sum would wrap around silently
			for _, x := range data[start:end] {
				sum += value(x) // called on this chunk's goroutine
			}
			mu.Lock()
			total += sum
			mu.Unlock()
		})
	}
	wg.Wait()
	// note:end
	return total
}

func main() {
	fmt.Println(parallelSum([]int32{1, 2, 3, 4, 5, 6, 7}, 3, func(x int32) int64 { return int64(x) }))
}
