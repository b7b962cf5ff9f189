// cargo1 in Go: JSON is in the standard library; a third-party package
// needs a require line in go.mod first.
package main

import (
	"encoding/json"
	"fmt"
)

// note:begin
// encoding/json is part of Go's standard library: no go.mod line needed.
// A third-party package is another matter:
//
//	import "github.com/tidwall/gjson"
//	// go build: no required module provides package github.com/tidwall/gjson
//
// until `go get github.com/tidwall/gjson` adds a require line to go.mod.
func profileJSON(name string, languages []string) string {
	b, _ := json.Marshal(map[string]any{"name": name, "languages": languages})
	return string(b) // {"languages":["Go","Rust"],"name":"Ann"}
}

// note:end

func main() {
	fmt.Println(profileJSON("Ann", []string{"Go", "Rust"}))
}
