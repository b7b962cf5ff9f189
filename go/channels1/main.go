// The Go side of channels1: a slice sent on a channel still shares its array
// with the sender.
package main

import "fmt"

func batches(items []int, size int) [][]int {
	out := make(chan []int)
	// note:begin
	go func() {
		defer close(out)
		batch := make([]int, 0, size)
		for _, item := range items {
			batch = append(batch, item)
			if len(batch) == size {
				out <- batch
				batch = batch[:0] // BUG: the receiver's slice shares this array
			}
		}
		if len(batch) > 0 {
			out <- batch // the last, shorter batch
		}
	}()
	// note:end
	var got [][]int
	for b := range out {
		got = append(got, b)
	}
	return got
}

func main() {
	fmt.Println(batches([]int{1, 2, 3, 4, 5}, 2))
}
