// The Go side of parallel3: goroutines send partial maps, one goroutine merges.
package main

import (
	"fmt"
	"strings"
)

func countWords(lines []string) map[string]int {
	counts := map[string]int{}
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			counts[w]++
		}
	}
	return counts
}

func wordCount(parts [][]string) map[string]int {
	// note:begin
	partials := make(chan map[string]int)
	for _, part := range parts {
		go func() { partials <- countWords(part) }()
	}
	total := map[string]int{}
	for range parts {
		for w, n := range <-partials {
			total[w] += n // a missing key reads as 0
		}
	}
	// note:end
	return total
}

func main() {
	fmt.Println(wordCount([][]string{{"a b"}, {"b c", "a"}}))
}
