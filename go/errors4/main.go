// The Go side of errors4: wrap errors with context, %w keeps the cause.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// note:begin
func loadPort(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("cannot read the port file: %w", err)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		return 0, fmt.Errorf("the port is not a number: %w", err)
	}
	return n, nil
}

// note:end

func main() {
	fmt.Println(loadPort("/no/such/file"))
}
