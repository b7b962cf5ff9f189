<<<<<<< HEAD
// heap3: several clubs hold the same person through a pointer.
package main

import "fmt"

// note:begin
type Person struct{ Name, Email string }

type Club struct{ members []*Person } // pointers: every club shares one Person

func (c *Club) Join(p *Person) { c.members = append(c.members, p) }

func (c *Club) ChangeEmail(name, email string) bool {
	for _, p := range c.members {
		if p.Name == name {
			p.Email = email // seen by every club; the GC frees p when no club holds it
			return true
		}
	}
	return false
=======
// The Go side of heap3: an interface value boxes whatever it holds.
package main

import (
	"fmt"
	"math"
)

type Circle struct{ Radius float64 }

type Square struct{ Side float64 }

func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }

func (s Square) Area() float64 { return s.Side * s.Side }

// note:begin
type Shape interface {
	Area() float64
}

func NewShape(kind string, size float64) Shape {
	switch kind {
	case "circle":
		return Circle{Radius: size} // boxed into the interface for you
	case "square":
		return Square{Side: size}
	}
	return nil
>>>>>>> wt/go
}

// note:end

func main() {
<<<<<<< HEAD
	ann := &Person{Name: "ann", Email: "ann@home.org"}
	var chess, hiking Club
	chess.Join(ann)
	hiking.Join(ann)
	chess.ChangeEmail("ann", "ann@work.com")
	fmt.Println(hiking.members[0].Email) // ann@work.com
=======
	fmt.Println(NewShape("square", 2).Area())
>>>>>>> wt/go
}
