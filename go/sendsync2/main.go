// The Go side of sendsync2: nothing checks that goroutines end before their
// data is used.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func count(text, needle string) int { return strings.Count(text, needle) }

func countAll(texts []string, needle string) []int {
	// note:begin
	counts := make([]int, len(texts))
	var wg sync.WaitGroup
	for i, text := range texts {
		wg.Go(func() {
			counts[i] = count(text, needle)
		})
	}
	wg.Wait() // the compiler does not check that you wait
	// note:end
	return counts
}

// noWait is countAll without wg.Wait: it reads counts while goroutines write.
func noWait() {
	texts := []string{"a a", "b a", "a"}
	counts := make([]int, len(texts))
	for i, text := range texts {
		go func() { counts[i] = count(text, "a") }()
	}
	fmt.Println(counts)
	time.Sleep(200 * time.Millisecond) // let the goroutines write after the read
}

func main() {
	fmt.Println(countAll([]string{"a a", "b a", "a"}, "a"))
}
