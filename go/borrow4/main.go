// The Go side of borrow4: substrings share bytes, and Go strings never change.
package main

import (
	"fmt"
	"strings"
)

// note:begin
func headline(title string) string {
	word, _, _ := strings.Cut(title, " ") // shares bytes; fine, Go strings never change
	text := strings.ToUpper(title)        // makes a new string
	return word + ": " + text
}

// note:end

func main() {
	fmt.Println(headline("breaking news"))
}
