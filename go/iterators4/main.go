// The Go side of iterators4: stop at the first error.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func parseAll(lines []string) ([]int, error) {
	// note:begin
	nums := make([]int, 0, len(lines))
	for _, line := range lines {
		n, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil {
			return nil, err // stop at the first bad line
		}
		nums = append(nums, n)
	}
	return nums, nil
	// note:end
}

func main() {
	fmt.Println(parseAll([]string{"1", " 2 ", "x"}))
}
