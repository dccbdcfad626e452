package httpapi

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"testing"
	"time"
)

func apqExtension(query string) string {
	sum := sha256.Sum256([]byte(query))
	return `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
}

// TestPersistedQueryCaching: a query registered once is fetched by hash over GET, short and
// cacheable; the second fetch with If-None-Match is a 304 without a body.
func TestPersistedQueryCaching(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	const query = `query Japan { country(iso3: "JPN") { name safeguards { title } } }`
	ext := apqExtension(query)

	// Unknown hash: the client is told to send the query (Apollo's protocol).
	r := send(t, h, "GET", gqlURL("", "extensions", ext), "")
	if r.code() != "PERSISTED_QUERY_NOT_FOUND" || r.Status != 200 {
		t.Fatalf("unregistered hash: %d %s", r.Status, r.Body)
	}
	if r.Header.Get("ETag") != "" || r.Header.Get("Cache-Control") != "" {
		t.Error("an error response must not carry caching headers")
	}
	// Register it, by POST with the query and its hash: no caching headers on POST.
	r = send(t, h, "POST", "/graphql", `{"query":`+jsonBody(t, query)+`,"extensions":`+ext+`}`, "Content-Type", "application/json")
	if r.Status != 200 || len(r.Errors) > 0 {
		t.Fatalf("register: %d %s", r.Status, r.Body)
	}
	if r.Header.Get("ETag") != "" || r.Header.Get("Cache-Control") != "" {
		t.Error("a POST response must not carry caching headers")
	}

	url := gqlURL("", "extensions", ext, "operationName", "Japan")
	first := send(t, h, "GET", url, "")
	etag := first.Header.Get("ETag")
	if first.Status != 200 || !strings.Contains(string(first.Data), "Japan") {
		t.Fatalf("GET by hash: %d %s", first.Status, first.Body)
	}
	if !strings.HasPrefix(etag, `"`) || strings.HasPrefix(etag, "W/") || first.Header.Get("Cache-Control") != "public, max-age=60" {
		t.Errorf("want a strong ETag and public, max-age=60; got %q and %q", etag, first.Header.Get("Cache-Control"))
	}
	second := send(t, h, "GET", url, "", "If-None-Match", etag)
	if second.Status != http.StatusNotModified || len(second.Body) != 0 || second.Header.Get("ETag") != etag {
		t.Errorf("If-None-Match: %d, ETag %q, body %q", second.Status, second.Header.Get("ETag"), second.Body)
	}
	if other := send(t, h, "GET", url, "", "If-None-Match", `"something-else", W/`+etag); other.Status != http.StatusNotModified {
		t.Errorf("If-None-Match with a list (weak comparison): %d", other.Status)
	}
	if stale := send(t, h, "GET", url, "", "If-None-Match", `"stale"`); stale.Status != 200 || stale.Header.Get("ETag") != etag {
		t.Errorf("a stale ETag gets the body again: %d", stale.Status)
	}
	// The same query by text gives the same bytes, so the same ETag.
	if byText := send(t, h, "GET", gqlURL(query), ""); byText.Header.Get("ETag") != etag {
		t.Errorf("ETag by text %q, by hash %q", byText.Header.Get("ETag"), etag)
	}
	// A hash that does not match its query is refused.
	if bad := send(t, h, "GET", gqlURL(`{ datasetInfo { version } }`, "extensions", ext), ""); bad.Status != 200 || bad.code() != "BAD_USER_INPUT" {
		t.Errorf("mismatched hash: %d %s", bad.Status, bad.Body)
	}
	// A GET with errors (even with data) is not cacheable.
	partial := send(t, h, "GET", gqlURL(`{ country(iso3: "MEX") { deployments(after: "bogus") { totalCount } } }`), "")
	if partial.Status != 200 || len(partial.Errors) == 0 || partial.Header.Get("ETag") != "" || partial.Header.Get("Cache-Control") != "" {
		t.Errorf("partial response: %d ETag %q Cache-Control %q", partial.Status, partial.Header.Get("ETag"), partial.Header.Get("Cache-Control"))
	}
}

// TestCacheMaxAge: the max-age is configurable, and 0 means revalidate every time.
func TestCacheMaxAge(t *testing.T) {
	for _, tt := range []struct {
		maxAge time.Duration
		want   string
	}{{5 * time.Minute, "public, max-age=300"}, {0, "no-cache"}} {
		h, err := New(memoryBackend(t).store, Config{HTTP: HTTPConfig{CacheMaxAge: tt.maxAge}}, quietLog())
		if err != nil {
			t.Fatal(err)
		}
		if r := send(t, h, "GET", gqlURL(`{ datasetInfo { version } }`), ""); r.Header.Get("Cache-Control") != tt.want {
			t.Errorf("max age %v: Cache-Control %q, want %q", tt.maxAge, r.Header.Get("Cache-Control"), tt.want)
		}
	}
}

// TestCORS: any origin by default; a configured list admits only its origins; preflights are
// answered for GET, POST and OPTIONS.
func TestCORS(t *testing.T) {
	store := memoryBackend(t).store
	open := newTestHandler(t, store)
	listed, err := New(store, Config{HTTP: HTTPConfig{CORSOrigins: []string{"https://dash.example"}}}, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	preflight := []string{"Origin", "https://dash.example", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"}
	tests := []struct {
		name        string
		h           http.Handler
		method      string
		target      string
		headers     []string
		wantStatus  int
		wantOrigin  string
		wantMethods string
	}{
		{"simple GET, any origin", open, "GET", gqlURL(`{ datasetInfo { version } }`), []string{"Origin", "https://anywhere.example"}, 200, "*", ""},
		{"preflight, any origin", open, "OPTIONS", "/graphql", preflight, 204, "*", "GET, POST, OPTIONS"},
		{"export GET, any origin", open, "GET", "/export/missions.csv", []string{"Origin", "https://anywhere.example"}, 200, "*", ""},
		{"listed origin", listed, "GET", gqlURL(`{ datasetInfo { version } }`), []string{"Origin", "https://dash.example"}, 200, "https://dash.example", ""},
		{"listed origin, preflight", listed, "OPTIONS", "/graphql", preflight, 204, "https://dash.example", "GET, POST, OPTIONS"},
		{"other origin", listed, "GET", gqlURL(`{ datasetInfo { version } }`), []string{"Origin", "https://evil.example"}, 200, "", ""},
		{"other origin, preflight", listed, "OPTIONS", "/graphql", []string{"Origin", "https://evil.example", "Access-Control-Request-Method", "POST"}, 204, "", ""},
		{"no origin", open, "GET", gqlURL(`{ datasetInfo { version } }`), nil, 200, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := send(t, tt.h, tt.method, tt.target, "", tt.headers...)
			if r.Status != tt.wantStatus {
				t.Errorf("status %d, want %d", r.Status, tt.wantStatus)
			}
			if got := r.Header.Get("Access-Control-Allow-Origin"); got != tt.wantOrigin {
				t.Errorf("Allow-Origin %q, want %q", got, tt.wantOrigin)
			}
			if got := r.Header.Get("Access-Control-Allow-Methods"); got != tt.wantMethods {
				t.Errorf("Allow-Methods %q, want %q", got, tt.wantMethods)
			}
			if tt.wantMethods != "" && r.Header.Get("Access-Control-Allow-Headers") != "content-type" {
				t.Errorf("Allow-Headers %q", r.Header.Get("Access-Control-Allow-Headers"))
			}
			if tt.wantOrigin != "" && r.Header.Get("Access-Control-Allow-Credentials") != "" {
				t.Error("the API is read-only and takes no credentials")
			}
		})
	}
}
