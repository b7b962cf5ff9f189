package main

import "fmt"

// note:begin
// Go checks examples too: `go test` compares the printed output.
func ExampleSlugify() {
	fmt.Println(Slugify("Rust & Go: a comparison!"))
	fmt.Println(Slugify("  --Why?--  "))
	// Output:
	// rust-go-a-comparison
	// why
}

// note:end
