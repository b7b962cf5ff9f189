package main

import "testing"

func TestGridWithoutCells(t *testing.T) {
	expectPanic(t, "at least 1", func() { NewGrid(0, 3) })
}
