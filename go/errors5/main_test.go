package main

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.txt")
	cases := []struct {
		ledger string
		want   int
		check  func(error) bool
	}{
		{"+100\n-30\n", 70, func(err error) bool { return err == nil }},
		{"+10\n-30\n", 0, func(err error) bool {
			var o *Overdrawn
			return errors.As(err, &o) && o.Line == 2
		}},
		{"+10\nten\n", 0, func(err error) bool { return errors.Is(err, strconv.ErrSyntax) }},
	}
	for _, c := range cases {
		os.WriteFile(path, []byte(c.ledger), 0o600)
		if got, err := run(path); got != c.want || !c.check(err) {
			t.Errorf("run(%q) = %d, %v", c.ledger, got, err)
		}
	}
	if _, err := run(filepath.Join(t.TempDir(), "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v", err)
	}
}
