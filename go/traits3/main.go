// The Go side of traits3: every interface value is dynamic.
package main

import "fmt"

type (
	English struct{}
	French  struct{}
	German  struct{}
)

func (English) Greet(name string) string { return "Hello, " + name }
func (French) Greet(name string) string  { return "Bonjour, " + name }
func (German) Greet(name string) string  { return "Hallo, " + name }

// note:begin
type Greeter interface{ Greet(name string) string }

// Every Go interface value is dynamic: a type pointer plus a data pointer.
func GreeterFor(lang string) Greeter {
	switch lang {
	case "fr":
		return French{}
	case "de":
		return German{}
	}
	return English{}
}

// note:end

func main() {
	fmt.Println(GreeterFor("fr").Greet("Ann"))
}
