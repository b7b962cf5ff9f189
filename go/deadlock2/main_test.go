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

// The note's claim: with the check under its own lock, two goroutines can
// both see the last book and both take it.
func TestCheckingUnderAnotherLockTakesTheLastOneTwice(t *testing.T) {
	if took, left := bothTakeTheLast(); took != 2 || left != -1 {
		t.Fatalf("took %d, %d left", took, left)
	}
}
