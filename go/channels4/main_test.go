package main

import "testing"

func TestAFullBufferDrops(t *testing.T) {
	events, dropped := publish([]string{"a", "b", "c", "d"}, 3)
	if len(events) != 3 || dropped != 1 || <-events != "a" {
		t.Fatalf("got %d queued, %d dropped", len(events), dropped)
	}
}
