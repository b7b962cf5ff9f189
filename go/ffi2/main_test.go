package main

import "testing"

func TestStrlenCountsBytes(t *testing.T) {
	if got := cLen("héllo"); got != 6 {
		t.Fatalf("got %d", got)
	}
}
