// The Go side of traits2: interfaces are satisfied implicitly.
package main

import "fmt"

// note:begin
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ Width, Height float64 }

// No declaration needed: having these methods makes Rect a Shape.
func (r Rect) Area() float64 { return r.Width * r.Height }
func (r Rect) Name() string  { return fmt.Sprintf("rect %gx%g", r.Width, r.Height) }

// note:end

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(s.Name(), s.Area())
}
