// The Go side of clippy4: every path ends in a return statement.
package main

import "fmt"

// note:begin
func Grade(score int) rune {
	if score >= 90 {
		return 'A'
	} else if score >= 75 {
		return 'B'
	}
	return 'F' // Go: every path needs a return statement
}

// note:end

func main() {
	fmt.Println(string(Grade(80)))
}
