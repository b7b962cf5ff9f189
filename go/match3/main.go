// The Go side of match3: one struct with fields that only some kinds use.
package main

import "fmt"

type Kind int

const (
	Click Kind = iota
	Key
	Scroll
)

// note:begin
type Event struct {
	Kind   Kind // Click, Key or Scroll
	X, Y   int  // only meaningful for clicks
	Amount int  // only meaningful for scrolls
}

func scrolled(events []Event) int {
	total := 0
	for _, e := range events {
		if e.Kind == Scroll {
			total += e.Amount // e.X would compile too, and be a silent 0
		}
	}
	return total
}

// note:end

func main() {
	fmt.Println(scrolled([]Event{{Kind: Click, X: 3, Y: 4}, {Kind: Scroll, Amount: 5}}))
}
