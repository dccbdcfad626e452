package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peacegraph/peacegraph/server/apierror"
)

func stack() string { return string(debug.Stack()) }

// reqInfo is filled in as a request goes through the stack, for the access log and metrics.
type reqInfo struct {
	id        string
	operation string
	codes     []string       // extensions.code of the errors answered
	variables map[string]any // only with PEACEGRAPH_LOG_VARIABLES=true
}

type reqInfoKey struct{}

func infoOf(ctx context.Context) *reqInfo {
	if ri, ok := ctx.Value(reqInfoKey{}).(*reqInfo); ok {
		return ri
	}
	return &reqInfo{}
}

// withCORS lets browser code on the allowed origins read the API (read-only, no credentials):
// simple GETs and POSTs get Access-Control-Allow-Origin, and preflights (OPTIONS with
// Access-Control-Request-Method) are answered here with the methods GET, POST and OPTIONS and
// whatever request headers the browser asks for.
func withCORS(next http.Handler, origins []string) http.Handler {
	anyOrigin := slices.Contains(origins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if !anyOrigin && len(origins) > 0 {
			h.Add("Vary", "Origin") // the answer depends on who asks
		}
		origin := r.Header.Get("Origin")
		if origin == "" || (!anyOrigin && !slices.Contains(origins, origin)) {
			next.ServeHTTP(w, r)
			return
		}
		if anyOrigin {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		h.Set("Access-Control-Expose-Headers", "ETag, X-Request-ID")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			if rh := r.Header.Get("Access-Control-Request-Headers"); rh != "" {
				h.Set("Access-Control-Allow-Headers", rh)
			}
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status written, for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(p []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(p)
}

// withMiddleware adds request IDs, the body size limit, a per-request timeout, panic
// recovery, metrics and an access log (method, path, status, duration, operation name; the
// variables' values only with PEACEGRAPH_LOG_VARIABLES=true, since they may be private).
func withMiddleware(next http.Handler, cfg Config, m *metrics, log *slog.Logger) http.Handler {
	limits := cfg.Limits
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-ID")
		if id == "" || len(id) > 64 || strings.ContainsAny(id, "\r\n") {
			var b [8]byte
			rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-ID", id)
		ri := &reqInfo{id: id}
		ctx := context.WithValue(r.Context(), reqInfoKey{}, ri)
		if limits.RequestTimeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, limits.RequestTimeout)
			defer cancel()
		}
		if r.Body != nil && limits.MaxBodyBytes > 0 {
			r.Body = http.MaxBytesReader(w, r.Body, limits.MaxBodyBytes)
		}
		rec := &statusRecorder{ResponseWriter: w}
		req := r.WithContext(ctx) // the mux sets req.Pattern, which names the route for metrics
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				log.ErrorContext(ctx, "panic in handler", "request_id", id, "panic", p, "stack", stack())
				if rec.status == 0 {
					ri.codes = []string{apierror.Internal}
					refuse(rec, mediaJSON, apierror.Internal, "internal error")
				}
			}
			d := time.Since(start)
			m.observe(req.Pattern, ri, rec.status, d)
			attrs := []any{"request_id", id, "method", r.Method, "path", r.URL.Path,
				"status", rec.status, "duration_ms", d.Milliseconds(), "operation", truncate(ri.operation, maxLoggedOperation)}
			if len(ri.codes) > 0 {
				attrs = append(attrs, "codes", ri.codes)
			}
			if cfg.LogVariables && ri.variables != nil {
				attrs = append(attrs, "variables", ri.variables)
			}
			log.InfoContext(ctx, "request", attrs...)
		}()
		next.ServeHTTP(rec, req)
	})
}

// maxLoggedOperation bounds the operation name in the access log: a client picks it, and a
// megabyte-long name would make every log line a megabyte (issue 14).
const maxLoggedOperation = 100

// truncate cuts s to at most n bytes, on a rune boundary, marking the cut with "…".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
