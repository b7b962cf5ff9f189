// The Go side of capstone1: workers parse, filter and summarize JSON lines in
// goroutines; the partial summaries merge in input order, and the earliest
// malformed line is reported, as the Rust version does.
package main

import (
	"encoding/json"
	"errors"
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
	LongestName            string // on a tie, the one first in the input
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

// Merge adds the summary of the records that come after ours in the input.
func (s *Summary) Merge(later Summary) {
	s.Records += later.Records
	s.Active += later.Active
	s.MaxID = max(s.MaxID, later.MaxID)
	if len(later.LongestName) > len(s.LongestName) { // not >=: on a tie, ours came first
		s.LongestName = later.LongestName
	}
}

var ErrNoWorkers = errors.New("at least one worker is needed")

// parseRecord parses line number lineNo (counting from 1); a variable so that
// a test can slow one line down.
var parseRecord = func(lineNo int, line string) (Record, error) {
	var r Record
	err := json.Unmarshal([]byte(line), &r)
	if err == nil && r.Active == nil {
		err = errors.New("missing field active")
	}
	if err != nil {
		return Record{}, fmt.Errorf("line %d: malformed record: %w", lineNo, err)
	}
	return r, nil
}

// chunksOf splits input into at most workers chunks of size lines.
func chunksOf(input string, workers int) ([][]string, int) {
	lines := slices.Collect(strings.Lines(input))
	size := max(1, (len(lines)+workers-1)/workers)
	return slices.Collect(slices.Chunk(lines, size)), size
}

// summarize summarizes the records of input that keep accepts, on workers goroutines.
func summarize(input string, workers int, keep func(Record) bool) (Summary, error) {
	if workers < 1 {
		return Summary{}, ErrNoWorkers
	}
	chunks, size := chunksOf(input, workers)
	partial := make([]Summary, len(chunks))
	errs := make([]error, len(chunks)) // one slot per chunk, as Rust joins each thread
	var wg sync.WaitGroup
	// note:begin
	for i, chunk := range chunks {
		wg.Go(func() { // each worker parses, filters and summarizes its chunk
			for j, line := range chunk {
				r, err := parseRecord(i*size+j+1, line)
				if err != nil {
					errs[i] = err // an error is a value: no panic, no unwrap
					return
				}
				if keep(r) {
					partial[i].Add(r)
				}
			}
		})
	}
	wg.Wait()
	var total Summary
	for i := range chunks { // in input order: the earliest bad line wins
		if errs[i] != nil { // (errgroup keeps the first error in TIME instead)
			return Summary{}, errs[i]
		}
		total.Merge(partial[i])
	}
	// note:end
	return total, nil
}

// firstInTime keeps the first error any goroutine returns, as errgroup.Group does.
func firstInTime(input string, workers int) error {
	chunks, size := chunksOf(input, workers)
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for i, chunk := range chunks {
		wg.Go(func() {
			for j, line := range chunk {
				if _, err := parseRecord(i*size+j+1, line); err != nil {
					once.Do(func() { first = err })
					return
				}
			}
		})
	}
	wg.Wait()
	return first
}

func main() {
	input := "{\"id\": 1, \"name\": \"ann\", \"active\": true}\n{\"id\": 2, \"name\": \"bo\", \"active\": false}"
	fmt.Println(summarize(input, 2, func(Record) bool { return true }))
}
