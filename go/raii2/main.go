// The Go side of raii2: a deferred Unlock holds the lock to the end.
package main

import (
	"fmt"
	"sync"
)

var (
	stock  sync.Mutex
	counts = map[string]int{"book": 2}
	emails []string
)

func take(item string) { counts[item]-- }

// sendEmail also notes whether the stock lock was held while it ran.
func sendEmail(customer, item string) {
	emails = append(emails, customer+": "+item)
	lockedDuringEmail = !stock.TryLock()
	if !lockedDuringEmail {
		stock.Unlock()
	}
}

var lockedDuringEmail bool

// note:begin
func placeOrder(item, customer string) {
	stock.Lock()
	defer stock.Unlock() // runs when the function returns...
	take(item)
	sendEmail(customer, item) // ...so the slow email runs under the lock
}

// note:end

func main() {
	placeOrder("book", "ann")
	fmt.Println(counts, emails)
}
