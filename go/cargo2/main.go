// cargo2 in Go: build tags are the nearest thing to Cargo features.
package main

import (
	"encoding/json"
	"fmt"
)

type Report struct {
	Passed   int      `json:"passed"`
	Failed   int      `json:"failed"`
	Failures []string `json:"failures"`
}

// note:begin
// In a file report_json.go that starts with the build constraint
//
//	//go:build json
//
// ToJSON exists only in `go build -tags json` (or `go test -tags json`);
// without the tag, r.ToJSON is "undefined". Nothing in go.mod lists the tag
// or turns it on by default: each build command has to say it.
func (r Report) ToJSON() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// note:end

func main() {
	fmt.Println(Report{Passed: 41, Failed: 2, Failures: []string{"parses_dates"}}.ToJSON())
}
