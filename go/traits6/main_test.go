package main

import (
	"fmt"
	"testing"
)

func TestFmtFindsString(t *testing.T) {
	for _, c := range []struct {
		m    Money
		want string
	}{{Money{1999, "EUR"}, "19.99 EUR"}, {Money{-50, "EUR"}, "-0.50 EUR"}, {Money{5, "USD"}, "0.05 USD"}} {
		if got := fmt.Sprint(c.m); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}
