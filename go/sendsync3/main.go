// The Go side of sendsync3: atomics and a mutex, by discipline.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

func stats(texts []string) (int64, string) {
	var wg sync.WaitGroup
	// note:begin
	var words atomic.Int64 // plain `words += n` would compile: a data race
	var mu sync.Mutex
	longest := ""
	for _, text := range texts {
		wg.Go(func() {
			words.Add(int64(len(strings.Fields(text))))
			mu.Lock()
			if len(text) > len(longest) {
				longest = text
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	// note:end
	return words.Load(), longest
}

// racyWords counts with a plain int64, as the note warns against.
func racyWords(texts []string) int64 {
	var wg sync.WaitGroup
	var words int64
	for _, text := range texts {
		wg.Go(func() { words += int64(len(strings.Fields(text))) })
	}
	wg.Wait()
	return words
}

func main() {
	fmt.Println(stats([]string{"a b", "c d e"}))
}
