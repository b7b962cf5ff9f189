package main

import (
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestLargest(t *testing.T) {
	if Largest([]int{3, 9, 2}) != 9 || Largest([]string{"go", "rust", "c"}) != "rust" {
		t.Fatal("wrong largest")
	}
}

func TestWithAnyTheComparisonDoesNotCompile(t *testing.T) {
	out, ok := proof.Go(t, `package main

func Largest[T any](items []T) T {
	largest := items[0]
	for _, item := range items {
		if item > largest {
			largest = item
		}
	}
	return largest
}

func main() { println(Largest([]int{1})) }
`, "build", ".")
	if ok || !strings.Contains(out, "invalid operation: item > largest") {
		t.Fatalf("go build said:\n%s", out)
	}
}
