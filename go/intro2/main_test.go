package main

import (
	"fmt"
	"strings"
	"testing"

	"gonotes/internal/proof"
)

func TestWrongVerbsCompileAndPrintGarbage(t *testing.T) {
	format := "%d is %s" // a variable, so that vet does not see the mistake
	got := fmt.Sprintf(format, "Ann", uint32(31))
	if want := "%!d(string=Ann) is %!s(uint32=31)"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := introduce("Ann", 31); got != "Ann is 31 years old" {
		t.Fatalf("introduce: got %q", got)
	}
}

func TestVetWarns(t *testing.T) {
	out, ok := proof.Go(t, `package main

import "fmt"

func main() {
	name, age := "Ann", uint32(31)
	fmt.Println(fmt.Sprintf("%d is %s", name, age))
}
`, "vet", ".")
	if ok || !strings.Contains(out, "fmt.Sprintf format %d has arg name of wrong type string") {
		t.Fatalf("go vet said:\n%s", out)
	}
	if _, ok := proof.Go(t, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tname, age := \"Ann\", 31\n\tfmt.Println(fmt.Sprintf(\"%d is %s\", name, age))\n}\n", "build", "."); !ok {
		t.Fatal("the mistake was expected to compile")
	}
}
