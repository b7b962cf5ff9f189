// The Go side of borrow3: a pointer into a slice survives append, pointing at
// the old array.
package main

import "fmt"

// note:begin
func join(queue *[]string, name string) string {
	first := &(*queue)[0]         // panics if the queue is empty
	*queue = append(*queue, name) // may reallocate: first points to the old array
	return fmt.Sprintf("%s is first, %d waiting", *first, len(*queue))
}

// note:end

func main() {
	queue := []string{"ann"}
	fmt.Println(join(&queue, "bob"))
}
