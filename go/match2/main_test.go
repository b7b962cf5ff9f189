package main

import "testing"

func TestAction(t *testing.T) {
	keys := Keys{Quit: 'x'}
	for key, want := range map[rune]Action{'x': Quit, 'q': Insert('q'), '7': Count(7)} {
		if got := action(key, keys); got != want {
			t.Errorf("action(%q) = %v, want %v", key, got, want)
		}
	}
}
