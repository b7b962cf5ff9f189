// The Go side of borrow2: two pointers may alias one element.
package main

import "fmt"

// note:begin
func transfer(balances []int64, from, to int, amount int64) {
	source := &balances[from]
	target := &balances[to] // may point at the same element as source
	*source -= amount
	*target += amount
}

// note:end

func main() {
	balances := []int64{100, 50}
	transfer(balances, 0, 1, 30)
	fmt.Println(balances)
}
