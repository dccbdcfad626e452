package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	want := `{"data":{"mission":{"acronym":"MINUSTAH"}}}`
	if err := os.WriteFile(filepath.Join(dir, "1-lookup.json"), []byte(want), 0o600); err != nil {
		t.Fatal(err)
	}
	answers, err := load(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler(answers))
	defer srv.Close()

	tests := []struct {
		name, method, path string
		status             int
		body               string
	}{
		{"shape", http.MethodPost, "/1-lookup", http.StatusOK, want},
		{"unknown shape", http.MethodPost, "/2-nope", http.StatusNotFound, "no such shape\n"},
		{"GET", http.MethodGet, "/1-lookup", http.StatusMethodNotAllowed, "POST only\n"},
		{"ready", http.MethodGet, "/readyz", http.StatusOK, `{"status":"ready"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(`{"query":"{ x }"}`))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			got, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status || string(got) != tt.body {
				t.Errorf("%s %s = %d %q, want %d %q", tt.method, tt.path, resp.StatusCode, got, tt.status, tt.body)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	if _, err := load(t.TempDir()); err == nil {
		t.Error("load of an empty folder: want an error")
	}
	if _, err := load(""); err == nil {
		t.Error("load without -dir: want an error")
	}
}
