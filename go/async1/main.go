// The Go side of async1: no async keyword, a blocking call just blocks.
package main

import "fmt"

var prices = map[string]int{"apple": 3, "pear": 4}

func priceOf(item string) (int, bool) { p, ok := prices[item]; return p, ok }

// note:begin
// Go: no async keyword; any function may block, the runtime parks the goroutine.
func basketTotal(items []string) (int, bool) {
	total := 0
	for _, item := range items {
		price, ok := priceOf(item) // a network call: just blocks
		if !ok {
			return 0, false
		}
		total += price
	}
	return total, true
}

// note:end

func main() {
	fmt.Println(basketTotal([]string{"apple", "pear"}))
}
