package main

import (
	"testing"
	"time"

	"gonotes/internal/proof"
)

var texts = []string{"one two", "three four five", "six", "seven eight"}

func TestMain(m *testing.M) {
	proof.Main(m, map[string]func(){
		"plain":  func() { racyWords(texts) },
		"atomic": func() { stats(texts) },
	})
}

func TestStats(t *testing.T) {
	if words, longest := stats(texts); words != 8 || longest != "three four five" {
		t.Fatalf("got %d, %q", words, longest)
	}
}

func TestAPlainCounterIsADataRace(t *testing.T) {
	proof.NeedRace(t)
	proof.Run(t, "plain", 20*time.Second).Race(t)
	proof.Run(t, "atomic", 20*time.Second).Clean(t)
}
