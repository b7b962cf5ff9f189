// testing3 in Go: no should_panic; a test recovers the panic itself.
package main

import (
	"fmt"
	"strings"
	"testing"
)

type Grid struct {
	width, height int
	cells         []int
}

func NewGrid(width, height int) *Grid {
	if width < 1 || height < 1 {
		panic(fmt.Sprintf("a grid needs a width and a height of at least 1, not %dx%d", width, height))
	}
	return &Grid{width, height, make([]int, width*height)}
}

// note:begin
// Go has no should_panic: the test recovers the panic and checks it.
func expectPanic(t testing.TB, want string, f func()) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil {
			t.Fatalf("no panic, want one with %q", want)
		}
		if msg := fmt.Sprint(r); !strings.Contains(msg, want) {
			t.Fatalf("panic %q, want one with %q", msg, want)
		}
	}()
	f()
}

// In main_test.go:
//
//	func TestGridWithoutCells(t *testing.T) {
//		expectPanic(t, "at least 1", func() { NewGrid(0, 3) })
//	}
// note:end

func main() {
	fmt.Println(len(NewGrid(2, 3).cells))
}
