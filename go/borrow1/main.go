// The Go side of borrow1: a pointer lets a function change the caller's slice.
package main

import (
	"fmt"
	"strings"
)

// note:begin
// A slice passed by value can be changed in place, but append's result
// must be handed back; a pointer lets the function change the caller's slice.
func record(log *[]string, event string) {
	*log = append(*log, event)
}

func countErrors(log []string) int { // reads only, by convention
	n := 0
	for _, event := range log {
		if strings.HasPrefix(event, "error") {
			n++
		}
	}
	return n
}

// note:end

func main() {
	var log []string
	record(&log, "error: disk full")
	record(&log, "ok")
	fmt.Println(countErrors(log))
}
