package main

import "testing"

func TestWrongTypesAreErrors(t *testing.T) {
	got, err := parseRecords([]byte(`[{"id": 7, "name": "ann", "active": true}]`))
	if err != nil || len(got) != 1 || got[0] != (Record{7, "ann", true}) {
		t.Fatalf("got %v, %v", got, err)
	}
	for _, bad := range []string{
		`[{"id": "one", "name": "x", "active": true}]`,
		`[{"id": -1, "name": "x", "active": true}]`,
		`[{"id": 1, "name": "x", "active": "yes"}]`,
	} {
		if _, err := parseRecords([]byte(bad)); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}
