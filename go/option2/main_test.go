package main

import (
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestAMissingManagerPanics(t *testing.T) {
	gone := 9
	staff := []Employee{{ID: 2, Name: "Bob", ManagerID: &gone}}
	r := proof.Panics(func() { managerName(staff, 2) })
	if err, ok := r.(error); !ok || !strings.Contains(err.Error(), "nil pointer dereference") {
		t.Fatalf("want a nil pointer dereference, got %v", r)
	}
}
