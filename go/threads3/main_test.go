package main

import (
	"slices"
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"unrecovered": withoutRecover}) }

func TestRecoverKeepsTheProgramAlive(t *testing.T) {
	if got := runAll([]int{1, -2, 3}); !slices.Equal(got, []string{"negative input: -2"}) {
		t.Fatalf("got %q", got)
	}
}

func TestWithoutRecoverTheWholeProgramDies(t *testing.T) {
	proof.Run(t, "unrecovered", 10*time.Second).Fatal(t, "panic: negative input: -1")
}
