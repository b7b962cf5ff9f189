// The Go side of traits6: fmt.Stringer, found at run time.
package main

import "fmt"

// note:begin
type Money struct {
	Cents    int64
	Currency string
}

// fmt checks at run time whether the value has this method (fmt.Stringer).
func (m Money) String() string {
	sign, cents := "", m.Cents
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, cents/100, cents%100, m.Currency)
}

// note:end

func main() {
	fmt.Println(Money{1999, "EUR"})
}
