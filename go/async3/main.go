// The Go side of async3: select over two channels until both are closed.
package main

import "fmt"

func merge(numbers <-chan int, words <-chan string) (int, []string) {
	total := 0
	var list []string
	// note:begin
	for numbers != nil || words != nil {
		select {
		case n, ok := <-numbers:
			if !ok {
				numbers = nil // a nil channel is never ready
				continue
			}
			total += n
		case w, ok := <-words:
			if !ok {
				words = nil
				continue
			}
			list = append(list, w)
		}
	}
	// note:end
	return total, list
}

func main() {
	numbers, words := make(chan int), make(chan string)
	go func() {
		for i := range 4 {
			numbers <- i
		}
		close(numbers)
	}()
	go func() {
		words <- "go"
		close(words)
	}()
	fmt.Println(merge(numbers, words))
}
