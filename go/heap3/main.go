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
}

// note:end

func main() {
	fmt.Println(NewShape("square", 2).Area())
}
