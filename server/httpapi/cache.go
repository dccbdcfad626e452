package httpapi

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// HTTP caching of read-only answers (GraphQL GET responses without errors, and exports).
//
// The ETag is strong: a hash of the exact bytes, so two answers share it only when they are
// byte for byte the same, and a client that sends it back in If-None-Match gets 304 Not
// Modified with no body. The query still runs to compute it: the saving is bandwidth and the
// client's parsing, and a CDN can serve the answer for Cache-Control's max-age. POST responses
// and error responses get neither header: they may describe a passing failure.

// writeCacheable writes a 200 answer with ETag and Cache-Control, or 304 when the client
// already has it.
func writeCacheable(w http.ResponseWriter, r *http.Request, maxAge time.Duration, contentType string, body []byte) {
	sum := sha256.Sum256(body)
	etag := `"` + base64.RawURLEncoding.EncodeToString(sum[:]) + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", cacheControl(maxAge))
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", contentType)
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

func cacheControl(maxAge time.Duration) string {
	if maxAge <= 0 {
		return "no-cache" // store, but revalidate with the ETag every time
	}
	return fmt.Sprintf("public, max-age=%d", int(maxAge.Seconds()))
}

// etagMatches applies If-None-Match's weak comparison (RFC 9110 §13.1.2): any listed tag
// equal to ours, ignoring W/, or "*".
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
