// The Go side of channels5: many goroutines receive from one channel.
package main

import (
	"fmt"
	"slices"
)

func runPool(inputs []int, workers int, job func(int) int) []int {
	// note:begin
	jobs := make(chan int)
	results := make(chan int)
	for range workers {
		go func() {
			for n := range jobs { // many goroutines receive from one channel
				results <- job(n)
			}
		}()
	}
	// note:end
	go func() {
		for _, n := range inputs {
			jobs <- n
		}
		close(jobs)
	}()
	out := make([]int, 0, len(inputs))
	for range inputs {
		out = append(out, <-results)
	}
	slices.Sort(out)
	return out
}

func main() {
	fmt.Println(runPool([]int{1, 2, 3, 4}, 2, func(n int) int { return n * 10 }))
}
