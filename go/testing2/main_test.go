package main

import (
	"testing"
	"testing/quick"
)

// note:begin
// Go: testing/quick (or a fuzz test) checks a property on random input.
func TestParallelSum(t *testing.T) {
	prop := func(data []int64, w uint8) bool {
		workers := int(w%7) + 1
		return ParallelSum(data, workers) == sequentialSum(data)
	}
	if err := quick.Check(prop, nil); err != nil {
		t.Error(err)
	}
}

// note:end
