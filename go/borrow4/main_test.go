package main

import "testing"

func TestHeadline(t *testing.T) {
	for title, want := range map[string]string{
		"breaking news": "breaking: BREAKING NEWS",
		"solo":          "solo: SOLO",
		"":              ": ",
	} {
		if got := headline(title); got != want {
			t.Errorf("headline(%q) = %q, want %q", title, got, want)
		}
	}
}
