package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"main": main}) }

func TestAMissingKeyPrintsZero(t *testing.T) {
	got := proof.Run(t, "main", 10*time.Second)
	got.Clean(t)
	if got.Output != "Bob is 0 years old\n" {
		t.Fatalf("got %q", got.Output)
	}
}
