// The Go side of parallel1: split a slice into chunks, one goroutine each.
package main

import (
	"fmt"
	"sync"
)

func parallelSum(data []int, n int) int {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int
	)
	// note:begin
	chunkSize := len(data) / n
	for i := range n {
		start, end := i*chunkSize, (i+1)*chunkSize
		if i == n-1 {
			end = len(data) // the last goroutine takes the remainder
		}
		wg.Go(func() {
			sum := 0
			for _, v := range data[start:end] {
				sum += v
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
	fmt.Println(parallelSum([]int{1, 2, 3, 4, 5, 6, 7}, 3))
}
