// The Go side of shared4: an RWMutex lets many readers in at once.
package main

import (
	"fmt"
	"sync"
)

// note:begin
type Cache struct {
	mu      sync.RWMutex
	entries map[string]string
}

func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock() // many readers at once
	defer c.mu.RUnlock()
	v, ok := c.entries[key]
	return v, ok
}

// note:end

func main() {
	c := &Cache{entries: map[string]string{"a": "1"}}
	fmt.Println(c.Get("a"))
}
