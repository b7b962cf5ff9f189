// The Go side of parallel3: goroutines send partial maps, one goroutine merges.
package main

import (
	"fmt"
	"slices"
	"strings"
)

// countWords counts the words of some lines, on one goroutine.
func countWords(lines []string, normalize func(string) string) map[string]int {
	counts := map[string]int{}
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			counts[normalize(w)]++
		}
	}
	return counts
}

// wordCount counts the normalized words of lines on up to n goroutines.
func wordCount(lines []string, n int, normalize func(string) string) map[string]int {
	size := max((len(lines)+n-1)/n, 1)
	// note:begin
	partials := make(chan map[string]int)
	chunks := 0
	for chunk := range slices.Chunk(lines, size) {
		chunks++
		go func() { partials <- countWords(chunk, normalize) }() // each chunk on its goroutine
	}
	total := map[string]int{}
	for range chunks {
		for w, n := range <-partials {
			total[w] += n // a missing key reads as 0; maps.Copy would overwrite
		}
	}
	// note:end
	return total
}

func main() {
	fmt.Println(wordCount([]string{"a b", "B c", "a"}, 2, strings.ToLower))
}
