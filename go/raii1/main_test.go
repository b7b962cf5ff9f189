package main

import "testing"

func TestDeferClosesOnTheEarlyReturn(t *testing.T) {
	if got := backup([]string{"a", "", "b"}); got != 1 {
		t.Fatalf("got %d", got)
	}
	if last.open || len(last.sent) != 1 {
		t.Fatalf("the connection is open or sent %q", last.sent)
	}
}
