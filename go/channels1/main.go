// The Go side of channels1: a slice sent on a channel still shares its array
// with the sender.
package main

import "fmt"

// Ticket is an item; Go copies any struct, so nothing makes it "handed over only".
type Ticket struct{ N int }

// batches makes count items, makeItem(0), makeItem(1), ..., on a producer
// goroutine and returns the batches of size items the receiver got.
func batches[T any](count, size int, makeItem func(int) T) [][]T {
	out := make(chan []T)
	// note:begin
	go func() {
		defer close(out)
		batch := make([]T, 0, size)
		for i := range count {
			batch = append(batch, makeItem(i)) // made on the producer goroutine
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
	var got [][]T
	for b := range out {
		got = append(got, b)
	}
	return got
}

func main() {
	fmt.Println(batches(5, 2, func(i int) Ticket { return Ticket{i} }))
}
