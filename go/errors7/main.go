// errors7 in Go: main cannot return an error; a run function does, and
// main prints it and exits with a status.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const defaultPort = 8080

// note:begin
func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run() error {
	port := defaultPort
	// LookupEnv tells "not set" (ok == false) from "set to something".
	if text, ok := os.LookupEnv("ERRORS7_PORT"); ok {
		p, err := strconv.Atoi(text)
		if err != nil {
			return err
		}
		port = p
	}
	fmt.Printf("serving on 127.0.0.1:%d\n", port)
	return nil
}

// note:end
