// The Go side of lifetimes2: a struct may hold a substring of a document.
package main

import (
	"fmt"
	"strings"
)

// note:begin
type Excerpt struct {
	Text string // shares bytes with the document; the GC keeps them alive
	Line int
}

func find(doc, word string) *Excerpt { // nil when not found
	for i, text := range strings.Split(doc, "\n") {
		if strings.Contains(text, word) {
			return &Excerpt{Text: text, Line: i + 1}
		}
	}
	return nil
}

// note:end

func main() {
	if e := find("one\ntwo words\nthree", "words"); e != nil {
		fmt.Println(e.Line, e.Text)
	}
}
