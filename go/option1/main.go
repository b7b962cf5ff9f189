// The Go side of option1: a missing map key reads as the zero value.
package main

import "fmt"

func main() {
	// note:begin
	ages := map[string]int{"Ann": 31, "Zoe": 0}
	age := ages["Bob"]                       // 0: a missing key gives the zero value
	fmt.Printf("Bob is %d years old\n", age) // wrong, and nothing warns you
	if age, ok := ages["Bob"]; ok {          // the comma-ok check is optional
		fmt.Printf("Bob is %d years old\n", age)
	}
	// note:end
}
