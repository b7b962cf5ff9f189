package main

import (
	"slices"
	"sync"
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"unlocked": unlocked}) }

func TestJobsMayBorrowTheCallersData(t *testing.T) {
	words := []string{"go", "rust", "zig"}
	var jobs []func() int
	for i := range words {
		jobs = append(jobs, func() int { return len(words[i]) })
	}
	if got := runNamed(jobs); !slices.Equal(got, []int{2, 4, 3}) {
		t.Fatalf("got %v", got)
	}
}

func TestTheJobsRunAtTheSameTime(t *testing.T) {
	var started sync.WaitGroup // a barrier: hangs if the jobs run one by one
	started.Add(3)
	var jobs []func() int
	for i := range 3 {
		jobs = append(jobs, func() int { started.Done(); started.Wait(); return i * 10 })
	}
	if got := runNamed(jobs); !slices.Equal(got, []int{0, 10, 20}) {
		t.Fatalf("got %v", got)
	}
}

// The note's claim: nothing checks that jobs may share what they capture.
func TestSharingALocalWithoutAMutexCompilesAndRaces(t *testing.T) {
	proof.NeedRace(t)
	proof.Run(t, "unlocked", 20*time.Second).Race(t)
}
