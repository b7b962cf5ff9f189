// The Go side of testing1: examples are tests too (see main_test.go, whose
// ExampleSlugify is the note).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Slugify turns a title into lower-case words joined by dashes.
func Slugify(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(words, "-")
}

func main() {
	fmt.Println(Slugify("Hello World"))
}
