package main

import (
	"strings"
	"testing"
	"time"

	"gonotes/internal/proof"
)

func manyLines() []string {
	lines := make([]string, 64)
	for i := range lines {
		lines[i] = strings.Repeat("word ", 200)
	}
	return lines
}

func TestMain(m *testing.M) {
	proof.Main(m, map[string]func(){"words": func() { allWords(manyLines()) }})
}

func TestTheRaceDetectorReportsIt(t *testing.T) {
	proof.NeedRace(t)
	proof.Run(t, "words", 30*time.Second).Race(t)
}
