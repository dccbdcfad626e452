package webasset

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"br, gzip", true},
		{"GZIP;q=0.5", true},
		{"gzip;q=1.0", true},
		{"gzip;q=0.001", true},
		{"gzip;q=0", false},
		{"gzip; q=0.0", false},
		{"gzip;q=0.000", false},
		{"deflate, br", false},
		{"x-gzip", false},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", "/", nil)
		if tt.header != "" {
			req.Header.Set("Accept-Encoding", tt.header)
		}
		if got := AcceptsGzip(req); got != tt.want {
			t.Errorf("AcceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestBundle(t *testing.T) {
	big := strings.Repeat("console.log('peacegraph');\n", 200)
	b := MustLoad(fstest.MapFS{
		"dist/app.js":          {Data: []byte(big)},
		"dist/app.css":         {Data: []byte("body{}")},
		"dist/chunk-ABCDEF.js": {Data: []byte(big + "//")},
		"dist/notes.txt":       {Data: []byte("not served")},
	}, "dist", "test", "make bundle")
	if len(b) != 3 || b["notes.txt"] != nil {
		t.Fatalf("bundle = %v, want app.js, app.css and the chunk", b)
	}
	serve := func(name, query, enc string) *httptest.ResponseRecorder {
		t.Helper()
		mux := http.NewServeMux()
		mux.Handle("GET /a/{file}", b)
		req := httptest.NewRequest("GET", "/a/"+name+query, nil)
		if enc != "" {
			req.Header.Set("Accept-Encoding", enc)
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		return rec
	}
	tests := []struct {
		name, file, query, enc       string
		status                       int
		cache, encoding, contentType string
	}{
		{"entry without its hash", "app.js", "", "", 200, "no-cache", "", "text/javascript; charset=utf-8"},
		{"entry with its hash", "app.js", "?v=" + b["app.js"].Hash, "gzip", 200, "public, max-age=31536000, immutable", "gzip", "text/javascript; charset=utf-8"},
		{"entry with a stale hash", "app.css", "?v=0000", "", 200, "no-cache", "", "text/css; charset=utf-8"},
		{"hashed chunk", "chunk-ABCDEF.js", "", "br", 200, "public, max-age=31536000, immutable", "", "text/javascript; charset=utf-8"},
		{"small file: gzip does not pay", "app.css", "", "gzip", 200, "no-cache", "", "text/css; charset=utf-8"},
		{"unknown", "nope.js", "", "", 404, "", "", "text/plain; charset=utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := serve(tt.file, tt.query, tt.enc)
			h := rec.Header()
			if rec.Code != tt.status || h.Get("Content-Encoding") != tt.encoding || h.Get("Content-Type") != tt.contentType {
				t.Fatalf("status %d, encoding %q, type %q", rec.Code, h.Get("Content-Encoding"), h.Get("Content-Type"))
			}
			if tt.status != 200 {
				return
			}
			if h.Get("Cache-Control") != tt.cache || h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Vary") != "Accept-Encoding" {
				t.Errorf("headers %v", h)
			}
			wantTag := `"` + b[tt.file].Hash + `"`
			if tt.encoding == "gzip" {
				wantTag = `"` + b[tt.file].Hash + `-gzip"`
			}
			if h.Get("ETag") != wantTag {
				t.Errorf("ETag %q, want %q", h.Get("ETag"), wantTag)
			}
		})
	}
	// A conditional request with the ETag gets 304.
	mux := http.NewServeMux()
	mux.Handle("GET /a/{file}", b)
	req := httptest.NewRequest("GET", "/a/app.js", nil)
	req.Header.Set("If-None-Match", `"`+b["app.js"].Hash+`"`)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: %d, want 304", rec.Code)
	}
}

func TestMustLoadPanicsWithoutAnEntry(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "run `make bundle`") {
			t.Errorf("recover() = %v, want a panic naming the rebuild command", r)
		}
	}()
	MustLoad(fstest.MapFS{"dist/app.js": {Data: []byte("x")}}, "dist", "test", "make bundle")
}

func TestNewNonce(t *testing.T) {
	a, errA := NewNonce()
	b, errB := NewNonce()
	if errA != nil || errB != nil || len(a) != 22 || a == b {
		t.Errorf("nonces %q, %q (%v, %v)", a, b, errA, errB)
	}
}
