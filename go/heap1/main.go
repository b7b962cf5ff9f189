// The Go side of heap1: an index out of range is a run-time panic.
package main

import (
	"fmt"
	"strings"
)

// note:begin
func nthWord(text string, n int) (string, bool) {
	words := strings.Fields(text)
	if n >= len(words) { // forget this and words[n] panics:
		return "", false //   "index out of range [4] with length 4"
	}
	return words[n], true
}

// note:end

func main() {
	fmt.Println(nthWord("one two three four", 4))
}
