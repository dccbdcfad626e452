package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"path"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/gql"
	"github.com/peacegraph/peacegraph/schema"
	"github.com/peacegraph/peacegraph/server/explorer"
	"github.com/peacegraph/peacegraph/server/export"
	"github.com/peacegraph/peacegraph/server/playground"
	"github.com/vektah/gqlparser/v2/ast"
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

// newGraphQLHandler builds the gqlgen server: one transport (graphqlHTTP) and the extensions
// that protect and cache, in the order they run (see protect.go).
func newGraphQLHandler(store graph.Store, cfg Config, log *slog.Logger) http.Handler {
	limits := cfg.Limits
	es := costSchema{gql.NewExecutableSchema(gql.Config{Resolvers: &gql.Resolver{Store: store, MaxFirst: limits.MaxFirst, LoaderWait: limits.LoaderWait}})}
	srv := handler.New(es)
	srv.AddTransport(graphqlHTTP{limits: limits, http: cfg.HTTP, logVariables: cfg.LogVariables})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// Automatic persisted queries: a client sends the query's SHA-256 instead of the query,
	// so GET URLs stay short and cacheable. 1,000 queries of at most MaxQueryBytes each.
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	if limits.DisableIntrospection {
		// Without introspection, "Did you mean" suggestions would leak the schema field by field.
		srv.SetDisableSuggestion(true)
	} else {
		srv.Use(extension.Introspection{})
	}
	srv.Use(shapeRules{limits})
	srv.Use(&argumentRules{maxFirst: limits.MaxFirst})
	srv.Use(extension.FixedComplexityLimit(limits.MaxComplexity))
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(recoverPanic(log))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		name := oc.OperationName
		if name == "" && oc.Operation != nil {
			name = oc.Operation.Name
		}
		infoOf(ctx).operation = name
		return next(gql.WithLoaders(ctx, store, limits.LoaderWait))
	})
	return srv
}

// examples reads the example queries: schema/examples/*.graphql in file-name order, the first
// line "# Title" naming each.
func examples() ([]playground.Example, error) {
	names, err := fs.Glob(schema.FS, "examples/*.graphql")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []playground.Example
	for _, n := range names {
		b, err := fs.ReadFile(schema.FS, n)
		if err != nil {
			return nil, err
		}
		q := string(b)
		title := strings.TrimSuffix(path.Base(n), ".graphql")
		if first, rest, _ := strings.Cut(q, "\n"); strings.HasPrefix(first, "#") {
			// The title line names the tab; the playground writes it back as the query's
			// first line, so it is not kept twice.
			title = strings.TrimSpace(strings.TrimPrefix(first, "#"))
			q = rest
		}
		out = append(out, playground.Example{Name: title, Query: q})
	}
	return out, nil
}

// routes builds the server's handler with the default HTTP configuration (the tests' entry).
func routes(store graph.Store, limits Limits, log *slog.Logger) (http.Handler, error) {
	return newHandler(store, Config{Limits: limits, HTTP: DefaultHTTP}, log)
}

// newHandler builds the server's handler: every route behind the middleware, every store call
// through the metering decorator.
func newHandler(store graph.Store, cfg Config, log *slog.Logger) (http.Handler, error) {
	cfg.Limits = cfg.Limits.withDefaults()
	m := newMetrics(store)
	metered := meteredStore{next: store, m: m}
	mux := http.NewServeMux()
	mux.Handle("/graphql", newGraphQLHandler(metered, cfg, log))
	ex, err := examples()
	if err != nil {
		return nil, err
	}
	pg := playground.Handler(playground.Config{Title: "peacegraph", Endpoint: "/graphql", Examples: ex})
	mux.Handle("/{$}", pg)
	mux.Handle("/playground/", pg)
	mux.Handle(explorer.Path, explorer.Handler(explorer.Config{})) // also /explore/... (below)
	mux.Handle(explorer.Path+"/", explorer.Handler(explorer.Config{}))
	mux.Handle("/export", readOnly(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, export.TheIndex())
	}))
	mux.Handle("/export/{file}", readOnly(func(w http.ResponseWriter, r *http.Request) {
		res, err := export.Render(r.Context(), metered, r.PathValue("file"), r.URL.Query())
		if err != nil {
			code, msg := classify(r.Context(), err)
			if statusOf(code) >= 500 {
				log.ErrorContext(r.Context(), "export failed", "code", code, "err", err)
			}
			infoOf(r.Context()).codes = []string{code}
			refuse(w, mediaJSON, code, msg)
			return
		}
		if strings.HasPrefix(res.ContentType, "text/csv") {
			w.Header().Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": res.Filename}))
		}
		writeCacheable(w, r, cfg.HTTP.CacheMaxAge, res.ContentType, res.Body)
	}))
	mux.Handle("/metrics", m.handler())
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "reason": graph.ErrorMessage(err)})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"status": "ready"})
	})
	return withMiddleware(withCORS(mux, cfg.HTTP.CORSOrigins), cfg, m, log), nil
}

// readOnly answers GET and HEAD with h and other methods with 405 and a coded body.
func readOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			infoOf(r.Context()).codes = []string{"METHOD_NOT_ALLOWED"}
			refuse(w, mediaJSON, "METHOD_NOT_ALLOWED", r.Method+" is not supported here; the exports are read with GET")
			return
		}
		h(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
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
					ri.codes = []string{"INTERNAL_SERVER_ERROR"}
					refuse(rec, mediaJSON, "INTERNAL_SERVER_ERROR", "internal error")
				}
			}
			d := time.Since(start)
			m.observe(req.Pattern, ri, rec.status, d)
			attrs := []any{"request_id", id, "method", r.Method, "path", r.URL.Path,
				"status", rec.status, "duration_ms", d.Milliseconds(), "operation", ri.operation}
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
