// async6: a blocking call inside a goroutine blocks only that goroutine.
package main

import (
	"fmt"
	"sync"
	"time"
)

// blockingLookup is an old synchronous driver call.
func blockingLookup(key string) string {
	time.Sleep(100 * time.Millisecond)
	return "value of " + key
}

// note:begin
func lookupAll(keys []string) []string {
	answers := make([]string, len(keys))
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Go(func() {
			// Blocks this goroutine only: Go's scheduler runs the others
			// on other threads meanwhile. Nothing to mark, nothing to move.
			answers[i] = blockingLookup(key)
		})
	}
	wg.Wait()
	return answers
}

// note:end

func main() {
	start := time.Now()
	fmt.Println(lookupAll([]string{"k1", "k2", "k3", "k4"}), time.Since(start).Round(50*time.Millisecond))
}
