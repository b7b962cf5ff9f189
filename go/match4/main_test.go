package main

import (
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestFeels(t *testing.T) {
	for c, want := range map[int]string{-1: "freezing", 0: "cold", 15: "cold", 16: "nice", 26: "hot"} {
		if got := feels(c); got != want {
			t.Errorf("feels(%d) = %q, want %q", c, got, want)
		}
	}
}

func TestGoNeedsTheFinalReturn(t *testing.T) {
	out, ok := proof.Go(t, `package main

func feels(celsius int) string {
	switch {
	case celsius < 0:
		return "freezing"
	case celsius >= 0:
		return "not freezing"
	}
}

func main() { println(feels(1)) }
`, "build", ".")
	if ok || !strings.Contains(out, "missing return") {
		t.Fatalf("go build said:\n%s", out)
	}
}
