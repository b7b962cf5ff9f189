package main

import (
	"testing"
	"time"
)

// A message every 5 ms forever: a timer made anew in each round would never
// fire; the single deadline ends the window.
func TestTheWindowEndsWhileMessagesKeepComing(t *testing.T) {
	ch := make(chan uint32)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for i := uint32(0); ; i++ {
			select {
			case ch <- i:
				time.Sleep(5 * time.Millisecond)
			case <-stop:
				return
			}
		}
	}()
	start := time.Now()
	got := collectFor(ch, 100*time.Millisecond)
	if elapsed := time.Since(start); elapsed > 5*time.Second || len(got) == 0 {
		t.Fatalf("got %d messages in %v", len(got), elapsed)
	}
}
