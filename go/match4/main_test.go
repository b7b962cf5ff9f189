package main

import (
	"slices"
	"testing"
)

func TestPress(t *testing.T) {
	stopped := Player{}
	playing := func(n int) Player { return Player{Playing, n} }
	paused := func(n int) Player { return Player{Paused, n} }
	cases := []struct {
		from Player
		key  Key
		want Player
	}{
		{stopped, Play, playing(1)}, {paused(2), Play, playing(2)}, {playing(2), Play, playing(2)},
		{playing(1), Pause, paused(1)}, {paused(3), Pause, playing(3)}, {stopped, Pause, stopped},
		{stopped, Stop, stopped}, {playing(2), Stop, stopped}, {paused(1), Stop, stopped},
		{playing(1), Next, playing(2)}, {paused(1), Next, paused(2)}, {stopped, Next, stopped},
		{playing(3), Next, stopped}, {paused(3), Next, stopped},
	}
	for _, c := range cases {
		if got := press(c.from, c.key, 3); got != c.want {
			t.Errorf("press(%+v, %d) = %+v, want %+v", c.from, c.key, got, c.want)
		}
	}
}

func TestAWholeSession(t *testing.T) {
	var p Player
	var seen []Player
	for _, key := range []Key{Play, Next, Pause, Next, Play, Next} {
		p = press(p, key, 3)
		seen = append(seen, p)
	}
	want := []Player{{Playing, 1}, {Playing, 2}, {Paused, 2}, {Paused, 3}, {Playing, 3}, {}}
	if !slices.Equal(seen, want) {
		t.Fatalf("got %+v", seen)
	}
}

// The note's claim: a forgotten case compiles, and the paused player silently stays paused.
func TestAForgottenCaseKeepsThePlayerPaused(t *testing.T) {
	if got := pressForgetful(Player{Paused, 2}, Play, 3); got != (Player{Paused, 2}) {
		t.Fatalf("got %+v", got)
	}
}
