package httpapi

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"time"
)

// HTTP caching of read-only answers (GraphQL GET responses without errors, and exports).
//
// The ETag is strong: a hash of the exact bytes, so two answers share it only when they are
// byte for byte the same, and a client that sends it back in If-None-Match gets 304 Not
// Modified with no body. The query still runs to compute it: the saving is bandwidth and the
// client's parsing, and a CDN can serve the answer for Cache-Control's max-age. POST responses
// and error responses get neither header: they may describe a passing failure.

// writeCacheable writes a 200 answer with ETag and Cache-Control; http.ServeContent answers
// If-None-Match (304 with no body), HEAD and Range from them.
func writeCacheable(w http.ResponseWriter, r *http.Request, maxAge time.Duration, contentType string, body []byte) {
	sum := sha256.Sum256(body)
	h := w.Header()
	h.Set("ETag", `"`+base64.RawURLEncoding.EncodeToString(sum[:])+`"`)
	h.Set("Cache-Control", cacheControl(maxAge))
	h.Set("Content-Type", contentType)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

func cacheControl(maxAge time.Duration) string {
	if maxAge <= 0 {
		return "no-cache" // store, but revalidate with the ETag every time
	}
	return fmt.Sprintf("public, max-age=%d", int(maxAge.Seconds()))
}
