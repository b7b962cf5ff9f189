// The Go side of deadlock3: Lock and Unlock where you choose.
package main

import (
	"fmt"
	"math/bits"
	"sync"
)

var (
	mu    sync.Mutex
	cache = map[uint64]int{}
)

func slowCountOnes(n uint64) int { return bits.OnesCount64(n) }

func countOnes(n uint64) int {
	// note:begin
	// Go: you say exactly when the lock is released.
	mu.Lock()
	bits, ok := cache[n]
	mu.Unlock()
	if !ok {
		bits = slowCountOnes(n)
		mu.Lock()
		cache[n] = bits
		mu.Unlock()
	}
	// note:end
	return bits
}

func main() {
	fmt.Println(countOnes(255), countOnes(255))
}
