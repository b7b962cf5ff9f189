package main

import "testing"

func TestReport(t *testing.T) {
	if got := report("banana"); got != "banana: 3 vowels" {
		t.Fatalf("got %q", got)
	}
}
