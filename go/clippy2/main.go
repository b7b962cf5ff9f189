// The Go side of clippy2: (value, ok) instead of Option::map.
package main

import (
	"fmt"
	"strings"
)

// note:begin
func FirstWordLen(text string) (int, bool) {
	words := strings.Fields(text)
	if len(words) == 0 {
		return 0, false
	}
	return len(words[0]), true
}

// note:end

func main() {
	fmt.Println(FirstWordLen("hello world"))
}
