// The Go side of raii3: using a closed file is a run-time error, easy to miss.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// note:begin
func save(path string, lines []string) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	if len(lines) == 0 {
		f.Close() // closed before it is removed
		os.Remove(path)
		// the missing `return 0, nil` compiles: the function runs on
	}
	for _, line := range lines {
		if _, err := fmt.Fprintln(f, line); err != nil {
			f.Close()
			return 0, err
		}
	}
	return len(lines), f.Close() // no lines: closed twice, "file already closed"
}

// note:end

func main() {
	path := filepath.Join(os.TempDir(), "notes.txt")
	fmt.Println(save(path, nil))
}
