// profiles1 in Go: integer arithmetic wraps around, in every build.
package main

import (
	"fmt"
	"math"
)

// note:begin
// Go integers always wrap around: hash/fnv relies on it, and so does
// every overflow bug, silently.
func totalUnits(perWarehouse []uint32) uint32 {
	var total uint32
	for _, units := range perWarehouse {
		total += units // 4294967295 + 3 == 2: no panic, no error
	}
	return total
}

func brighten(pixel, amount uint8) uint8 {
	return pixel + amount // 250 + 10 == 4: white turns black
}

// note:end

func main() {
	fmt.Println(totalUnits([]uint32{math.MaxUint32, 3}), brighten(250, 10))
}
