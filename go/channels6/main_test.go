package main

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestTheGoroutineKeepsRunning(t *testing.T) {
	var finished atomic.Bool
	release := make(chan struct{})
	slow := func() int {
		<-release
		finished.Store(true)
		return 1
	}
	if _, err := withDeadline(slow, 10*time.Millisecond); err == nil {
		t.Fatal("want a time-out")
	}
	close(release) // the abandoned work still runs to its end
	for deadline := time.Now().Add(5 * time.Second); !finished.Load(); {
		if time.Now().After(deadline) {
			t.Fatal("the work never finished")
		}
		time.Sleep(time.Millisecond)
	}
	if got, err := withDeadline(func() int { return 42 }, time.Second); got != 42 || err != nil {
		t.Fatalf("got %d, %v", got, err)
	}
}
