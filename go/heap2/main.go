// The Go side of heap2: a recursive type holds pointers to itself.
package main

import "fmt"

// note:begin
type Node struct {
	Value       int
	Left, Right *Node // a pointer: fixed size, nil for no child
}

func (n *Node) Insert(v int) {
	switch {
	case v < n.Value && n.Left == nil:
		n.Left = &Node{Value: v}
	case v < n.Value:
		n.Left.Insert(v)
	case n.Right == nil:
		n.Right = &Node{Value: v}
	default:
		n.Right.Insert(v)
	}
}

// note:end

func (n *Node) Sorted() []int {
	if n == nil {
		return nil
	}
	return append(append(n.Left.Sorted(), n.Value), n.Right.Sorted()...)
}

func main() {
	root := &Node{Value: 5}
	for _, v := range []int{3, 8, 1, 4} {
		root.Insert(v)
	}
	fmt.Println(root.Sorted())
}
