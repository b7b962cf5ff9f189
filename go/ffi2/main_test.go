package main

import (
	"math"
	"slices"
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestStrlenCountsBytes(t *testing.T) {
	if got := cLen("héllo"); got != 6 {
		t.Fatalf("got %d", got)
	}
	if got := cLen(strings.Repeat("x", 1000)); got != 1000 {
		t.Fatalf("got %d", got)
	}
}

func TestQsortSortsAndCallsBackIntoGo(t *testing.T) {
	before := comparisons.Load()
	v := []int32{5, -3, 9, 0, -3, 42, 7}
	cSort(v)
	if !slices.Equal(v, []int32{-3, -3, 0, 5, 7, 9, 42}) {
		t.Fatalf("got %v", v)
	}
	if comparisons.Load() == before {
		t.Fatal("qsort never called compareInts")
	}
	extremes := []int32{math.MaxInt32, math.MinInt32, 0, -1, 1}
	cSort(extremes)
	if !slices.Equal(extremes, []int32{math.MinInt32, -1, 0, 1, math.MaxInt32}) {
		t.Fatalf("got %v", extremes)
	}
	cSort(nil)
}

// The note's claims: &values[0] of an empty slice panics; a wrong size compiles
// and C sorts the wrong bytes, with no error.
func TestTheUncheckedParts(t *testing.T) {
	if got := proof.Panics(func() {
		var empty []int32
		_ = &empty[0]
	}); got == nil {
		t.Fatal("&empty[0] did not panic")
	}
	v := []int32{3, 2, 1, 0}
	cSortWrongSize(v)
	if slices.IsSorted(v) {
		t.Fatalf("a wrong element size still sorted: %v", v)
	}
}
