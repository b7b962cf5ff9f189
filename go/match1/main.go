// The Go side of match1: a type switch need not cover every case.
package main

import "fmt"

// note:begin
type Status interface{ isStatus() } // Pending, Shipped, ... implement it

type Pending struct{}
type Shipped struct{ Tracking string }
type Delivered struct{}
type OnHold struct{ Reason string }    // new
type Cancelled struct{ Reason string } // new

func progress(s Status) int {
	switch s.(type) {
	case Pending:
		return 20
	case Shipped:
		return 60
	case Delivered:
		return 100
	}
	return 0 // OnHold lands here too: it compiles, and says 0, not 10
}

// note:end

func (Pending) isStatus()   {}
func (Shipped) isStatus()   {}
func (Delivered) isStatus() {}
func (OnHold) isStatus()    {}
func (Cancelled) isStatus() {}

func main() {
	for _, s := range []Status{Pending{}, Shipped{"ZX-42"}, Delivered{}, OnHold{"size?"}, Cancelled{"fraud"}} {
		fmt.Printf("%T %d\n", s, progress(s))
	}
}
