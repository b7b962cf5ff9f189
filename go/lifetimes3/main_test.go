package main

import (
	"os"
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestEscapeAnalysisMovesTextToTheHeap(t *testing.T) {
	if *greeting("Ann") != "Hello, Ann!" {
		t.Fatal("wrong greeting")
	}
	source, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	out, ok := proof.Go(t, string(source), "build", "-gcflags=-m", ".")
	if !ok || !strings.Contains(out, "moved to heap: text") {
		t.Fatalf("go build -gcflags=-m said:\n%s", out)
	}
}
