// The Go side of traits4: constants are expressions, a table is computed at start.
package main

import "fmt"

// note:begin
const PageSize = 4 * 1024 // fine: a constant expression

// A call is never constant in Go: this runs at program start.
var Fibonacci = fibonacciTable()

func fibonacciTable() [20]uint64 {
	t := [20]uint64{0, 1}
	for i := 2; i < len(t); i++ {
		t[i] = t[i-1] + t[i-2]
	}
	return t
}

// note:end

func main() {
	fmt.Println(PageSize, Fibonacci[19])
}
