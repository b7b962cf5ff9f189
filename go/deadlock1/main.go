// The Go side of deadlock1: two goroutines taking two locks in opposite orders.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) {
	// note:begin
	from.mu.Lock()
	defer from.mu.Unlock()
	to.mu.Lock() // may wait forever for a goroutine that waits for `from`
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
	// "all goroutines are asleep - deadlock!" only if EVERY goroutine is blocked;
	// otherwise (a server, a test) it just hangs.
	// note:end
}

// crossed transfers back and forth between two accounts until the two
// goroutines deadlock.
func crossed() {
	a, b := &Account{balance: 100}, &Account{balance: 100}
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			transfer(a, b, 1)
		}
	})
	wg.Go(func() {
		for {
			transfer(b, a, 1)
		}
	})
	wg.Wait()
}

// crossedInAServer is crossed with one more goroutine still alive, as in a server.
func crossedInAServer() {
	go func() {
		for {
			time.Sleep(10 * time.Millisecond) // a server's ticker, say
		}
	}()
	crossed()
}

func main() {
	a, b := &Account{balance: 100}, &Account{balance: 100}
	transfer(a, b, 30)
	fmt.Println(a.balance, b.balance)
}
