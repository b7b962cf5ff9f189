// The Go side of iterators3: a loop runs now, and stops at the return.
package main

import "fmt"

func firstFree(names []string, isFree func(string) bool) (string, bool) {
	// note:begin
	for _, name := range names {
		if isFree(name) { // runs now, for each name until the return
			return name, true
		}
	}
	return "", false
	// note:end
}

func main() {
	fmt.Println(firstFree([]string{"a", "b"}, func(n string) bool { return n == "b" }))
}
