// The Go side of lifetimes1: no lifetimes, the GC keeps both strings alive.
package main

import "fmt"

// note:begin
func longest(x, y string) string {
	if len(x) >= len(y) {
		return x
	}
	return y
}

// note:end

func main() {
	fmt.Println(longest("hello", "hi"))
}
