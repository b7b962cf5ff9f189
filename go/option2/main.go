// The Go side of option2: a nil pointer is checked at run time, if at all.
package main

import "fmt"

type Employee struct {
	ID        int
	Name      string
	ManagerID *int // nil for the CEO
}

func find(staff []Employee, id int) *Employee {
	for i := range staff {
		if staff[i].ID == id {
			return &staff[i]
		}
	}
	return nil
}

// note:begin
func managerName(staff []Employee, id int) (string, bool) {
	e := find(staff, id) // *Employee, nil when not found
	if e == nil || e.ManagerID == nil {
		return "", false
	}
	boss := find(staff, *e.ManagerID)
	return boss.Name, true // forgot the nil check: a panic at run time
}

// note:end

func main() {
	ceo := 1
	staff := []Employee{{ID: 1, Name: "Ann"}, {ID: 2, Name: "Bob", ManagerID: &ceo}}
	fmt.Println(managerName(staff, 2))
}
