package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) {
	proof.Main(m, map[string]func(){
		"locked": func() { count() },
		"racy":   func() { racyCount() },
	})
}

func TestCount(t *testing.T) {
	if got := count(); got != 10 {
		t.Fatalf("got %d", got)
	}
}

func TestWithoutTheMutexRaceFindsARace(t *testing.T) {
	proof.NeedRace(t)
	proof.Run(t, "racy", 20*time.Second).Race(t)
	proof.Run(t, "locked", 20*time.Second).Clean(t)
}
