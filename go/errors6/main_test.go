package main

import (
	"errors"
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestEmailOf(t *testing.T) {
	ann := "ann@example.com"
	users := []User{{1, "ann", &ann}, {2, "bob", nil}}
	if got, err := emailOf(users, 1); got != ann || err != nil {
		t.Fatalf("got %q, %v", got, err)
	}
	if _, err := emailOf(users, 2); err == nil || err.Error() != "user bob has no email" {
		t.Fatalf("got %v", err)
	}
	if _, err := emailOf(users, 3); !errors.Is(err, ErrNoSuchUser) {
		t.Fatalf("got %v", err)
	}
}

func TestWithoutTheNilCheckItPanics(t *testing.T) {
	bob := User{2, "bob", nil}
	r := proof.Panics(func() { _ = *bob.Email })
	if err, ok := r.(error); !ok || !strings.Contains(err.Error(), "nil pointer dereference") {
		t.Fatalf("got %v", r)
	}
}
