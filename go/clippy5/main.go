// The Go side of clippy5: len(s) == 0 is idiomatic Go.
package main

import (
	"fmt"
	"strings"
)

func cleanNames(names []string) []string {
	var cleaned []string
	// note:begin
	for _, name := range names {
		trimmed := strings.TrimSpace(name)
		if len(trimmed) == 0 {
			continue
		}
		cleaned = append(cleaned, trimmed)
	}
	// note:end
	return cleaned
}

func main() {
	fmt.Println(cleanNames([]string{" ann ", "", "bob"}))
}
