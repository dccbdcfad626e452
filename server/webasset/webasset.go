// Package webasset serves the embedded bundles of the browser applications (the playground
// and the explorer): each file with its content type, a strong ETag from its content hash,
// gzip for the clients that accept it, long caching for a URL that names the hash, and the
// headers every page and asset of this server carries; plus the per-response CSP nonce.
package webasset

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// Asset is one embedded file.
type Asset struct {
	Name        string
	ContentType string
	Body        []byte
	// Hash is a hex prefix of the SHA-256 of Body: the ETag, and the ?v= of URLs.
	Hash string
	// Immutable: the file's name carries its hash (a bundler's chunk-HASH.js), so any URL of
	// it may be cached for good.
	Immutable bool

	gzOnce sync.Once
	gz     []byte
}

// Bundle is a directory of assets by file name.
type Bundle map[string]*Asset

var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

// Entries are the files a page names (with ?v=HASH); the bundler's other outputs carry their
// hash in their names.
var Entries = []string{"app.js", "app.css"}

// MustLoad reads the .js and .css files of dir in fsys. It panics, naming owner and rebuild
// (the command that rebuilds the bundle), when the directory or an entry is missing: the
// bundle is embedded, so that is a broken build, not a runtime condition.
func MustLoad(fsys fs.FS, dir, owner, rebuild string) Bundle {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		panic(fmt.Sprintf("%s: reading embedded %s: %v", owner, dir, err))
	}
	b := make(Bundle, len(entries))
	for _, e := range entries {
		ct, ok := contentTypes[path.Ext(e.Name())]
		if e.IsDir() || !ok {
			continue
		}
		body, err := fs.ReadFile(fsys, dir+"/"+e.Name())
		if err != nil {
			panic(fmt.Sprintf("%s: reading embedded %s: %v", owner, e.Name(), err))
		}
		sum := sha256.Sum256(body)
		b[e.Name()] = &Asset{Name: e.Name(), ContentType: ct, Body: body, Hash: hex.EncodeToString(sum[:8]), Immutable: true}
	}
	for _, name := range Entries {
		if b[name] == nil {
			panic(fmt.Sprintf("%s: embedded %s/%s is missing; run `%s`", owner, dir, name, rebuild))
		}
		b[name].Immutable = false
	}
	return b
}

// URL is the asset's path under prefix, with ?v= its hash.
func (a *Asset) URL(prefix string) string { return prefix + a.Name + "?v=" + a.Hash }

// Gzipped returns the compressed body, computed on first use; nil when compression does not
// pay (under a tenth saved).
func (a *Asset) Gzipped() []byte {
	a.gzOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(a.Body)
		if zw.Close() == nil && buf.Len() < len(a.Body)*9/10 {
			a.gz = buf.Bytes()
		}
	})
	return a.gz
}

// ServeHTTP serves the asset named by the request's {file} path value; 404 for another.
func (b Bundle) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a, ok := b[r.PathValue("file")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	SecurityHeaders(h)
	h.Set("Content-Type", a.ContentType)
	if a.Immutable || r.URL.Query().Get("v") == a.Hash {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Add("Vary", "Accept-Encoding")
	body, etag := a.Body, `"`+a.Hash+`"`
	if gz := a.Gzipped(); gz != nil && AcceptsGzip(r) {
		body, etag = gz, `"`+a.Hash+`-gzip"`
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	// ServeContent answers conditional and range requests, and HEAD.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// SecurityHeaders sets the headers every page and asset carries.
func SecurityHeaders(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// NewNonce returns a fresh CSP nonce: 128 random bits, base64url-encoded (22 characters,
// nothing that HTML escaping changes).
func NewNonce() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("webasset: nonce: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// AcceptsGzip reports whether the request accepts the gzip content coding: named, with no
// q or a q above zero (q=0, q=0.0, q=0.000 refuse it).
func AcceptsGzip(r *http.Request) bool {
	for _, v := range r.Header.Values("Accept-Encoding") {
		for _, part := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
				continue
			}
			params = strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			if params == "" {
				return true
			}
			q, ok := strings.CutPrefix(strings.ToLower(params), "q=")
			return !ok || strings.TrimRight(q, "0.") != ""
		}
	}
	return false
}
