// The Go side of errors5: `error` is any error.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Overdrawn struct{ Line int }

func (e *Overdrawn) Error() string { return fmt.Sprintf("overdrawn at line %d", e.Line) }

// note:begin
func run(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err // any error fits the `error` interface
	}
	balance := 0
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		amount, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil {
			return 0, err // a *strconv.NumError: an `error` too
		}
		balance += amount
		if balance < 0 {
			return 0, &Overdrawn{Line: i + 1}
		}
	}
	return balance, nil
}

// note:end

func main() {
	fmt.Println(run("/no/such/file"))
}
