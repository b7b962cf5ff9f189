// The Go side of threads2: a goroutine's closure shares the variables it
// captures; since Go 1.22 each loop iteration has variables of its own.
package main

import (
	"fmt"
	"sync"
)

func makeLabel(prefix string, i int) string { return fmt.Sprintf("%s-%d", prefix, i) }

func labels(prefix string, count int) []string {
	labels := make([]string, count)
	var wg sync.WaitGroup
	// note:begin
	for i := range count {
		// Since Go 1.22 each iteration has its own `i` (before, all goroutines
		// shared one and had to get it as an argument).
		wg.Go(func() {
			labels[i] = makeLabel(prefix, i) // prefix is shared, GC keeps it alive
		})
	}
	wg.Wait()
	// note:end
	return labels
}

func main() {
	fmt.Println(labels("item", 3))
}
