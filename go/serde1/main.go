// The Go side of serde1: encoding/json decodes by reflection at run time.
package main

import (
	"encoding/json"
	"fmt"
)

// note:begin
type Record struct {
	ID     uint32 `json:"id"` // -1 does not fit: an error, as with serde
	Name   string `json:"name"`
	Active bool   `json:"active"`
}

func parseRecords(data []byte) ([]Record, error) {
	var parsed []Record
	err := json.Unmarshal(data, &parsed) // reflection walks Record at run time
	return parsed, err
}

// note:end

func main() {
	fmt.Println(parseRecords([]byte(`[{"id": 1, "name": "ann", "active": true}]`)))
}
