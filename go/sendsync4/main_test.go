package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"forgetful": forgetful}) }

func TestAReadWithoutTheMutexIsADataRace(t *testing.T) {
	proof.NeedRace(t)
	proof.Run(t, "forgetful", 20*time.Second).Race(t)
}
