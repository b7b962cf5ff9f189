// The Go side of serde2: field names come from struct tags.
package main

import (
	"encoding/json"
	"fmt"
)

// note:begin
type Account struct {
	UserID      int    `json:"userId"`
	DisplayName string `json:"displayName"`
	IsActive    bool   `json:"isActive"`
	Kind        string `json:"type"`
}

// Go also matches "userid" or "USERID" case-insensitively; serde does not.
// note:end

func main() {
	var a Account
	err := json.Unmarshal([]byte(`{"userId": 1, "displayName": "Ann", "isActive": true, "type": "admin"}`), &a)
	fmt.Println(a, err)
}
