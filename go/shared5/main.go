// The Go side of shared5: atomic counters.
package main

import (
	"fmt"
	"sync/atomic"
)

// note:begin
type IDGenerator struct {
	issued atomic.Int64
}

func (g *IDGenerator) Next() int64 {
	return g.issued.Add(1) // Go's Add returns the NEW value: 1, 2, 3, ...
}

// note:end

func main() {
	var g IDGenerator
	fmt.Println(g.Next(), g.Next())
}
