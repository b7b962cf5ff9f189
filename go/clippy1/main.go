// The Go side of clippy1: writing back through the index.
package main

import "fmt"

// note:begin
func Scale(values []float64, factor float64) {
	for i := range values { // the index is the only way to write back
		values[i] *= factor
	}
}

// note:end

func main() {
	values := []float64{1, 2.5}
	Scale(values, 2)
	fmt.Println(values)
}
