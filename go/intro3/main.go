// The Go side of intro3: %v prints any value; a String method says how users read a type.
package main

import "fmt"

// note:begin
type Celsius float64

// String makes Celsius a fmt.Stringer: %v and %s now print "21.5°C".
// Forget it and %v still compiles and prints "21.5": nothing checks.
func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

func readingsLine(city string, readings []int) string {
	return fmt.Sprintf("%s measured %v", city, readings) // "Oslo measured [7 9 10]"
}

func forecastLine(city string, t Celsius) string {
	return fmt.Sprintf("%s: %v tomorrow", city, t) // "Oslo: 21.5°C tomorrow"
}

// note:end

func main() {
	fmt.Println(readingsLine("Oslo", []int{7, 9, 10}))
	fmt.Println(forecastLine("Oslo", 21.5))
}
