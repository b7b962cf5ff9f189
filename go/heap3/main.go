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
}

// note:end

func main() {
	ann := &Person{Name: "ann", Email: "ann@home.org"}
	var chess, hiking Club
	chess.Join(ann)
	hiking.Join(ann)
	chess.ChangeEmail("ann", "ann@work.com")
	fmt.Println(hiking.members[0].Email) // ann@work.com
}
