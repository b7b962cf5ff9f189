// The Go side of errors6: a sentinel error and a nil pointer to check.
package main

import (
	"errors"
	"fmt"
)

type User struct {
	ID    int
	Name  string
	Email *string // nil when the user gave none
}

var ErrNoSuchUser = errors.New("no such user")

// note:begin
func emailOf(users []User, id int) (string, error) {
	for _, u := range users {
		if u.ID == id {
			if u.Email == nil {
				return "", fmt.Errorf("user %s has no email", u.Name)
			}
			return *u.Email, nil // forget the nil check: panic at run time
		}
	}
	return "", ErrNoSuchUser
}

// note:end

func main() {
	ann := "ann@example.com"
	users := []User{{1, "ann", &ann}, {2, "bob", nil}}
	fmt.Println(emailOf(users, 2))
}
