// testing4 in Go: testing/quick checks a property on random inputs.
package main

import (
	"fmt"
	"slices"
	"testing"
	"testing/quick"
)

func mergeSorted(a, b []int) []int {
	merged := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			merged = append(merged, a[i])
			i++
		} else {
			merged = append(merged, b[j])
			j++
		}
	}
	merged = append(merged, a[i:]...)
	return append(merged, b[j:]...)
}

// sortedInts turns random small numbers into a sorted list.
func sortedInts(xs []int8) []int {
	list := make([]int, len(xs))
	for i, x := range xs {
		list[i] = int(x)
	}
	slices.Sort(list)
	return list
}

// note:begin
// testing/quick (or a fuzz test) checks a property on random inputs.
func checkMerge(t testing.TB, merge func(a, b []int) []int) {
	property := func(xs, ys []int8) bool {
		a, b := sortedInts(xs), sortedInts(ys)
		want := slices.Sorted(slices.Values(slices.Concat(a, b)))
		return slices.Equal(merge(a, b), want)
	}
	// On failure quick reports the random input as it was: it does not
	// shrink it to a small one, as proptest does.
	if err := quick.Check(property, nil); err != nil {
		t.Error(err)
	}
}

// note:end

func main() {
	fmt.Println(mergeSorted([]int{1, 4, 9}, []int{2, 3, 10}))
}
