package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestClosingTwiceIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := writeNotes(path, []string{"a\n"}); err != nil {
		t.Fatal(err)
	}
	err := writeNotes(path, nil)
	if !errors.Is(err, os.ErrClosed) {
		t.Fatalf("want os.ErrClosed, got %v", err)
	}
}
