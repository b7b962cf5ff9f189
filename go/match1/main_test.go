package main

import "testing"

func TestCancelledIsWronglyUnfinished(t *testing.T) {
	if isFinished(Cancelled) {
		t.Fatal("the switch was expected to forget Cancelled")
	}
	if !isFinished(Delivered) || isFinished(Pending) {
		t.Fatal("Delivered and Pending are wrong")
	}
}
