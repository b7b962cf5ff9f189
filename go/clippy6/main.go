// The Go side of clippy6: cmp.Compare gives -1, 0 or +1, and a switch on it
// need not cover all three.
package main

import (
	"cmp"
	"fmt"
)

type Action int

const (
	Heat Action = iota
	Cool
	Idle
)

type Trend int

const (
	Up Trend = iota
	Down
	Flat
)

// note:begin
func thermostat(reading, setPoint int) Action {
	switch cmp.Compare(reading, setPoint) { // an int, not an enum of three
	case -1:
		return Heat
	case +1:
		return Cool
	}
	return Idle // nobody checks the cases: a forgotten one lands here too
}

// note:end

func trends(prices []uint) []Trend {
	var out []Trend
	for i := 1; i < len(prices); i++ {
		switch cmp.Compare(prices[i], prices[i-1]) {
		case +1:
			out = append(out, Up)
		case -1:
			out = append(out, Down)
		default:
			out = append(out, Flat)
		}
	}
	return out
}

// thermostatForgetful is thermostat without the case for +1.
func thermostatForgetful(reading, setPoint int) Action {
	switch cmp.Compare(reading, setPoint) {
	case -1:
		return Heat
	}
	return Idle
}

func main() {
	fmt.Println(thermostat(18, 21), trends([]uint{10, 12, 12, 9, 30}))
}
