// The Go side of serde3: a missing field keeps its zero value.
package main

import (
	"encoding/json"
	"fmt"
)

// note:begin
type ServerConfig struct {
	Host       string   `json:"host"`
	Port       int      `json:"port"` // missing: 0, not 8080 (set it before Unmarshal)
	TLS        bool     `json:"tls"`
	Tags       []string `json:"tags"`
	AdminEmail *string  `json:"admin_email,omitempty"`
}

// note:end

func main() {
	var c ServerConfig
	fmt.Println(json.Unmarshal([]byte(`{"host": "example.com"}`), &c), c.Port)
}
