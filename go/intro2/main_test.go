package main

import (
	"fmt"
	"testing"
)

func TestWrongVerbsCompileAndPrintGarbage(t *testing.T) {
	format := "%d is %s" // a variable, so that vet does not see the mistake
	got := fmt.Sprintf(format, "Ann", uint32(31))
	if want := "%!d(string=Ann) is %!s(uint32=31)"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := introduce("Ann", 31); got != "Ann is 31 years old" {
		t.Fatalf("introduce: got %q", got)
	}
}
