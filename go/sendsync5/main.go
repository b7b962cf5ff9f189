// The Go side of sendsync5: goroutines whose jobs capture the caller's data.
package main

import (
	"fmt"
	"sync"
)

// note:begin
func runNamed[T any](jobs []func() T) []T {
	results := make([]T, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Go(func() { results[i] = job() }) // no name: pprof labels come closest
	}
	// Like a scope: the jobs may use the caller's locals until Wait returns,
	// and nothing checks that they may share them (Rust asks for Send).
	wg.Wait()
	return results
}

// note:end

// unlocked shares a local total between jobs without a mutex: it compiles, and races.
func unlocked() {
	total := 0
	var jobs []func() int
	for n := range 4 {
		jobs = append(jobs, func() int { total += n + 1; return total })
	}
	runNamed(jobs)
	fmt.Println(total)
}

func main() {
	words := []string{"go", "rust", "zig"}
	var jobs []func() int
	for i := range words {
		jobs = append(jobs, func() int { return len(words[i]) })
	}
	fmt.Println(runNamed(jobs))
}
