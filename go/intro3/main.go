// The Go side of intro3: %v prints any value.
package main

import "fmt"

// note:begin
func scoresLine(name string, scores []uint32) string {
	// %v prints any value, found by reflection at run time
	return fmt.Sprintf("%s scored %v", name, scores) // "Ann scored [7 9 10]"
}

// note:end

func main() {
	fmt.Println(scoresLine("Ann", []uint32{7, 9, 10}))
}
