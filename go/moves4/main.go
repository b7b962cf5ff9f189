// The Go side of moves4: a string argument is copied on every call.
package main

import "fmt"

func attach(tag, item string) string { return tag + ":" + item }

// note:begin
func tagAll(tag string, items []string) []string {
	labels := []string{}
	for _, item := range items {
		labels = append(labels, attach(tag, item)) // tag is copied each time
	}
	return labels
}

// note:end

func main() {
	fmt.Println(tagAll("new", []string{"a", "b"}))
}
