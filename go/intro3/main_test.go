package main

import "testing"

func TestScoresLine(t *testing.T) {
	if got := scoresLine("Ann", []uint32{7, 9, 10}); got != "Ann scored [7 9 10]" {
		t.Fatalf("got %q", got)
	}
}
