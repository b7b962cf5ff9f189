// The Go side of channels2: ranging over a channel ends only when it is closed.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func filter(words []string, keep func(string) bool) []string {
	var found []string
	// note:begin
	ch := make(chan string)
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Go(func() {
			if keep(w) {
				ch <- w
			}
		})
	}
	go func() { wg.Wait(); close(ch) }() // forget this and `range ch` never ends
	for w := range ch {
		found = append(found, w)
	}
	// note:end
	return found
}

// neverClosed is filter without the goroutine that closes the channel.
func neverClosed() {
	ch := make(chan string)
	for _, w := range []string{"go", "rust"} {
		go func() { ch <- w }()
	}
	for w := range ch {
		fmt.Println(w)
	}
}

func main() {
	fmt.Println(len(filter([]string{"go", "rust", "zig"}, func(w string) bool { return strings.Contains(w, "r") })))
}
