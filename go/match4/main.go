// The Go side of match4: nobody checks that the cases cover every value.
package main

import "fmt"

// note:begin
func feels(celsius int) string {
	switch {
	case celsius < 0:
		return "freezing"
	case celsius <= 15:
		return "cold"
	case celsius <= 25:
		return "nice"
	}
	return "hot" // Go needs the final return; nobody checks the cases cover everything
}

// note:end

func main() {
	fmt.Println(feels(-5), feels(10), feels(20), feels(30))
}
