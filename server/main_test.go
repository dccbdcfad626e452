package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/seed"
	"github.com/peacegraph/peacegraph/server/httpapi"
)

// The HTTP API's own behaviour is tested in server/httpapi over both backends; this package
// only wires, so its tests check the wiring: configuration, the command line, Main.

func memoryHandler(t *testing.T) http.Handler {
	t.Helper()
	ds, err := seed.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	s, err := memory.New(ds)
	if err != nil {
		t.Fatal(err)
	}
	h, err := httpapi.New(s, httpapi.Config{}, slogDiscard())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestMain_RunClose: Main serves the embedded dataset on a free port, and Close stops it; a
// second Close is harmless, and a Main whose Run failed can be closed too.
func TestMain_RunClose(t *testing.T) {
	m := NewMain(io.Discard)
	if err := m.ParseFlags(context.Background(), []string{"-addr", "127.0.0.1:0"}, func(string) string { return "" }); err != nil {
		t.Fatal(err)
	}
	m.Log = slogDiscard()
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	addr := m.Addr()
	resp, err := http.Get("http://" + addr + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/readyz = %d", resp.StatusCode)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if err := m.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := http.Get("http://" + addr + "/readyz"); err == nil {
		t.Error("still serving after Close")
	}

	// The same address twice: the second Run fails to listen and Close cleans up.
	m2 := NewMain(io.Discard)
	m2.Log = slogDiscard()
	busy := NewMain(io.Discard)
	busy.Log = slogDiscard()
	busy.Config.Addr = "127.0.0.1:0"
	if err := busy.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = busy.Close() }()
	m2.Config.Addr = busy.Addr()
	if err := m2.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "listen") {
		t.Errorf("Run on a busy address = %v, want a listen error", err)
	}
	if err := m2.Close(); err != nil {
		t.Errorf("Close after a failed Run: %v", err)
	}
}

func TestParseFlagsRejectsArguments(t *testing.T) {
	m := NewMain(io.Discard)
	if err := m.ParseFlags(context.Background(), []string{"stray"}, func(string) string { return "" }); err == nil {
		t.Error("a stray argument was accepted")
	}
	if err := m.Close(); err != nil {
		t.Errorf("Close after failed ParseFlags: %v", err)
	}
}

func TestHealthcheckCommand(t *testing.T) {
	srv := httptest.NewServer(memoryHandler(t))
	defer srv.Close()
	var out, errb bytes.Buffer
	if code := run([]string{"healthcheck", "-url", srv.URL + "/readyz"}, &out, &errb); code != 0 {
		t.Errorf("healthcheck = %d (%s %s), want 0", code, out.String(), errb.String())
	}
	if code := run([]string{"healthcheck", "-url", srv.URL + "/nope"}, &out, &errb); code != 1 {
		t.Errorf("healthcheck of a 404 = %d, want 1", code)
	}
}

// TestConfigFromEnv: every limit and switch is read from the environment, bad values are
// refused by name, and unset ones keep their defaults.
func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		env     map[string]string
		check   func(Config) bool
		wantErr string
	}{
		{nil, func(c Config) bool {
			return c.Limits == httpapi.DefaultLimits && c.HTTP.CacheMaxAge == time.Minute && len(c.HTTP.CORSOrigins) == 1 && c.HTTP.CORSOrigins[0] == "*" && !c.LogVariables
		}, ""},
		{map[string]string{"PEACEGRAPH_MAX_DEPTH": "7", "PEACEGRAPH_MAX_ALIASES": "3", "PEACEGRAPH_MAX_COMPLEXITY": "99",
			"PEACEGRAPH_MAX_QUERY_BYTES": "1000", "PEACEGRAPH_MAX_BODY_BYTES": "5000", "PEACEGRAPH_MAX_FIRST": "20"},
			func(c Config) bool {
				l := c.Limits
				return l.MaxDepth == 7 && l.MaxAliases == 3 && l.MaxComplexity == 99 && l.MaxQueryBytes == 1000 && l.MaxBodyBytes == 5000 && l.MaxFirst == 20
			}, ""},
		{map[string]string{"PEACEGRAPH_INTROSPECTION": "false", "PEACEGRAPH_LOG_VARIABLES": "true", "PEACEGRAPH_REQUEST_TIMEOUT": "2s"},
			func(c Config) bool {
				return c.Limits.DisableIntrospection && c.LogVariables && c.Limits.RequestTimeout == 2*time.Second
			}, ""},
		{map[string]string{"PEACEGRAPH_CACHE_MAX_AGE": "0s", "PEACEGRAPH_CORS_ORIGINS": "https://a.example, https://b.example/"},
			func(c Config) bool {
				return c.HTTP.CacheMaxAge == 0 && strings.Join(c.HTTP.CORSOrigins, " ") == "https://a.example https://b.example"
			}, ""},
		{map[string]string{"PEACEGRAPH_CORS_ORIGINS": "none"}, func(c Config) bool { return len(c.HTTP.CORSOrigins) == 0 }, ""},
		{map[string]string{"PEACEGRAPH_MAX_DEPTH": "0"}, nil, "PEACEGRAPH_MAX_DEPTH"},
		{map[string]string{"PEACEGRAPH_MAX_BODY_BYTES": "1MB"}, nil, "PEACEGRAPH_MAX_BODY_BYTES"},
		{map[string]string{"PEACEGRAPH_INTROSPECTION": "nope"}, nil, "PEACEGRAPH_INTROSPECTION"},
		{map[string]string{"PEACEGRAPH_CACHE_MAX_AGE": "-1s"}, nil, "PEACEGRAPH_CACHE_MAX_AGE"},
		{map[string]string{"PEACEGRAPH_REQUEST_TIMEOUT": "0s"}, nil, "PEACEGRAPH_REQUEST_TIMEOUT"},
	}
	for _, tt := range tests {
		c, err := ParseConfig(nil, func(k string) string { return tt.env[k] }, io.Discard)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%v: error %v, want one naming %s", tt.env, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("%v: %v", tt.env, err)
		case !tt.check(c):
			t.Errorf("%v: got %+v", tt.env, c)
		}
	}
}

func slogDiscard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
