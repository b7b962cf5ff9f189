package main

import "testing"

func TestSettings(t *testing.T) {
	cases := []struct {
		cfg  map[string]string
		port int
		user string
	}{
		{map[string]string{}, 8080, "stranger"},
		{map[string]string{"port": "8000", "user": "Ann"}, 8000, "Ann"},
		{map[string]string{"port": "99999", "user": ""}, 8080, ""}, // present but empty
		{map[string]string{"port": "abc"}, 8080, "stranger"},
	}
	for _, c := range cases {
		port, user := settings(c.cfg)
		if port != c.port || user != c.user {
			t.Errorf("settings(%v) = %d, %q; want %d, %q", c.cfg, port, user, c.port, c.user)
		}
	}
}
