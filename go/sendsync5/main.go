// The Go side of sendsync5: a generic spawn helper accepts any function.
package main

import "fmt"

// note:begin
func spawnNamed[T any](name string, f func() T) <-chan T {
	out := make(chan T, 1)
	go func() {
		out <- f() // any f, any T: the compiler checks nothing about sharing
	}()
	return out
}

// note:end

// sharing hands spawnNamed a function that changes a variable main also changes.
func sharing() {
	counter := 0
	done := spawnNamed("counter", func() int { counter++; return counter })
	counter++
	<-done
}

func main() {
	fmt.Println(<-spawnNamed("answer", func() int { return 42 }))
}
