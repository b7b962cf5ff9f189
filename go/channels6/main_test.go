package main

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"gonotes/internal/proof"
)

func TestMain(m *testing.M) { proof.Main(m, map[string]func(){"unrecovered": unrecovered}) }

const plenty = 2 * time.Second

func answers(n int) func() int { return func() int { return n } }

func dies() int { panic("worker failed") }

func TestAnswers(t *testing.T) {
	if got, err := firstAnswer([]func() int{answers(42)}, plenty); got != 42 || err != nil {
		t.Fatalf("got %d, %v", got, err)
	}
	if got, err := firstAnswer([]func() int{dies, answers(5)}, plenty); got != 5 || err != nil {
		t.Fatalf("a dead worker: got %d, %v", got, err)
	}
}

func TestWhenEveryWorkerDiesNobodyWaitsForTheDeadline(t *testing.T) {
	start := time.Now()
	if _, err := firstAnswer([]func() int{dies, dies}, plenty); !errors.Is(err, ErrAllDied) {
		t.Fatalf("got %v", err)
	}
	if _, err := firstAnswer(nil, plenty); !errors.Is(err, ErrAllDied) {
		t.Fatalf("no workers: got %v", err)
	}
	if waited := time.Since(start); waited >= plenty {
		t.Fatalf("waited %v", waited)
	}
}

// The note's claim: after a time-out the workers keep running.
func TestTimedOutWorkersKeepRunning(t *testing.T) {
	var finished atomic.Int32
	release := make(chan struct{})
	stuck := func() int { <-release; finished.Add(1); return 7 }
	if _, err := firstAnswer([]func() int{stuck, stuck}, 50*time.Millisecond); !errors.Is(err, ErrTimedOut) {
		t.Fatalf("got %v", err)
	}
	close(release) // the abandoned workers still run to their end
	for deadline := time.Now().Add(5 * time.Second); finished.Load() < 2; {
		if time.Now().After(deadline) {
			t.Fatal("the workers never finished")
		}
		time.Sleep(time.Millisecond)
	}
}

// The note's claim: without the recover, one worker's panic ends the whole program.
func TestAnUnrecoveredPanicKillsTheProgram(t *testing.T) {
	proof.Run(t, "unrecovered", 10*time.Second).Fatal(t, "panic: worker failed")
}
