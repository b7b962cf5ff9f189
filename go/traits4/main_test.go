package main

import (
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestTheTable(t *testing.T) {
	if PageSize != 4096 || Fibonacci[19] != 4181 {
		t.Fatal("wrong values")
	}
}

func TestACallIsNeverConstant(t *testing.T) {
	out, ok := proof.Go(t, `package main

const Table = table()

func table() int { return 1 }

func main() { println(Table) }
`, "build", ".")
	if ok || !strings.Contains(out, "is not constant") {
		t.Fatalf("go build said:\n%s", out)
	}
}
