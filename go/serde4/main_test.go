package main

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestTheErrorNamesItsLine(t *testing.T) {
	_, err := parseLines("{\"id\": 1}\n{\"id\": 2}\nnot json")
	var syntax *json.SyntaxError
	if !errors.As(err, &syntax) || err.Error()[:7] != "line 3:" {
		t.Fatalf("got %v", err)
	}
	if got, err := parseLines("{\"id\": 1, \"name\": \"a\"}"); err != nil || got[0].Name != "a" {
		t.Fatalf("got %v, %v", got, err)
	}
}
