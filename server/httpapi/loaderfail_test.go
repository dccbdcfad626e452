package httpapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// failingLoads is a store whose batched reads (the ones the per-request loaders make) fail as
// an unreachable backend does, while the root lookups still answer: the moment of an outage
// that starts in the middle of a request.
type failingLoads struct {
	graph.Store
	get, edges, rels bool
}

func (s failingLoads) unavailable(op string) error {
	return graph.Errorf(graph.Unavailable, op, "the graph database is unavailable")
}

func (s failingLoads) Get(ctx context.Context, ids []string) ([]graph.Node, error) {
	if s.get {
		return nil, s.unavailable("test.Get")
	}
	return s.Store.Get(ctx, ids)
}

func (s failingLoads) Edges(ctx context.Context, ids []string, rel graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	if s.edges {
		return nil, s.unavailable("test.Edges")
	}
	return s.Store.Edges(ctx, ids, rel, dir)
}

func (s failingLoads) Relationships(ctx context.Context, ids []string, types []graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	if s.rels {
		return nil, s.unavailable("test.Relationships")
	}
	return s.Store.Relationships(ctx, ids, types, dir)
}

// TestFailedBatchIsAnOutage: when a loader's batch fails, every key gets the store's own error,
// so the answer is 503 BACKEND_UNAVAILABLE, never a 200 whose nulls read as "no such thing"
// nor an error coded as bad input (issue 14: dataloadgen, given nil results, replaced the
// store's error with "bug in fetch function: 0 values returned for N keys").
func TestFailedBatchIsAnOutage(t *testing.T) {
	mem := memoryBackend(t).store
	cases := []struct {
		name  string
		store failingLoads
		query string
	}{
		{"edges", failingLoads{Store: mem, edges: true}, `{ country(iso3: "JPN") { name safeguards { title } } }`},
		{"get", failingLoads{Store: mem, get: true}, `{ country(iso3: "JPN") { name deployments(first: 5) { nodes { mission { acronym } } } } }`},
		{"relationships", failingLoads{Store: mem, rels: true}, `{ country(iso3: "JPN") { name relationships { type } } }`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newTestHandler(t, c.store)
			r := post(t, h, c.query, nil)
			if r.Status != http.StatusServiceUnavailable {
				t.Errorf("status %d, want 503: %.300s", r.Status, r.Body)
			}
			if len(r.Errors) == 0 {
				t.Fatalf("no errors: %.300s", r.Body)
			}
			for _, e := range r.Errors {
				if code, _ := e.Extensions["code"].(string); code != "BACKEND_UNAVAILABLE" {
					t.Errorf("error coded %q, want BACKEND_UNAVAILABLE: %s", code, e.Message)
				}
				if strings.Contains(e.Message, "fetch function") {
					t.Errorf("dataloadgen's message leaked: %s", e.Message)
				}
			}
		})
	}
}

// TestClientGoneBeforeExecution: a request whose client has gone before execution starts gets
// no panic and no server error (issue 14: gqlgen's nil response was dereferenced into a 500
// with a stack trace): 499 in the access log, and no error code counted.
func TestClientGoneBeforeExecution(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql",
		strings.NewReader(`{"query":"{ country(iso3: \"JPN\") { name } }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != statusClientClosed {
		t.Errorf("status %d, want %d: %.300s", rec.Code, statusClientClosed, rec.Body)
	}
}
