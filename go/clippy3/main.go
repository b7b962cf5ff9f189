// The Go side of clippy3: a default when parsing fails.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func portOrDefault(value string) int {
	// note:begin
	port, err := strconv.Atoi(strings.TrimSpace(value))
	if err != nil {
		port = 8080
	}
	// note:end
	return port
}

func main() {
	fmt.Println(portOrDefault(" 8000 "), portOrDefault("x"))
}
