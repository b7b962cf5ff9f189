// The Go side of sendsync4: a global map and the mutex that should guard it.
package main

import (
	"fmt"
	"sync"
)

// note:begin
var (
	mu   sync.Mutex
	hits = map[string]int{} // nothing forces you to use mu
)

func RecordHit(page string) {
	mu.Lock()
	defer mu.Unlock()
	hits[page]++
}

// note:end

// Hits forgets the mutex: it compiles.
func Hits(page string) int { return hits[page] }

func forgetful() {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { RecordHit("home") })
		wg.Go(func() { Hits("home") })
	}
	wg.Wait()
}

func main() {
	RecordHit("home")
	fmt.Println(Hits("home"))
}
