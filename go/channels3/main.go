// The Go side of channels3: a send on an unbuffered channel waits for a
// receiver. This program deadlocks, as the note says.
package main

import (
	"fmt"
	"sync"
)

func mapOnWorker(nums []int, work func(int) int) []int {
	// note:begin
	results := make(chan int) // unbuffered: fix with make(chan int, len(nums))
	var wg sync.WaitGroup
	wg.Go(func() {
		for _, n := range nums {
			results <- work(n) // blocks: nobody is receiving yet
		}
	})
	wg.Wait() // fatal error: all goroutines are asleep - deadlock!
	// note:end
	close(results)
	var out []int
	for r := range results {
		out = append(out, r)
	}
	return out
}

func main() {
	fmt.Println(mapOnWorker([]int{1, 2, 3}, func(n int) int { return n * n }))
}
