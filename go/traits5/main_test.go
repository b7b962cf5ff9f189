package main

import (
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestNoMethodsOnString(t *testing.T) {
	if WordCount("hello big world") != 3 {
		t.Fatal("wrong count")
	}
	out, ok := proof.Go(t, `package main

import "strings"

func (s string) WordCount() int { return len(strings.Fields(s)) }

func main() {}
`, "build", ".")
	if ok || !strings.Contains(out, "cannot define new methods on non-local type string") {
		t.Fatalf("go build said:\n%s", out)
	}
}
