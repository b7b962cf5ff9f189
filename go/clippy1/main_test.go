package main

import (
	"slices"
	"testing"
)

func TestAverage(t *testing.T) {
	if got, ok := Average([]float64{1, 2, 3, 4}); got != 2.5 || !ok {
		t.Fatalf("got %v, %v", got, ok)
	}
	if _, ok := Average(nil); ok {
		t.Fatal("the average of nothing")
	}
}

func TestScale(t *testing.T) {
	v := []float64{1, -2, 0.5}
	Scale(v, 4)
	if !slices.Equal(v, []float64{4, -8, 2}) {
		t.Fatalf("got %v", v)
	}
}

// The note's claim: writing to range's copies changes nothing.
func TestWritingToTheCopiesChangesNothing(t *testing.T) {
	v := []float64{1, -2, 0.5}
	scaleCopies(v, 4)
	if !slices.Equal(v, []float64{1, -2, 0.5}) {
		t.Fatalf("got %v", v)
	}
}
