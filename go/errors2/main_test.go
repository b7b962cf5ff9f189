package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLoadSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.conf")
	if err := os.WriteFile(path, []byte("# comment\nport = 80\n\nname=web\nnoise\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var settings []Setting
	if err := loadSettings(path, &settings); err != nil || len(settings) != 2 || settings[1] != (Setting{"name", "web"}) {
		t.Fatalf("got %v, %v", settings, err)
	}
	if err := loadSettings(filepath.Join(t.TempDir(), "missing"), &settings); err == nil {
		t.Fatal("want an error for a missing file")
	}
}
