// The Go side of errors2: every error is returned by hand.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Setting struct{ Key, Value string }

// note:begin
func loadSettings(path string, settings *[]Setting) error {
	content, err := os.ReadFile(path)
	if err != nil {
		return err // Go: you must write this; forget it and the error is lost
	}
	for line := range strings.Lines(string(content)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if key, value, ok := strings.Cut(line, "="); ok {
			*settings = append(*settings, Setting{strings.TrimSpace(key), strings.TrimSpace(value)})
		}
	}
	return nil
}

// note:end

func main() {
	var settings []Setting
	fmt.Println(loadSettings("/no/such/file", &settings), settings)
}
