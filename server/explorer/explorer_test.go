package explorer

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, target string, hdr map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestRoutes(t *testing.T) {
	h := Handler(Config{})
	tests := []struct {
		method, target string
		status         int
		contentType    string
	}{
		{"GET", "/explore", 200, "text/html"},
		{"GET", "/explore/", 200, "text/html"},
		{"GET", "/explore/timeline?countries=JPN", 200, "text/html"},
		{"GET", "/explore/mission:minustah", 200, "text/html"},
		{"HEAD", "/explore/personnel", 200, "text/html"},
		{"GET", "/explore/assets/app.js", 200, "text/javascript"},
		{"GET", "/explore/assets/app.css", 200, "text/css"},
		{"GET", "/explore/assets/nope.js", 404, ""},
		{"POST", "/explore", 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			res := get(t, h, tt.method, tt.target, nil)
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.status)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %q", ct, tt.contentType)
			}
		})
	}
}

var nonceRE = regexp.MustCompile(`id="explorer-config" type="application/json" nonce="([A-Za-z0-9_-]{22})">`)

func TestPage(t *testing.T) {
	h := Handler(Config{Endpoint: "/graphql", Playground: "/"})
	res := get(t, h, "GET", "/explore/compare", nil)
	b, _ := io.ReadAll(res.Body)
	page := string(b)
	m := nonceRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no config block with a nonce:\n%s", page)
	}
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "'nonce-"+m[1]+"'") || !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("CSP %q does not carry the page's nonce %s or is not same-origin", csp, m[1])
	}
	if res.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("page Cache-Control %q, want no-store (per-response nonce)", res.Header.Get("Cache-Control"))
	}
	if !strings.Contains(page, `"endpoint":"/graphql"`) || !strings.Contains(page, `"base":"/explore"`) {
		t.Errorf("config block lacks the endpoint or base:\n%s", page)
	}
	// Asset URLs carry the content hash: immutable when v matches.
	js := regexp.MustCompile(`src="(/explore/assets/app\.js\?v=[0-9a-f]+)"`).FindStringSubmatch(page)
	if js == nil {
		t.Fatal("no versioned app.js in the page")
	}
	if cc := get(t, h, "GET", js[1], nil).Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("versioned app.js Cache-Control %q, want immutable", cc)
	}
	if cc := get(t, h, "GET", "/explore/assets/app.js", nil).Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("unversioned app.js Cache-Control %q, want no-cache", cc)
	}
	second := nonceRE.FindStringSubmatch(func() string { b, _ := io.ReadAll(get(t, h, "GET", "/explore", nil).Body); return string(b) }())
	if second == nil || second[1] == m[1] {
		t.Error("two responses share a nonce")
	}
}

func TestAssetsGzipAndChunks(t *testing.T) {
	h := Handler(Config{})
	res := get(t, h, "GET", "/explore/assets/app.js", map[string]string{"Accept-Encoding": "gzip"})
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("app.js not gzip-encoded for a gzip client")
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(zr)
	if string(body) != string(assets["app.js"].Body) {
		t.Error("gzip body does not decode to app.js")
	}
	// Every chunk app.js imports is served, immutably (its name is its hash).
	for _, m := range regexp.MustCompile(`"\./(chunk-[A-Z0-9]+\.js)"`).FindAllStringSubmatch(string(body), -1) {
		r := get(t, h, "GET", "/explore/assets/"+m[1], nil)
		if r.StatusCode != 200 || !strings.Contains(r.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: %d %q", m[1], r.StatusCode, r.Header.Get("Cache-Control"))
		}
	}
	if get(t, h, "GET", "/explore/assets/app.js", map[string]string{"Accept-Encoding": "gzip;q=0"}).Header.Get("Content-Encoding") != "" {
		t.Error("gzip sent to a client that refuses it (q=0)")
	}
}
