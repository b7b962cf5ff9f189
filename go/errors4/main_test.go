package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestWrappedErrorsKeepTheirCause(t *testing.T) {
	dir := t.TempDir()
	if _, err := loadPort(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("got %v", err)
	}
	path := filepath.Join(dir, "port")
	os.WriteFile(path, []byte("eighty\n"), 0o600)
	if _, err := loadPort(path); !errors.Is(err, strconv.ErrSyntax) {
		t.Fatalf("got %v", err)
	}
	os.WriteFile(path, []byte(" 8080\n"), 0o600)
	if n, err := loadPort(path); n != 8080 || err != nil {
		t.Fatalf("got %d, %v", n, err)
	}
}
