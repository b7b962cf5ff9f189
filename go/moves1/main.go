// The Go side of moves1: assignment shares, the GC frees.
package main

import "fmt"

func main() {
	// note:begin
	s1 := "hello"
	s2 := s1 // s2 is another reference to the same string
	fmt.Println(s1)
	fmt.Println(s2)
	// both work: the garbage collector frees the string once nothing refers to it
	// note:end
}
