package main

import "testing"

func TestAddReturnsTheNewValue(t *testing.T) {
	var g IDGenerator
	for want := int64(1); want <= 3; want++ {
		if got := g.Next(); got != want {
			t.Fatalf("got %d, want %d", got, want)
		}
	}
}
