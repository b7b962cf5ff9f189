package proof

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Go runs the go command (`go vet .`, `go build -gcflags=-m .`, ...) on a
// one-file program `source` in a module of its own, and returns its output
// and whether it succeeded: a test can show what the compiler, vet or escape
// analysis says about a snippet that a note only mentions.
func Go(t *testing.T, source string, args ...string) (output string, ok bool) {
	t.Helper()
	goroot := os.Getenv("GOROOT") // set by `go test`
	if goroot == "" {
		t.Skip("GOROOT is not set: run this through `go test`")
	}
	dir := t.TempDir()
	files := map[string]string{"go.mod": "module snippet\n\ngo 1.27\n", "main.go": source}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(filepath.Join(goroot, "bin", "go"), args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatalf("could not run go %v: %v", args, err)
	}
	return string(out), err == nil
}
