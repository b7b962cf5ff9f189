// The Go side of shared2: appending to a shared slice from goroutines races.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func allWords(lines []string) []string {
	var wg sync.WaitGroup
	// note:begin
	var all []string
	for _, line := range lines {
		wg.Go(func() {
			for _, w := range strings.Fields(line) {
				all = append(all, w) // DATA RACE: compiles, may lose words at run time
			}
		})
	}
	wg.Wait()
	// note:end
	return all
}

func main() {
	fmt.Println(len(allWords([]string{"a b", "c d e"})))
}
