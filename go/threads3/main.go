// The Go side of threads3: a panic in any goroutine ends the whole program
// unless that goroutine recovers it.
package main

import (
	"fmt"
	"sync"
)

func riskyJob(input int) int {
	if input < 0 {
		panic(fmt.Sprintf("negative input: %d", input))
	}
	return input * 2
}

func runAll(inputs []int) []string {
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		panics []string
	)
	for _, input := range inputs {
		// note:begin
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil { // without this, the whole program dies
					mu.Lock()
					panics = append(panics, fmt.Sprint(r))
					mu.Unlock()
				}
			}()
			riskyJob(input)
		})
		// note:end
	}
	wg.Wait()
	return panics
}

// withoutRecover runs one job that panics in a goroutine that does not recover.
func withoutRecover() {
	var wg sync.WaitGroup
	wg.Go(func() { riskyJob(-1) })
	wg.Wait()
}

func main() {
	fmt.Println(runAll([]int{1, -2, 3}))
}
