package main

import "testing"

func TestTheOldStates(t *testing.T) {
	if progress(Pending{}) != 20 || progress(Shipped{"ZX-42"}) != 60 || progress(Delivered{}) != 100 {
		t.Fatal("the old states are wrong")
	}
}

// The note's claim: the forgotten OnHold compiles and falls to the end, 0 instead of 10.
func TestOnHoldIsWronglyZero(t *testing.T) {
	if got := progress(OnHold{"size?"}); got != 0 {
		t.Fatalf("the switch was expected to forget OnHold, got %d", got)
	}
	if got := progress(Cancelled{"fraud"}); got != 0 {
		t.Fatalf("Cancelled: got %d", got)
	}
}
