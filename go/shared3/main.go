// The Go side of shared3: unlock before the slow part.
package main

import (
	"fmt"
	"sync"
)

func run(job int) int { return job * job }

func drain(queue []int) []int {
	var mu sync.Mutex
	var results []int
	// note:begin
	for {
		mu.Lock()
		if len(queue) == 0 {
			mu.Unlock()
			break
		}
		job := queue[0]
		queue = queue[1:]
		mu.Unlock() // release before the slow part, not with `defer`
		results = append(results, run(job))
	}
	// note:end
	return results
}

func main() {
	fmt.Println(drain([]int{1, 2, 3}))
}
