// The Go side of intro2: fmt's verbs are checked at run time.
package main

import "fmt"

// note:begin
func introduce(name string, age uint32) string {
	return fmt.Sprintf("%s is %d years old", name, age)
}

// A mistake such as fmt.Sprintf("%d is %s", name, age) still compiles in Go
// (go vet warns); at run time it prints "%!d(string=Ann) is %!s(uint32=31)".
// note:end

func main() {
	fmt.Println(introduce("Ann", 31))
}
