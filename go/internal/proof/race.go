//go:build race

package proof

// RaceEnabled is true when the binary was built with -race.
const RaceEnabled = true
