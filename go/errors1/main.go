// The Go side of errors1: errors are values returned beside the result.
package main

import (
	"fmt"
	"os"
)

// note:begin
func readFile(path string) (string, error) {
	content, err := os.ReadFile(path)
	if err != nil {
		return "", err // the caller must remember to check err
	}
	return string(content), nil
}

// note:end

func main() {
	_, err := readFile("/no/such/file")
	fmt.Println(err)
}
