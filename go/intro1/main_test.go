package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"main": main}) }

func TestPanicExitsWithStatus2(t *testing.T) {
	proof.Run(t, "main", 10*time.Second).Fatal(t, "panic: not done yet")
}
