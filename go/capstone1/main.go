// The Go side of capstone1: parse JSON lines in goroutines; report the
// earliest malformed line, as the Rust version does.
package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Record struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Active *bool  `json:"active"`
}

type Summary struct {
	Records, Active, MaxID int
	LongestName            string
}

func (s *Summary) Add(r Record) {
	s.Records++
	if *r.Active {
		s.Active++
	}
	s.MaxID = max(s.MaxID, r.ID)
	if len(r.Name) > len(s.LongestName) {
		s.LongestName = r.Name
	}
}

func (s *Summary) Merge(later Summary) {
	s.Records += later.Records
	s.Active += later.Active
	s.MaxID = max(s.MaxID, later.MaxID)
	if len(later.LongestName) > len(s.LongestName) {
		s.LongestName = later.LongestName
	}
}

// parseChunk summarizes lines first, first+1, ...; a variable so that a test
// can slow one chunk down.
var parseChunk = func(first int, lines []string) (Summary, error) {
	var s Summary
	for j, line := range lines {
		var r Record
		err := json.Unmarshal([]byte(line), &r)
		if err == nil && r.Active == nil {
			err = fmt.Errorf("missing field active")
		}
		if err != nil {
			return s, fmt.Errorf("line %d: malformed record: %w", first+j, err)
		}
		s.Add(r)
	}
	return s, nil
}

func chunksOf(lines []string, workers int) ([][]string, int) {
	size := max(1, (len(lines)+workers-1)/workers)
	return slices.Collect(slices.Chunk(lines, size)), size
}

func summarize(input string, workers int) (Summary, error) {
	chunks, size := chunksOf(strings.Split(input, "\n"), workers)
	partial := make([]Summary, len(chunks))
	// note:begin
	errs := make([]error, len(chunks)) // one slot per chunk, as Rust joins each thread
	var wg sync.WaitGroup
	for i, chunk := range chunks {
		wg.Go(func() {
			partial[i], errs[i] = parseChunk(i*size+1, chunk) // err names its line
		})
	}
	wg.Wait()
	// errgroup.Group (golang.org/x/sync) keeps the first error in TIME: with two
	// bad lines, the one reported changes from run to run. Looking at the slots
	// in order reports the earliest bad line, as the Rust version does.
	for _, err := range errs {
		if err != nil {
			return Summary{}, err
		}
	}
	// note:end
	var total Summary
	for _, p := range partial {
		total.Merge(p)
	}
	return total, nil
}

// firstInTime keeps the first error any goroutine returns, as errgroup.Group does.
func firstInTime(input string, workers int) error {
	chunks, size := chunksOf(strings.Split(input, "\n"), workers)
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for i, chunk := range chunks {
		wg.Go(func() {
			if _, err := parseChunk(i*size+1, chunk); err != nil {
				once.Do(func() { first = err })
			}
		})
	}
	wg.Wait()
	return first
}

func main() {
	fmt.Println(summarize("{\"id\": 1, \"name\": \"ann\", \"active\": true}\n{\"id\": 2, \"name\": \"bo\", \"active\": false}", 2))
}
