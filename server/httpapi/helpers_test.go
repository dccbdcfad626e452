package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sync"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
	"github.com/peacegraph/peacegraph/seed"
)

var testLimits = Limits{MaxFirst: 500}

// embeddedDataset loads the dataset once for all tests.
var embeddedDataset = sync.OnceValues(seed.LoadEmbedded)

func dataset(t testing.TB) *graph.Dataset {
	t.Helper()
	ds, err := embeddedDataset()
	if err != nil {
		t.Fatalf("embedded dataset: %v", err)
	}
	return ds
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// backend is a store the end-to-end tests run against.
type backend struct {
	name  string
	store graph.Store
}

// memoryStore is built once per test binary: the store is read-only, and building its
// indexes under the race detector cost a tenth of this package's test time when each test
// built its own.
var memoryStore = sync.OnceValues(func() (*memory.Store, error) {
	ds, err := embeddedDataset()
	if err != nil {
		return nil, err
	}
	return memory.New(ds)
})

func memoryBackend(t testing.TB) backend {
	t.Helper()
	s, err := memoryStore()
	if err != nil {
		t.Fatal(err)
	}
	return backend{"memory", s}
}

var neo4jOnce struct {
	sync.Once
	store *neo4j.Store
	err   error
}

// neo4jBackend opens the Neo4j that NEO4J_URI names and loads the embedded dataset into it
// (once per test binary). Without NEO4J_URI the test is skipped, unless CI=true: there a
// missing Neo4j is a failure, since .ci/run starts one.
func neo4jBackend(t testing.TB) (backend, bool) {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set but CI=true: the Neo4j backend must be tested (start it with `make neo4j-up`)")
		}
		t.Log("NEO4J_URI not set: skipping the Neo4j backend (run `make neo4j-up` and set NEO4J_URI to include it)")
		return backend{}, false
	}
	neo4jOnce.Do(func() {
		// The Neo4j tests of every package share one database: this binary reads the
		// embedded dataset for its whole life, at the same time as the other readers of
		// the same dataset (neo4jtest.SharedForProcess loads it only if it is not there).
		ds, err := embeddedDataset()
		if err != nil {
			neo4jOnce.err = err
			return
		}
		cfg := neo4jtest.Config(t)
		cfg.Logger = quietLog()
		neo4jOnce.store, neo4jOnce.err = neo4jtest.SharedForProcess(context.Background(), cfg, ds)
	})
	if neo4jOnce.err != nil {
		t.Fatalf("neo4j backend: %v", neo4jOnce.err)
	}
	return backend{"neo4j", neo4jOnce.store}, true
}

// backends lists memory and, when available, Neo4j.
func backends(t testing.TB) []backend {
	t.Helper()
	bs := []backend{memoryBackend(t)}
	if b, ok := neo4jBackend(t); ok {
		bs = append(bs, b)
	}
	return bs
}

func newTestHandler(t testing.TB, s graph.Store) http.Handler {
	t.Helper()
	h, err := New(s, Config{Limits: testLimits, HTTP: DefaultHTTP}, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// gqlResponse is a decoded GraphQL response with its HTTP status.
type gqlResponse struct {
	Status int
	Header http.Header
	Body   []byte
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (r gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func do(t testing.TB, h http.Handler, req *http.Request) gqlResponse {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	r := gqlResponse{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	if len(r.Body) > 0 && r.Body[0] == '{' {
		if err := json.Unmarshal(r.Body, &r); err != nil {
			t.Fatalf("response is not JSON: %v\n%s", err, r.Body)
		}
	}
	return r
}

func post(t testing.TB, h http.Handler, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return do(t, h, req)
}

// postStrict posts with Accept: application/graphql-response+json, under which a request error
// (parse, validation, coercion, the limits) is a 4xx; with application/json it is a 200 (see
// graphqlHTTP).
func postStrict(t testing.TB, h http.Handler, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	return do(t, h, req)
}

func get(t testing.TB, h http.Handler, query string) gqlResponse {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(query), nil)
	return do(t, h, req)
}
