package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) {
	proof.Main(m, map[string]func(){"take": takeOne, "server": takeOneInAServer})
}

func TestLockingTwiceIsFatal(t *testing.T) {
	proof.Deadlocks(t, "take")
}

func TestWithAnotherGoroutineAliveItJustHangs(t *testing.T) {
	proof.Run(t, "server", 3*time.Second).Hung(t)
}
