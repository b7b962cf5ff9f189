package main

import "testing"

func TestTheLinesAreLost(t *testing.T) {
	if got := sessionLog("ann"); len(got) != 0 {
		t.Fatalf("want an empty log, got %q", got)
	}
}
