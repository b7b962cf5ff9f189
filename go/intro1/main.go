// The Go side of intro1: an unrecovered panic ends the program.
package main

import "fmt"

// note:begin
func main() {
	language := "Rust"
	fmt.Println("Hello, Gopher! Welcome to", language)
	ready := false
	if !ready {
		panic("not done yet") // exits with status 2 at run time
	}
}

// note:end
