// The Go side of async4: holding a mutex across slow work is legal in Go.
package main

import (
	"fmt"
	"sync"
)

var accessLog []string

func writeAccessLog(page string) { accessLog = append(accessLog, page) }

// note:begin
func recordVisit(mu *sync.Mutex, stats map[string]int, page string) {
	mu.Lock()
	defer mu.Unlock() // held during the slow write below: legal, just slow
	stats[page]++
	writeAccessLog(page)
}

// go recordVisit(&mu, stats, "home")
// note:end

func main() {
	var mu sync.Mutex
	stats := map[string]int{}
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() { recordVisit(&mu, stats, "home") })
	}
	wg.Wait()
	fmt.Println(stats, len(accessLog))
}
