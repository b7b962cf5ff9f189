// The Go side of match4: a switch over a state and a key; nobody checks that
// the cases cover every pair.
package main

import "fmt"

type Mode int

const (
	Stopped Mode = iota // the zero Player is stopped
	Playing
	Paused
)

type Key int

const (
	Play Key = iota
	Pause
	Stop
	Next
)

// Player is what the player does; Track counts from 1 while it plays or pauses.
type Player struct {
	Mode  Mode
	Track int
}

// note:begin
func press(p Player, key Key, tracks int) Player {
	switch {
	case key == Stop:
		return Player{}
	case p.Mode == Stopped && key == Play:
		return Player{Playing, 1}
	case p.Mode == Playing && key == Pause:
		return Player{Paused, p.Track}
	case p.Mode == Paused && (key == Play || key == Pause):
		return Player{Playing, p.Track}
	case p.Mode != Stopped && key == Next && p.Track < tracks:
		return Player{p.Mode, p.Track + 1}
	case p.Mode != Stopped && key == Next:
		return Player{}
	}
	// Every other pair lands here. Forget a case above (Paused and Play, say)
	// and it lands here too: the player silently stays paused.
	return p
}

// note:end

// pressForgetful is press without the case for a paused player.
func pressForgetful(p Player, key Key, tracks int) Player {
	switch {
	case key == Stop:
		return Player{}
	case p.Mode == Stopped && key == Play:
		return Player{Playing, 1}
	case p.Mode == Playing && key == Pause:
		return Player{Paused, p.Track}
	case p.Mode != Stopped && key == Next && p.Track < tracks:
		return Player{p.Mode, p.Track + 1}
	case p.Mode != Stopped && key == Next:
		return Player{}
	}
	return p
}

func main() {
	var p Player
	for _, key := range []Key{Play, Next, Pause, Next, Play, Next} {
		p = press(p, key, 3)
		fmt.Printf("%+v\n", p)
	}
}
