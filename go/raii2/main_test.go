package main

import "testing"

func TestTheEmailRunsUnderTheLock(t *testing.T) {
	counts, emails = map[string]int{"book": 2}, nil
	placeOrder("book", "ann")
	if !lockedDuringEmail || counts["book"] != 1 || len(emails) != 1 {
		t.Fatalf("locked: %v, counts %v, emails %q", lockedDuringEmail, counts, emails)
	}
}
