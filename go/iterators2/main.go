// The Go side of iterators2: counting into a map.
package main

import (
	"fmt"
	"strings"
)

func wordCounts(text string) map[string]int {
	// note:begin
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++ // a missing key reads as 0
	}
	// note:end
	return counts
}

func main() {
	fmt.Println(wordCounts("Go go Rust"))
}
