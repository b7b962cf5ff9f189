// The Go side of moves3: ranging over a slice only reads it.
package main

import (
	"fmt"
	"strings"
)

// note:begin
func shoutAll(words []string) ([]string, int) {
	loud := []string{}
	for _, w := range words { // range only reads the slice
		loud = append(loud, strings.ToUpper(w))
	}
	return loud, len(words) // words is still usable
}

// note:end

func main() {
	fmt.Println(shoutAll([]string{"hi", "there"}))
}
