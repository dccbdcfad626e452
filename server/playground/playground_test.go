package playground

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

var testExamples = []Example{
	{Name: "Missions", Query: "query Missions { missions { id name } }"},
	{
		Name:      `Tricky </script><script>alert(1)</script> & "quotes"`,
		Query:     "query Tricky($q: String!) { search(q: $q) { id } } # </script><!--",
		Variables: `{"q": "</SCRIPT><img src=x onerror=alert(1)>"}`,
	},
}

func serve(t *testing.T, h http.Handler, method, target string, header http.Header) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, vs := range header {
		req.Header[k] = vs
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var configBlock = regexp.MustCompile(`(?s)<script id="playground-config" type="application/json" nonce="([^"]*)">(.*?)</script>`)

func TestPageEmbedsExamplesSafely(t *testing.T) {
	h := Handler(Config{Title: `Peace <b>"graph"</b>`, Endpoint: `/graphql?x="><script>`, Examples: testExamples})
	resp := serve(t, h, http.MethodGet, "/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d", resp.StatusCode)
	}
	page := body(t, resp)

	// The only script elements are the config block and the bundle: no
	// example text may open or close one.
	if got := strings.Count(strings.ToLower(page), "<script"); got != 2 {
		t.Errorf("page has %d <script tags, want 2:\n%s", got, page)
	}
	if got := strings.Count(strings.ToLower(page), "</script"); got != 2 {
		t.Errorf("page has %d </script tags, want 2:\n%s", got, page)
	}
	for _, bad := range []string{"<img", "<!--", "<b>", `"><script>`} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains unescaped %q:\n%s", bad, page)
		}
	}

	m := configBlock.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no #playground-config block in page:\n%s", page)
	}
	var cfg struct {
		Examples []Example `json:"examples"`
	}
	if err := json.Unmarshal([]byte(m[2]), &cfg); err != nil {
		t.Fatalf("config block is not JSON: %v\n%s", err, m[2])
	}
	if len(cfg.Examples) != len(testExamples) {
		t.Fatalf("config has %d examples, want %d", len(cfg.Examples), len(testExamples))
	}
	for i, want := range testExamples {
		if cfg.Examples[i] != want {
			t.Errorf("example %d round-trips to %+v, want %+v", i, cfg.Examples[i], want)
		}
	}

	tests := []struct {
		name, want string
	}{
		{"title", `<title>Peace &lt;b&gt;&#34;graph&#34;&lt;/b&gt;</title>`},
		{"endpoint attribute", `data-endpoint="/graphql?x=&#34;&gt;&lt;script&gt;"`},
		{"stylesheet", `<link rel="stylesheet" href="/playground/app.css?v=` + assets["app.css"].Hash + `">`},
		{"script", `<script src="/playground/app.js?v=` + assets["app.js"].Hash + `" defer></script>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(page, tt.want) {
				t.Errorf("page lacks %s\n%s", tt.want, page)
			}
		})
	}
}

func TestPageDefaults(t *testing.T) {
	page := body(t, serve(t, Handler(Config{}), http.MethodGet, "/", nil))
	for _, want := range []string{
		"<title>" + DefaultTitle + "</title>",
		`data-endpoint="` + DefaultEndpoint + `"`,
		`{"examples":[]}`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s\n%s", want, page)
		}
	}
}

func TestBasePath(t *testing.T) {
	for _, base := range []string{"/api", "/api/", "api"} {
		page := body(t, serve(t, Handler(Config{BasePath: base}), http.MethodGet, "/", nil))
		if !strings.Contains(page, `src="/api/playground/app.js?v=`) || !strings.Contains(page, `href="/api/playground/app.css?v=`) {
			t.Errorf("BasePath %q: assets not under /api/playground/:\n%s", base, page)
		}
	}
}

func TestRoutes(t *testing.T) {
	h := Handler(Config{Examples: testExamples})
	jsV := "?v=" + assets["app.js"].Hash
	cssV := "?v=" + assets["app.css"].Hash
	const immutable = "public, max-age=31536000, immutable"
	tests := []struct {
		name         string
		method       string
		target       string
		wantStatus   int
		wantType     string
		wantCache    string
		wantBodyHas  string
		wantNoBody   bool
		wantCSP      bool
		acceptGzip   bool
		wantEncoding string
	}{
		{name: "page", method: "GET", target: "/", wantStatus: 200, wantType: "text/html; charset=utf-8", wantCache: "no-store", wantBodyHas: "<!doctype html>", wantCSP: true},
		{name: "page HEAD", method: "HEAD", target: "/", wantStatus: 200, wantType: "text/html; charset=utf-8", wantCache: "no-store", wantNoBody: true, wantCSP: true},
		{name: "js", method: "GET", target: "/playground/app.js" + jsV, wantStatus: 200, wantType: "text/javascript; charset=utf-8", wantCache: immutable},
		{name: "css", method: "GET", target: "/playground/app.css" + cssV, wantStatus: 200, wantType: "text/css; charset=utf-8", wantCache: immutable, wantBodyHas: ".graphiql-container"},
		{name: "js gzip", method: "GET", target: "/playground/app.js" + jsV, acceptGzip: true, wantStatus: 200, wantType: "text/javascript; charset=utf-8", wantCache: immutable, wantEncoding: "gzip"},
		{name: "js without hash is not cached for long", method: "GET", target: "/playground/app.js", wantStatus: 200, wantType: "text/javascript; charset=utf-8", wantCache: "no-cache"},
		{name: "css with stale hash is not cached for long", method: "GET", target: "/playground/app.css?v=0123456789abcdef", wantStatus: 200, wantType: "text/css; charset=utf-8", wantCache: "no-cache"},
		{name: "unknown asset", method: "GET", target: "/playground/app.js.map", wantStatus: 404},
		{name: "unknown asset 2", method: "GET", target: "/playground/index.html", wantStatus: 404},
		{name: "nested asset path", method: "GET", target: "/playground/dist/app.js", wantStatus: 404},
		// The mux cleans the path and redirects (to /playground.go, a 404).
		{name: "traversal", method: "GET", target: "/playground/../playground.go", wantStatus: 307},
		{name: "asset dir", method: "GET", target: "/playground/", wantStatus: 404},
		{name: "other path", method: "GET", target: "/index.html", wantStatus: 404},
		{name: "POST page", method: "POST", target: "/", wantStatus: 405},
		{name: "DELETE asset", method: "DELETE", target: "/playground/app.js", wantStatus: 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := http.Header{}
			if tt.acceptGzip {
				header.Set("Accept-Encoding", "br, gzip;q=0.8")
			}
			resp := serve(t, h, tt.method, tt.target, header)
			b := body(t, resp)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("%s %s = %d, want %d", tt.method, tt.target, resp.StatusCode, tt.wantStatus)
			}
			if tt.wantStatus != 200 {
				return
			}
			if got := resp.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
			}
			if tt.wantCache != "" {
				if got := resp.Header.Get("Cache-Control"); got != tt.wantCache {
					t.Errorf("Cache-Control = %q, want %q", got, tt.wantCache)
				}
			}
			if got := resp.Header.Get("Content-Security-Policy"); tt.wantCSP && !cspPattern.MatchString(got) {
				t.Errorf("Content-Security-Policy = %q, want %s", got, cspPattern)
			} else if !tt.wantCSP && got != "" {
				t.Errorf("asset has Content-Security-Policy %q", got)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.wantEncoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.wantEncoding)
			}
			if tt.wantEncoding == "gzip" {
				zr, err := gzip.NewReader(strings.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				plain, err := io.ReadAll(zr)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(plain, assets["app.js"].Body) {
					t.Error("gzip body does not decompress to app.js")
				}
			}
			if tt.wantNoBody && b != "" {
				t.Errorf("HEAD returned a body of %d bytes", len(b))
			}
			if tt.wantBodyHas != "" && !strings.Contains(b, tt.wantBodyHas) {
				t.Errorf("body lacks %q", tt.wantBodyHas)
			}
		})
	}
}

func TestAssetETag(t *testing.T) {
	h := Handler(Config{})
	target := "/playground/app.css?v=" + assets["app.css"].Hash
	resp := serve(t, h, "GET", target, nil)
	etag := resp.Header.Get("ETag")
	if etag != `"`+assets["app.css"].Hash+`"` {
		t.Fatalf("ETag = %q", etag)
	}
	resp = serve(t, h, "GET", target, http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET = %d, want 304", resp.StatusCode)
	}
}

// cspPattern matches ContentSecurityPolicy(nonce) for any nonce.
var cspPattern = regexp.MustCompile("^" + strings.Replace(regexp.QuoteMeta(ContentSecurityPolicy("NONCE")), "NONCE", "[A-Za-z0-9_-]{22}", 1) + "$")

func TestContentSecurityPolicy(t *testing.T) {
	tests := []struct {
		endpoint, wantConnect string
	}{
		{"/graphql", "connect-src 'self';"},
		{"graphql", "connect-src 'self';"},
		{"https://api.example.org/graphql", "connect-src 'self' https://api.example.org;"},
		{"http://localhost:8080/query", "connect-src 'self' http://localhost:8080;"},
		{"javascript:alert(1)", "connect-src 'self';"},
	}
	for _, tt := range tests {
		t.Run(tt.endpoint, func(t *testing.T) {
			h := Handler(Config{Endpoint: tt.endpoint})
			nonces := map[string]bool{}
			for range 3 {
				resp := serve(t, h, "GET", "/", nil)
				csp := resp.Header.Get("Content-Security-Policy")
				if !strings.Contains(csp, tt.wantConnect) {
					t.Errorf("CSP %q lacks %q", csp, tt.wantConnect)
				}
				for _, directive := range []string{"default-src 'none';", "script-src 'self';", "font-src 'self' data:;", "img-src 'self' data:;", "base-uri 'none';", "frame-ancestors 'none'"} {
					if !strings.Contains(csp, directive) {
						t.Errorf("CSP %q lacks %q", csp, directive)
					}
				}
				if strings.Contains(csp, "unsafe") {
					t.Errorf("CSP %q allows unsafe sources", csp)
				}
				// The page's nonce is the one in style-src, and new each time.
				m := configBlock.FindStringSubmatch(body(t, resp))
				if m == nil {
					t.Fatal("no #playground-config block with a nonce")
				}
				if want := "style-src 'self' 'nonce-" + m[1] + "';"; !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %q", csp, want)
				}
				if nonces[m[1]] {
					t.Errorf("nonce %q served twice", m[1])
				}
				nonces[m[1]] = true
			}
		})
	}
}

// TestBundleIsSelfContained checks that the embedded bundle loads nothing
// from another origin: no remote @import or url() in the CSS, no font or CDN
// host in the JS.
func TestBundleIsSelfContained(t *testing.T) {
	css := string(assets["app.css"].Body)
	if m := regexp.MustCompile(`(?i)(@import|url\()\s*["']?\s*(https?:)?//`).FindAllString(css, -1); m != nil {
		t.Errorf("app.css references remote resources: %q", m)
	}
	js := string(assets["app.js"].Body)
	if m := regexp.MustCompile(`(?i)//(fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|esm\.sh)`).FindAllString(js, -1); m != nil {
		t.Errorf("app.js references font/CDN hosts: %q", m)
	}
	if strings.Contains(js, "sourceMappingURL") || strings.Contains(css, "sourceMappingURL") {
		t.Error("bundle references a source map")
	}
}
