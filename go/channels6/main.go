// The Go side of channels6: select with time.After gives up waiting, not working.
package main

import (
	"errors"
	"fmt"
	"time"
)

// note:begin
func withDeadline(work func() int, limit time.Duration) (int, error) {
	result := make(chan int, 1) // buffered: the late send does not block forever
	go func() { result <- work() }()
	select {
	case answer := <-result:
		return answer, nil
	case <-time.After(limit):
		return 0, errors.New("timed out") // the goroutine keeps running
	}
}

// note:end

func main() {
	fmt.Println(withDeadline(func() int { return 42 }, time.Second))
}
