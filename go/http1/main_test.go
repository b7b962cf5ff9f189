package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestGetUser(t *testing.T) {
	for path, want := range map[string]struct {
		status int
		body   string
	}{
		"/users/7":   {http.StatusOK, `{"id":7,"name":"John Doe"}`},
		"/users/abc": {http.StatusBadRequest, "Invalid user ID"},
		"/users":     {http.StatusNotFound, "404 page not found"},
	} {
		rec := httptest.NewRecorder()
		newMux().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != want.status || strings.TrimSpace(rec.Body.String()) != want.body {
			t.Errorf("%s: got %d %q", path, rec.Code, rec.Body.String())
		}
	}
}
