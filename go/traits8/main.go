// traits8: a checked conversion from int64 to a percentage.
package main

import (
	"errors"
	"fmt"
)

type Percent uint8

var (
	ErrNegative    = errors.New("below 0")
	ErrOverHundred = errors.New("above 100")
)

// note:begin
func ToPercent(n int64) (Percent, error) {
	switch {
	case n < 0:
		return 0, fmt.Errorf("percent %d: %w", n, ErrNegative)
	case n > 100:
		return 0, fmt.Errorf("percent %d: %w", n, ErrOverHundred)
	}
	return Percent(n), nil
}

// Nothing makes you call it: Percent(n) compiles for any n and keeps the
// low 8 bits, so Percent(356) == 100.
// note:end

func main() {
	for _, n := range []int64{42, 356, -1} {
		p, err := ToPercent(n)
		fmt.Println(p, err, errors.Is(err, ErrOverHundred))
	}
	n := int64(356)
	fmt.Println(Percent(n)) // 100
}
