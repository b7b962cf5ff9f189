// The Go side of shared1: a counter shared by goroutines needs a mutex.
package main

import (
	"fmt"
	"sync"
)

func count() int {
	var wg sync.WaitGroup
	// note:begin
	var mu sync.Mutex
	counter := 0
	for range 10 {
		wg.Go(func() {
			mu.Lock() // without it: a data race, found only by `go run -race`
			counter++
			mu.Unlock()
		})
	}
	wg.Wait()
	// note:end
	return counter
}

// racyCount is count without the mutex.
func racyCount() int {
	var wg sync.WaitGroup
	counter := 0
	for range 10 {
		wg.Go(func() { counter++ })
	}
	wg.Wait()
	return counter
}

func main() {
	fmt.Println(count())
}
