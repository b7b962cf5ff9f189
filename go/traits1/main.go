// The Go side of traits1: a generic function needs a constraint for `>`.
package main

import (
	"cmp"
	"fmt"
)

// note:begin
// Go needs a constraint too: with [T any] the `>` does not compile.
func Largest[T cmp.Ordered](items []T) T {
	largest := items[0]
	for _, item := range items {
		if item > largest {
			largest = item
		}
	}
	return largest
}

// note:end

func main() {
	fmt.Println(Largest([]int{3, 9, 2}), Largest([]string{"go", "rust"}))
}
