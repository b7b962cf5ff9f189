// The Go side of match2: a switch with conditions compares, it never binds.
package main

import "fmt"

// Action is what the editor does; Go has no enum with data, so one type per case.
type Action interface{ isAction() }

type (
	quit   struct{}
	Count  int  // repeat the next command this many times
	Insert rune // insert this character
)

func (quit) isAction()   {}
func (Count) isAction()  {}
func (Insert) isAction() {}

var Quit Action = quit{}

type Keys struct{ Quit rune }

// note:begin
func action(key rune, keys Keys) Action {
	switch {
	case key == keys.Quit:
		return Quit
	case key >= '0' && key <= '9':
		return Count(key - '0')
	}
	return Insert(key)
}

// note:end

func main() {
	keys := Keys{Quit: 'q'}
	fmt.Println(action('q', keys) == Quit, action('3', keys), action('x', keys))
}
