// The Go side of async5: one deadline for the whole window.
package main

import (
	"fmt"
	"time"
)

func collectFor(ch <-chan uint32, window time.Duration) []uint32 {
	// note:begin
	timeout := time.After(window) // once: a single deadline for the whole window
	var received []uint32
	for {
		select {
		case m, ok := <-ch:
			if !ok {
				return received
			}
			received = append(received, m)
		case <-timeout:
			return received
		}
	}
	// note:end
}

func main() {
	ch := make(chan uint32)
	go func() {
		for i := range uint32(3) {
			ch <- i
		}
	}()
	fmt.Println(collectFor(ch, 100*time.Millisecond))
}
