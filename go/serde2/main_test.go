package main

import (
	"encoding/json"
	"testing"
)

func TestKeysMatchCaseInsensitively(t *testing.T) {
	var a Account
	if err := json.Unmarshal([]byte(`{"USERID": 5, "displayname": "Bo", "type": "user"}`), &a); err != nil {
		t.Fatal(err)
	}
	if a.UserID != 5 || a.DisplayName != "Bo" || a.Kind != "user" {
		t.Fatalf("got %+v", a)
	}
}
