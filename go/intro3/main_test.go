package main

import (
	"fmt"
	"testing"
)

func TestReadingsLine(t *testing.T) {
	if got := readingsLine("Oslo", []int{7, 9, 10}); got != "Oslo measured [7 9 10]" {
		t.Fatalf("got %q", got)
	}
	if got := readingsLine("Nowhere", nil); got != "Nowhere measured []" {
		t.Fatalf("got %q", got)
	}
}

func TestForecastLine(t *testing.T) {
	cases := []struct {
		c    Celsius
		want string
	}{{21.5, "Oslo: 21.5°C tomorrow"}, {-3, "Oslo: -3°C tomorrow"}, {0.25, "Oslo: 0.25°C tomorrow"}}
	for _, tc := range cases {
		if got := forecastLine("Oslo", tc.c); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// plainCelsius is Celsius without its String method.
type plainCelsius float64

// The note's claim: without String, %v compiles and prints the bare number.
func TestWithoutStringVerbVPrintsTheBareNumber(t *testing.T) {
	if got := fmt.Sprintf("%s: %v tomorrow", "Oslo", plainCelsius(21.5)); got != "Oslo: 21.5 tomorrow" {
		t.Fatalf("got %q", got)
	}
}
