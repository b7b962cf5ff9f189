// The Go side of channels6: select with time.After gives up waiting, not
// working; "every worker died" needs recover and a close.
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

var (
	ErrTimedOut = errors.New("timed out")
	ErrAllDied  = errors.New("every worker died")
)

// note:begin
func firstAnswer(workers []func() int, limit time.Duration) (int, error) {
	answers := make(chan int, len(workers)) // buffered: late answers never block
	var wg sync.WaitGroup
	for _, work := range workers {
		wg.Go(func() {
			defer func() { recover() }() // else one panic kills the whole program
			answers <- work()
		})
	}
	go func() { wg.Wait(); close(answers) }() // Go's "every sender is gone"
	select {
	case answer, ok := <-answers:
		if !ok {
			return 0, ErrAllDied
		}
		return answer, nil
	case <-time.After(limit):
		return 0, ErrTimedOut // the workers keep running
	}
}

// note:end

// unrecovered is firstAnswer's worker without the recover: its panic ends the program.
func unrecovered() {
	var wg sync.WaitGroup
	wg.Go(func() { panic("worker failed") })
	wg.Wait()
}

func main() {
	fmt.Println(firstAnswer([]func() int{func() int { return 42 }}, time.Second))
}
