package main

import "testing"

func TestRecordChangesTheCallersSlice(t *testing.T) {
	var log []string
	record(&log, "error: disk full")
	record(&log, "started")
	if len(log) != 2 || countErrors(log) != 1 {
		t.Fatalf("got %q", log)
	}
}
