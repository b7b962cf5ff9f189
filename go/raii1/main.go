// The Go side of raii1: defer closes the connection on every return.
package main

import "fmt"

type Conn struct {
	name string
	open bool
	sent []string
}

func Open(name string) *Conn {
	last = &Conn{name: name, open: true}
	return last
}

func (c *Conn) Send(item string) { c.sent = append(c.sent, item) }

func (c *Conn) Close() { c.open = false }

var last *Conn // the connection backup used, for the test

// note:begin
func backup(items []string) int {
	conn := Open("backup")
	defer conn.Close() // forget this line and the connection leaks
	for i, item := range items {
		if item == "" {
			return i
		}
		conn.Send(item)
	}
	return len(items)
}

// note:end

func main() {
	fmt.Println(backup([]string{"a", "", "b"}))
}
