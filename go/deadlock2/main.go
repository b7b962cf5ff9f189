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
	if inv.Count(item) < n { // Count calls inv.mu.Lock() again: blocks forever
		return false
	}
	inv.stock[item] -= n
	return true
}

// Go reports "all goroutines are asleep - deadlock!" only if every goroutine
// is blocked; in a server or a test with others running, it just hangs.
// Fix: read inv.stock[item] under the lock held. (Count before Lock checks
// and updates under two locks: two goroutines can both take the last one.)
// note:end

// takeChecked is Take with the check under its own lock (Count before Lock);
// between reads when both goroutines have checked and not yet taken.
func (inv *Inventory) takeChecked(item string, n int, between func()) bool {
	if inv.Count(item) < n {
		return false
	}
	between()
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.stock[item] -= n
	return true
}

// bothTakeTheLast lets two goroutines take the last book with takeChecked,
// both checking before either takes; it returns how many got it and the stock left.
func bothTakeTheLast() (took, left int) {
	inv := &Inventory{stock: map[string]int{"book": 1}}
	var checked, wg sync.WaitGroup
	checked.Add(2)
	var mu sync.Mutex
	for range 2 {
		wg.Go(func() {
			if inv.takeChecked("book", 1, func() { checked.Done(); checked.Wait() }) {
				mu.Lock()
				took++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return took, inv.Count("book")
}

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
