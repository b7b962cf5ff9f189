// The Go side of moves2: passing a string copies its small header.
package main

import (
	"fmt"
	"strings"
)

// note:begin
func countVowels(text string) int {
	n := 0
	for _, r := range text {
		if strings.ContainsRune("aeiouAEIOU", r) {
			n++
		}
	}
	return n
}

func report(word string) string {
	vowels := countVowels(word) // Go passes a copy of the string header
	return fmt.Sprintf("%s: %d vowels", word, vowels)
}

// note:end

func main() {
	fmt.Println(report("banana"))
}
