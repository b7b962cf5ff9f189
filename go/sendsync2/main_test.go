package main

import (
	"slices"
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"nowait": noWait}) }

func TestCountAll(t *testing.T) {
	if got := countAll([]string{"a a", "b a", "a", ""}, "a"); !slices.Equal(got, []int{2, 1, 1, 0}) {
		t.Fatalf("got %v", got)
	}
}

func TestForgettingWaitIsADataRace(t *testing.T) {
	proof.NeedRace(t)
	proof.Run(t, "nowait", 20*time.Second).Race(t)
}
