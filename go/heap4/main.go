// heap4: a memoized Fibonacci; a Go map can be read and written at any time.
package main

import "fmt"

// note:begin
type Fib struct {
	memo     map[uint64]uint64
	computed int
}

func (f *Fib) Get(n uint64) uint64 {
	if v, ok := f.memo[n]; ok { // no borrow to end before writing below
		return v
	}
	v := n
	if n >= 2 {
		v = f.Get(n-1) + f.Get(n-2)
	}
	f.computed++
	f.memo[n] = v
	return v
}

// note:end

func main() {
	f := &Fib{memo: map[uint64]uint64{}}
	fmt.Println(f.Get(90), f.computed) // 2880067194370816120 91
}
