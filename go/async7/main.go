// async7: one goroutine per connected client, 10_000 of them.
package main

import (
	"fmt"
	"strings"
)

type Client struct {
	Requests <-chan string
	Replies  chan<- string
}

// note:begin
func serveAll(clients []Client, handler func(string) string) {
	for _, c := range clients {
		go func() { // one goroutine per client: a few KB each, 10_000 are fine
			defer close(c.Replies)
			for req := range c.Requests { // an idle client parks its goroutine only
				c.Replies <- handler(req)
			}
		}()
	}
}

// note:end

func main() {
	const n = 10_000
	clients := make([]Client, n)
	requests := make([]chan string, n)
	replies := make([]chan string, n)
	for i := range n {
		requests[i] = make(chan string, 1)
		replies[i] = make(chan string, 1)
		clients[i] = Client{Requests: requests[i], Replies: replies[i]}
	}
	serveAll(clients, strings.ToUpper)
	requests[n-1] <- "hello"
	fmt.Println(<-replies[n-1])
	for i := range n {
		close(requests[i])
	}
}
