package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"sharing": sharing}) }

func TestSharingCompilesAndRaces(t *testing.T) {
	proof.NeedRace(t)
	proof.Run(t, "sharing", 20*time.Second).Race(t)
}
