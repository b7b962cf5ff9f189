// The Go side of serde4: one JSON record per line, errors with line numbers.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Record struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func parseLines(input string) ([]Record, error) {
	var records []Record
	// note:begin
	for i, line := range strings.Split(input, "\n") {
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		records = append(records, r)
	}
	// note:end
	return records, nil
}

func main() {
	fmt.Println(parseLines("{\"id\": 1, \"name\": \"a\"}\nnot json"))
}
