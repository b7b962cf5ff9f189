// The Go side of threads1: goroutines write their own slots, Wait joins them.
package main

import (
	"fmt"
	"sync"
)

func mapInParallel(nums []int, work func(int) int) []int {
	// note:begin
	results := make([]int, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums { // since Go 1.22, each iteration has its own i and n
		wg.Go(func() {
			results[i] = work(n) // each goroutine writes its own slot
		})
	}
	wg.Wait()
	// note:end
	return results
}

func main() {
	fmt.Println(mapInParallel([]int{1, 2, 3}, func(n int) int { return n * n }))
}
