package main

import (
	"math"
	"testing"
)

// The note's claim: the wrong values come out, without a panic.
func TestOverflowWrapsSilently(t *testing.T) {
	if got := totalUnits([]uint32{math.MaxUint32, 3}); got != 2 {
		t.Errorf("totalUnits = %d, want the wrapped 2", got)
	}
	if got := brighten(250, 10); got != 4 {
		t.Errorf("brighten = %d, want the wrapped 4", got)
	}
}
