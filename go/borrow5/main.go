// The Go side of borrow5: keeping a substring keeps its bytes alive.
package main

import (
	"fmt"
	"strings"
)

// note:begin
func longestLine(lines []string) string {
	longest := ""
	for _, raw := range lines {
		line := strings.TrimSpace(raw)
		if len(line) > len(longest) {
			longest = line // shares the bytes; the GC keeps them alive
		}
	}
	return longest
}

// note:end

func main() {
	fmt.Println(longestLine([]string{" a ", "  abc", "ab"}))
}
