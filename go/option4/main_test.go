package main

import (
	"strings"
	"testing"
)

func TestCutWithoutSeparator(t *testing.T) {
	key, value, ok := strings.Cut("# comment", "=")
	if ok || key != "# comment" || value != "" {
		t.Fatalf("got %q, %q, %v", key, value, ok)
	}
	if got := parse("a = 1\n# comment\nb=2"); len(got) != 2 || got[1] != [2]string{"b", "2"} {
		t.Fatalf("got %q", got)
	}
}
