package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadsAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hello.txt")
	if err := os.WriteFile(path, []byte("Rust and Go\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := readFile(path); got != "Rust and Go\n" || err != nil {
		t.Fatalf("got %q, %v", got, err)
	}
	if got := describe(path); got != "File content: Rust and Go" {
		t.Fatalf("got %q", got)
	}
}

func TestAMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.txt")
	if _, err := readFile(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("got %v", err)
	}
	if got := describe(path); !strings.HasPrefix(got, "Error reading file: ") {
		t.Fatalf("got %q", got)
	}
}

// The note's claim: without the check, a missing file shows "File content: ".
func TestWithoutTheCheckAMissingFileHasEmptyContent(t *testing.T) {
	if got := describeUnchecked(filepath.Join(t.TempDir(), "missing.txt")); got != "File content: " {
		t.Fatalf("got %q", got)
	}
}
