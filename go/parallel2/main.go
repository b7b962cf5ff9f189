// The Go side of parallel2: int overflow wraps around silently.
package main

import (
	"fmt"
	"sync"
)

func chunkSums(chunks [][]int) []int {
	var wg sync.WaitGroup
	// note:begin
	// Go's int is 64 bits wide on 64-bit machines: this rarely overflows,
	// and if it does, it silently wraps around.
	results := make([]int, len(chunks))
	for i, part := range chunks {
		wg.Go(func() {
			for _, v := range part {
				results[i] += v
			}
		})
	}
	wg.Wait()
	// note:end
	return results
}

func main() {
	fmt.Println(chunkSums([][]int{{1, 2}, {3}}))
}
