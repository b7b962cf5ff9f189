// The Go side of testing2: a property test (see main_test.go, whose
// TestParallelSum is the note).
package main

import (
	"fmt"
	"sync"
)

// ParallelSum adds data up in `workers` goroutines.
func ParallelSum(data []int64, workers int) int64 {
	size := max(1, (len(data)+workers-1)/workers)
	sums := make([]int64, (len(data)+size-1)/size)
	var wg sync.WaitGroup
	for i := range sums {
		wg.Go(func() { sums[i] = sequentialSum(data[i*size : min((i+1)*size, len(data))]) })
	}
	wg.Wait()
	return sequentialSum(sums)
}

func sequentialSum(data []int64) int64 {
	var total int64
	for _, v := range data {
		total += v
	}
	return total
}

func main() {
	fmt.Println(ParallelSum([]int64{1, 2, 3, 4, 5}, 2))
}
