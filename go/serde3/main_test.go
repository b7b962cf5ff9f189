package main

import (
	"encoding/json"
	"testing"
)

func TestAMissingPortIsZero(t *testing.T) {
	input := []byte(`{"host": "example.com"}`)
	var plain ServerConfig
	if err := json.Unmarshal(input, &plain); err != nil || plain.Port != 0 || plain.Tags != nil || plain.AdminEmail != nil {
		t.Fatalf("got %+v, %v", plain, err)
	}
	withDefault := ServerConfig{Port: 8080} // set before Unmarshal: kept when missing
	if err := json.Unmarshal(input, &withDefault); err != nil || withDefault.Port != 8080 {
		t.Fatalf("got %+v, %v", withDefault, err)
	}
}
