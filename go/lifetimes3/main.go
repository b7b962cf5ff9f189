// The Go side of lifetimes3: returning a pointer to a local is fine in Go.
package main

import "fmt"

// note:begin
func greeting(name string) *string {
	text := "Hello, " + name + "!"
	return &text // fine in Go: escape analysis moves text to the heap
}

// note:end

func main() {
	fmt.Println(*greeting("Ann"))
}
