// The Go side of option3: zero values and comma-ok instead of Option.
package main

import (
	"fmt"
	"strconv"
)

func settings(cfg map[string]string) (int, string) {
	// note:begin
	port, err := strconv.Atoi(cfg["port"]) // "" when missing: an error
	if err != nil || port <= 0 || port > 65535 {
		port = 8080
	}
	user, ok := cfg["user"] // comma-ok tells a missing key from an empty value
	if !ok {
		user = "stranger"
	}
	// note:end
	return port, user
}

func main() {
	fmt.Println(settings(map[string]string{"port": "8000"}))
}
