package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestSavesEveryLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	n, err := save(path, []string{"milk", "eggs"})
	if n != 2 || err != nil {
		t.Fatalf("got %d, %v", n, err)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "milk\neggs\n" {
		t.Fatalf("got %q, %v", data, err)
	}
}

// The note's claim: with no lines the file is removed, then closed a second
// time, which fails with os.ErrClosed ("file already closed") at run time.
func TestNoLinesClosesTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.txt")
	_, err := save(path, nil)
	if !errors.Is(err, os.ErrClosed) || err.Error() != "close "+path+": file already closed" {
		t.Fatalf("want os.ErrClosed, got %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the empty file was not removed: %v", err)
	}
}
