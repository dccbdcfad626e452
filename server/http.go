package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"log/slog"
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
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/gql"
	"github.com/peacegraph/peacegraph/schema"
	"github.com/peacegraph/peacegraph/server/playground"
	"github.com/vektah/gqlparser/v2/ast"
)

func stack() string { return string(debug.Stack()) }

// reqInfo is filled in as a request goes through the stack, for the access log.
type reqInfo struct {
	id        string
	operation string
}

type reqInfoKey struct{}

func infoOf(ctx context.Context) *reqInfo {
	if ri, ok := ctx.Value(reqInfoKey{}).(*reqInfo); ok {
		return ri
	}
	return &reqInfo{}
}

// newGraphQLHandler builds the gqlgen server with explicit transports.
func newGraphQLHandler(store graph.Store, limits Limits, log *slog.Logger) http.Handler {
	srv := handler.New(gql.NewExecutableSchema(gql.Config{Resolvers: &gql.Resolver{Store: store, MaxFirst: limits.MaxFirst}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(recoverPanic(log))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		name := oc.OperationName
		if name == "" && oc.Operation != nil {
			name = oc.Operation.Name
		}
		infoOf(ctx).operation = name
		return next(gql.WithLoaders(ctx, store))
	})
	return graphqlStatus(srv)
}

// graphqlStatus sets the HTTP status of a GraphQL response from its errors: a response with
// data is 200 even if some fields failed; one without data gets the status of its worst error
// (see the table in errors.go). gqlgen answers validation failures with 422; they are 400 here,
// as the GraphQL-over-HTTP spec asks for application/json.
func graphqlStatus(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := &bufferedWriter{header: w.Header(), status: http.StatusOK}
		next.ServeHTTP(buf, r)
		status := buf.status
		var resp struct {
			Data   json.RawMessage `json:"data"`
			Errors []struct {
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if json.Unmarshal(buf.body.Bytes(), &resp) == nil && len(resp.Errors) > 0 {
			noData := len(resp.Data) == 0 || string(resp.Data) == "null"
			worst, badInput := 0, 0
			for _, e := range resp.Errors {
				code, _ := e.Extensions["code"].(string)
				s := statusOf(code)
				if s > worst {
					worst = s
				}
				if s >= 400 && s < 500 && s > badInput {
					badInput = s
				}
			}
			switch {
			case status == http.StatusUnprocessableEntity:
				status = http.StatusBadRequest
			case status == http.StatusOK && noData && worst != http.StatusOK:
				status = worst
			case status == http.StatusOK && badInput != 0:
				// A bad argument (an invalid PartialDate, an unknown country) is the
				// caller's mistake even when other fields succeeded: say so with a 4xx.
				status = badInput
			}
		}
		w.WriteHeader(status)
		w.Write(buf.body.Bytes())
	})
}

type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header         { return b.header }
func (b *bufferedWriter) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedWriter) WriteHeader(s int)           { b.status = s }

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
		if first, _, _ := strings.Cut(q, "\n"); strings.HasPrefix(first, "#") {
			title = strings.TrimSpace(strings.TrimPrefix(first, "#"))
		}
		out = append(out, playground.Example{Name: title, Query: q})
	}
	return out, nil
}

// routes builds the server's handler.
func routes(store graph.Store, limits Limits, log *slog.Logger) (http.Handler, error) {
	mux := http.NewServeMux()
	gqlh := newGraphQLHandler(store, limits, log)
	mux.Handle("/graphql", gqlh)
	ex, err := examples()
	if err != nil {
		return nil, err
	}
	pg := playground.Handler(playground.Config{Title: "peacegraph", Endpoint: "/graphql", Examples: ex})
	mux.Handle("/{$}", pg)
	mux.Handle("/playground/", pg)
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
	return withMiddleware(mux, limits, log), nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
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

// withMiddleware adds request IDs, a per-request timeout, panic recovery and an access log
// (method, path, status, duration, operation name; never variable values).
func withMiddleware(next http.Handler, limits Limits, log *slog.Logger) http.Handler {
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
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				log.ErrorContext(ctx, "panic in handler", "request_id", id, "panic", p, "stack", stack())
				if rec.status == 0 {
					writeJSON(rec, http.StatusInternalServerError, map[string]any{"errors": []map[string]any{{"message": "internal error", "extensions": map[string]any{"code": "INTERNAL_SERVER_ERROR"}}}})
				}
			}
			log.InfoContext(ctx, "request", "request_id", id, "method", r.Method, "path", r.URL.Path,
				"status", rec.status, "duration_ms", time.Since(start).Milliseconds(), "operation", ri.operation)
		}()
		next.ServeHTTP(rec, r.WithContext(ctx))
	})
}
