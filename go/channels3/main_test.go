package main

import (
	"testing"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"main": main}) }

func TestItDeadlocks(t *testing.T) {
	proof.Deadlocks(t, "main")
}
