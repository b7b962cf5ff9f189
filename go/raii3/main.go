// The Go side of raii3: closing twice is a run-time error, easy to ignore.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// note:begin
func writeNotes(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if len(lines) == 0 {
		f.Close()
	}
	for _, line := range lines {
		f.WriteString(line) // the error is ignored, as it often is
	}
	return f.Close() // with no lines: closed twice, "file already closed"
}

// note:end

func main() {
	path := filepath.Join(os.TempDir(), "notes.txt")
	fmt.Println(writeNotes(path, nil))
	os.Remove(path)
}
