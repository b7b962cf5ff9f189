// testing2 in Go: a table-driven check, run by a TestXxx function.
package main

import (
	"fmt"
	"testing"
)

func isLeapYear(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// note:begin
// A test helper takes testing.TB and the function under test.
func checkLeapYear(t testing.TB, isLeap func(int) bool) {
	t.Helper()
	cases := []struct {
		year int
		leap bool
	}{{2024, true}, {2023, false}, {1900, false}, {2000, true}}
	for _, c := range cases {
		if got := isLeap(c.year); got != c.leap {
			t.Errorf("isLeap(%d) = %v, want %v", c.year, got, c.leap)
		}
	}
}

// In main_test.go, `go test` finds it by its name:
//
//	func TestIsLeapYear(t *testing.T) { checkLeapYear(t, isLeapYear) }
// note:end

func main() {
	fmt.Println(isLeapYear(2024))
}
