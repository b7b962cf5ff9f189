// The Go side of async2: three calls at once, one WaitGroup.
package main

import (
	"fmt"
	"sync"
	"time"
)

func fetchName(user int) string {
	time.Sleep(20 * time.Millisecond)
	return fmt.Sprint("user", user)
}

func fetchOrders(user int) []int {
	time.Sleep(30 * time.Millisecond)
	return []int{user, user + 1}
}

func fetchUnread(int) int {
	time.Sleep(10 * time.Millisecond)
	return 3
}

func profile(user int) (string, []int, int) {
	// note:begin
	var wg sync.WaitGroup
	var name string
	var orders []int
	var unread int
	wg.Go(func() { name = fetchName(user) })
	wg.Go(func() { orders = fetchOrders(user) })
	wg.Go(func() { unread = fetchUnread(user) })
	wg.Wait() // about as long as the slowest call
	// note:end
	return name, orders, unread
}

func main() {
	fmt.Println(profile(7))
}
