// The Go side of traits5: no methods on another package's types.
package main

import (
	"fmt"
	"strings"
)

// note:begin
// Go cannot add a method to string (a type from another package),
// so the helper stays a plain function:
func WordCount(s string) int {
	return len(strings.Fields(s))
}

func main() {
	fmt.Println(WordCount("hello big world")) // 3
}

// note:end
