// The Go side of match1: a switch need not cover every constant.
package main

import "fmt"

// note:begin
type Status int

const (
	Pending Status = iota
	Shipped
	Delivered
	Cancelled // new
)

func isFinished(s Status) bool {
	switch s {
	case Delivered:
		return true
	}
	return false // Cancelled lands here: it compiles, and is wrong
}

// note:end

func main() {
	fmt.Println(isFinished(Shipped), isFinished(Delivered), isFinished(Cancelled))
}
