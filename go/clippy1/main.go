// The Go side of clippy1: range over the elements; writing back needs the index.
package main

import "fmt"

// note:begin
func Average(values []float64) (float64, bool) {
	if len(values) == 0 {
		return 0, false
	}
	var total float64
	for _, v := range values { // the elements, no index
		total += v
	}
	return total / float64(len(values)), true
}

func Scale(values []float64, factor float64) {
	for i := range values { // `for _, v := range` gives copies: writing
		values[i] *= factor // back needs the index (Rust: iter_mut)
	}
}

// note:end

// scaleCopies is Scale writing to the copies range hands out.
func scaleCopies(values []float64, factor float64) {
	for _, v := range values {
		v *= factor
		_ = v
	}
}

func main() {
	values := []float64{1, 2.5}
	Scale(values, 2)
	fmt.Println(values)
	fmt.Println(Average(values))
}
