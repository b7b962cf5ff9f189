// The Go side of deadlock2: Go's mutexes are not reentrant.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

func (inv *Inventory) Count(item string) int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.stock[item]
}

// note:begin
func (inv *Inventory) Take(item string, n int) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.Count(item) < n { // Count calls inv.mu.Lock(): blocks forever
		return false
	}
	inv.stock[item] -= n
	return true
}

// Go reports "all goroutines are asleep - deadlock!" only if every goroutine
// is blocked; in a server or a test with others running, it just hangs.
// note:end

func takeOne() {
	inv := &Inventory{stock: map[string]int{"book": 2}}
	fmt.Println(inv.Take("book", 1))
}

func takeOneInAServer() {
	go func() {
		for {
			time.Sleep(10 * time.Millisecond)
		}
	}()
	takeOne()
}

func main() {
	takeOne()
}
