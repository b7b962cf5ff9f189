// The Go side of option4: strings.Cut reports whether it found the separator.
package main

import (
	"fmt"
	"strings"
)

func parse(text string) [][2]string {
	var settings [][2]string
	// note:begin
	for _, line := range strings.Split(text, "\n") {
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			continue // easy to forget: then key is the whole line, value is ""
		}
		settings = append(settings, [2]string{strings.TrimSpace(key), strings.TrimSpace(value)})
	}
	// note:end
	return settings
}

func main() {
	fmt.Println(parse("a = 1\n# comment\nb=2"))
}
