// The Go side of sendsync1: any pointer may be shared between goroutines.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Greeting string
	Excited  bool
}

func (c *Config) Render(name string) string {
	if c.Excited {
		return c.Greeting + ", " + name + "!"
	}
	return c.Greeting + ", " + name
}

func greetAll(names []string) []string {
	out := make([]string, len(names))
	var wg sync.WaitGroup
	// note:begin
	cfg := &Config{Greeting: "Hello", Excited: true}
	for i, name := range names {
		wg.Go(func() {
			out[i] = cfg.Render(name) // any pointer may be shared; the GC tracks it
		})
	}
	wg.Wait()
	// note:end
	return out
}

func main() {
	fmt.Println(greetAll([]string{"Ann", "Bob"}))
}
