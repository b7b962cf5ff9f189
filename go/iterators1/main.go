// The Go side of iterators1: a loop where Rust chains adapters.
package main

import "fmt"

func longWords(words []string) []string {
	// note:begin
	out := []string{}
	for i, w := range words {
		if len(w) > 3 { // skip: continue
			out = append(out, fmt.Sprintf("%d:%s", i, w))
		}
	}
	// Go 1.23 has iter.Seq, but no map/filter/take: you write the loop.
	// note:end
	return out
}

func main() {
	fmt.Println(longWords([]string{"a", "word", "go", "rust"}))
}
