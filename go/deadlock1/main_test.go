package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) {
	proof.Main(m, map[string]func(){"crossed": crossed, "server": crossedInAServer})
}

func TestEveryGoroutineBlockedIsFatal(t *testing.T) {
	proof.Deadlocks(t, "crossed")
}

func TestWithAnotherGoroutineAliveItJustHangs(t *testing.T) {
	proof.Run(t, "server", 3*time.Second).Hung(t)
}
