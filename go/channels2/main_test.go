package main

import (
	"slices"
	"testing"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"never-closed": neverClosed}) }

func TestFilter(t *testing.T) {
	got := filter([]string{"go", "rust", "zig", "ruby"}, func(w string) bool { return w[0] == 'r' })
	slices.Sort(got)
	if !slices.Equal(got, []string{"ruby", "rust"}) {
		t.Fatalf("got %q", got)
	}
}

func TestWithoutCloseRangeNeverEnds(t *testing.T) {
	proof.Deadlocks(t, "never-closed")
}
