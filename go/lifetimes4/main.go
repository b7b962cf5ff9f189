// The Go side of lifetimes4: words keep a temporary string's bytes alive.
package main

import (
	"fmt"
	"slices"
	"strings"
)

// note:begin
func distinctWords(lines []string) []string {
	words := []string{}
	for _, line := range lines {
		lower := strings.ToLower(line)
		for _, w := range strings.Fields(lower) {
			if !slices.Contains(words, w) {
				words = append(words, w) // shares lower's bytes; the GC keeps them
			}
		}
	}
	return words
}

// note:end

func main() {
	fmt.Println(distinctWords([]string{"The cat", "the dog"}))
}
