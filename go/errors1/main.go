// The Go side of errors1: errors are values returned beside the result.
package main

import (
	"fmt"
	"os"
	"strings"
	"unicode"
)

// note:begin
func readFile(path string) (string, error) {
	content, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return string(content), nil
}

func describe(path string) string {
	// Two values, both always there: without this check, a missing file
	// shows "File content: ".
	content, err := readFile(path)
	if err != nil {
		return "Error reading file: " + err.Error()
	}
	return "File content: " + strings.TrimRightFunc(content, unicode.IsSpace)
}

// note:end

// describeUnchecked is describe without the check of err.
func describeUnchecked(path string) string {
	content, _ := readFile(path)
	return "File content: " + strings.TrimRightFunc(content, unicode.IsSpace)
}

func main() {
	fmt.Println(describe("/no/such/file"))
}
