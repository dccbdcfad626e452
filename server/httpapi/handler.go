// Package httpapi is the HTTP face of the API: GraphQL over HTTP (transport.go), the protection
// limits (protect.go), HTTP caching (cache.go), CORS, metrics, health and readiness, and the
// routes that mount the other adapters (server/gql, server/export, server/playground, server/explorer). Errors
// get their codes and statuses from server/apierror.
package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/schema"
	"github.com/peacegraph/peacegraph/server/apierror"
	"github.com/peacegraph/peacegraph/server/explorer"
	"github.com/peacegraph/peacegraph/server/export"
	"github.com/peacegraph/peacegraph/server/playground"
)

// New builds the server's handler over store: every route behind the middleware, every store
// call through the metering decorator. cfg.Limits' zero fields take DefaultLimits; cfg.HTTP is
// used as given (its zero value: no CORS headers, Cache-Control no-cache).
func New(store graph.Store, cfg Config, log *slog.Logger) (http.Handler, error) {
	cfg.Limits = cfg.Limits.WithDefaults()
	m := newMetrics(store)
	metered := meteredStore{next: store, m: m}
	ex, err := schema.Examples()
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	routes(mux, routeDeps{store: store, metered: metered, cfg: cfg, log: log, metrics: m, examples: ex})
	return withMiddleware(withCORS(mux, cfg.HTTP.CORSOrigins), cfg, m, log), nil
}

// routeDeps is what the routes are built from.
type routeDeps struct {
	store    graph.Store // for readiness: not metered
	metered  graph.Store // for everything that answers a request
	cfg      Config
	log      *slog.Logger
	metrics  *metrics
	examples []schema.Example
}

// routes mounts every endpoint: one line per adapter.
func routes(mux *http.ServeMux, d routeDeps) {
	var ex []playground.Example
	for _, e := range d.examples {
		ex = append(ex, playground.Example{Name: e.Name, Query: e.Query})
	}
	pg := playground.Handler(playground.Config{Title: "peacegraph", Endpoint: "/graphql", Examples: ex})
	mux.Handle("/graphql", newGraphQLHandler(d.metered, d.cfg, d.log))
	mux.Handle("/{$}", pg)
	mux.Handle("/playground/", pg)
	mux.Handle(explorer.Path, explorer.Handler(explorer.Config{})) // and /explore/{view or id}
	mux.Handle(explorer.Path+"/", explorer.Handler(explorer.Config{}))
	mux.Handle("/export", readOnly(exportIndex))
	mux.Handle("/export/{file}", readOnly(exportFile(d)))
	mux.Handle("/metrics", d.metrics.handler())
	mux.HandleFunc("/healthz", healthz)
	mux.HandleFunc("/readyz", readyz(d.store))
}

func exportIndex(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, export.TheIndex())
}

func exportFile(d routeDeps) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		res, err := renderExport(r, d.metered)
		if err != nil {
			code, msg := apierror.Classify(r.Context(), err)
			if apierror.Logged(code) {
				d.log.ErrorContext(r.Context(), "export failed", "code", code, "err", err)
			}
			infoOf(r.Context()).codes = []string{code}
			refuse(w, mediaJSON, code, msg)
			return
		}
		if strings.HasPrefix(res.ContentType, "text/csv") {
			w.Header().Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": res.Filename}))
		}
		writeCacheable(w, r, d.cfg.HTTP.CacheMaxAge, res.ContentType, res.Body)
	}
}

// renderExport parses the query string strictly and renders the export. r.URL.Query() drops
// what it cannot parse (a bad escape, a ';'), which would answer an unfiltered table as if no
// filter had been asked for (issue 14).
func renderExport(r *http.Request, s graph.Store) (export.Result, error) {
	params, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return export.Result{}, graph.Errorf(graph.Invalid, "export", "the URL's query string is malformed (%v); separate parameters with & and percent-encode values", err)
	}
	return export.Render(r.Context(), s, r.PathValue("file"), params)
}

func healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
}

// readyz answers 200 when the store answers Ping (the Neo4j store's Ping is a query in the
// configured database, so a reachable server whose database is down is not ready).
func readyz(store graph.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "reason": graph.ErrorMessage(err)})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"status": "ready"})
	}
}

// readOnly answers GET and HEAD with h and other methods with 405 and a coded body.
func readOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			infoOf(r.Context()).codes = []string{apierror.MethodNotAllowed}
			refuse(w, mediaJSON, apierror.MethodNotAllowed, r.Method+" is not supported here; the exports are read with GET")
			return
		}
		h(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client may have gone
}
