package main

import (
	"errors"
	"testing"
)

// The note's claim: a plain conversion compiles for any int64 and keeps the
// low 8 bits, so 356 and -156 both become 100.
func TestConversionKeepsTheLowBits(t *testing.T) {
	for _, n := range []int64{356, -156} {
		if got := Percent(n); got != 100 {
			t.Errorf("Percent(%d) = %d, want 100", n, got)
		}
	}
}

func TestToPercentRefusesOutOfRange(t *testing.T) {
	if p, err := ToPercent(42); err != nil || p != 42 {
		t.Errorf("ToPercent(42) = %d, %v", p, err)
	}
	if _, err := ToPercent(356); !errors.Is(err, ErrOverHundred) {
		t.Errorf("ToPercent(356): %v, want ErrOverHundred", err)
	}
	if _, err := ToPercent(-1); !errors.Is(err, ErrNegative) {
		t.Errorf("ToPercent(-1): %v, want ErrNegative", err)
	}
}
