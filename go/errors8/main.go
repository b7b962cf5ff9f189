// errors8 in Go: a testable run function returns the exit status.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// note:begin
func main() {
	// os.Exit ends the process at once: deferred calls do not run.
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: linecount FILE...")
		return 2
	}
	status := 0
	for _, path := range args {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "linecount: %v\n", err)
			status = 1
			continue
		}
		fmt.Fprintln(stdout, countLines(string(data)), path)
	}
	return status
}

// note:end

func countLines(text string) int {
	n := strings.Count(text, "\n")
	if text != "" && !strings.HasSuffix(text, "\n") {
		n++
	}
	return n
}
