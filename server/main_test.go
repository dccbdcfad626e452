package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
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
		{nil, func(c Config) bool { return c.Server == DefaultServerTimeouts }, ""},
		{map[string]string{"PEACEGRAPH_READ_HEADER_TIMEOUT": "2s", "PEACEGRAPH_READ_TIMEOUT": "5s", "PEACEGRAPH_WRITE_TIMEOUT": "40s",
			"PEACEGRAPH_IDLE_TIMEOUT": "7s", "PEACEGRAPH_MAX_HEADER_BYTES": "4096"},
			func(c Config) bool {
				return c.Server == ServerTimeouts{ReadHeader: 2 * time.Second, Read: 5 * time.Second, Write: 40 * time.Second, Idle: 7 * time.Second, MaxHeaderBytes: 4096}
			}, ""},
		{map[string]string{"PEACEGRAPH_READ_TIMEOUT": "0s"}, nil, "PEACEGRAPH_READ_TIMEOUT"},
		{map[string]string{"PEACEGRAPH_MAX_HEADER_BYTES": "-1"}, nil, "PEACEGRAPH_MAX_HEADER_BYTES"},
		{map[string]string{"PEACEGRAPH_WRITE_TIMEOUT": "10s"}, nil, "PEACEGRAPH_WRITE_TIMEOUT"}, // not longer than the request timeout
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

// TestSlowClientCutOff: the server's own timeouts are applied (issue 14: none were, and 1,000
// connections sending a byte every 10 s stayed open). A client that never finishes its headers
// is disconnected after PEACEGRAPH_READ_HEADER_TIMEOUT; one whose headers exceed
// PEACEGRAPH_MAX_HEADER_BYTES gets 431.
func TestSlowClientCutOff(t *testing.T) {
	env := map[string]string{"PEACEGRAPH_READ_HEADER_TIMEOUT": "300ms", "PEACEGRAPH_MAX_HEADER_BYTES": "4096"}
	m := NewMain(io.Discard)
	if err := m.ParseFlags(context.Background(), []string{"-addr", "127.0.0.1:0"}, func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	m.Log = slogDiscard()
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = m.Close() }()

	conn, err := net.Dial("tcp", m.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close() }()
	if _, err := conn.Write([]byte("GET /healthz HTTP/1.1\r\nHost: x\r\n")); err != nil { // headers never end
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	// ReadAll returns nil when the server closes the connection, a timeout error if it never does.
	if _, err := io.ReadAll(conn); err != nil {
		t.Fatalf("the server did not close a connection whose headers never ended: %v", err)
	}

	req, _ := http.NewRequest(http.MethodGet, "http://"+m.Addr()+"/healthz", nil)
	req.Header.Set("X-Big", strings.Repeat("a", 8192))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("8 KiB of headers with a 4 KiB limit: %d, want 431", resp.StatusCode)
	}
}
