package main

import (
	"slices"
	"testing"
)

func TestThermostat(t *testing.T) {
	cases := []struct {
		reading, setPoint int
		want              Action
	}{{18, 21, Heat}, {20, 21, Heat}, {22, 21, Cool}, {21, 21, Idle}, {-5, -5, Idle}, {-6, -5, Heat}}
	for _, c := range cases {
		if got := thermostat(c.reading, c.setPoint); got != c.want {
			t.Errorf("thermostat(%d, %d) = %v, want %v", c.reading, c.setPoint, got, c.want)
		}
	}
}

func TestTrends(t *testing.T) {
	if got := trends([]uint{10, 12, 12, 9, 30}); !slices.Equal(got, []Trend{Up, Flat, Down, Up}) {
		t.Fatalf("got %v", got)
	}
	if got := trends([]uint{42}); len(got) != 0 {
		t.Fatalf("one day: got %v", got)
	}
	if got := trends(nil); len(got) != 0 {
		t.Fatalf("no days: got %v", got)
	}
}

// The note's claim: a forgotten case compiles and lands on the final return.
func TestAForgottenCaseIsIdle(t *testing.T) {
	if got := thermostatForgetful(22, 21); got != Idle {
		t.Fatalf("got %v", got)
	}
}
