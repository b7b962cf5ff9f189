package main

import "testing"

func TestTheWrongFieldIsASilentZero(t *testing.T) {
	events := []Event{{Kind: Click, X: 3, Y: 4}, {Kind: Scroll, Amount: 5}, {Kind: Scroll, Amount: -2}}
	if got := scrolled(events); got != 3 {
		t.Fatalf("got %d", got)
	}
	if x := events[1].X; x != 0 { // a scroll's X: no error, just 0
		t.Fatalf("got %d", x)
	}
}
