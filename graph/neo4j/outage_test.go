package neo4j_test

import (
	"context"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
)

// calls exercises every Store method once.
func calls(s graph.Store) map[string]func(context.Context) error {
	return map[string]func(context.Context) error{
		"Get":    func(ctx context.Context) error { _, err := s.Get(ctx, []string{"country:mex"}); return err },
		"Lookup": func(ctx context.Context) error { _, err := s.Lookup(ctx, graph.KindCountry, "mex"); return err },
		"List": func(ctx context.Context) error {
			_, err := s.List(ctx, graph.ListQuery{Kind: graph.KindMission})
			return err
		},
		"Edges": func(ctx context.Context) error {
			_, err := s.Edges(ctx, []string{"country:mex"}, graph.RelHolds, graph.Out)
			return err
		},
		"Relationships": func(ctx context.Context) error {
			_, err := s.Relationships(ctx, []string{"country:mex"}, nil, graph.Both)
			return err
		},
		"PersonnelSeries": func(ctx context.Context) error {
			_, err := s.PersonnelSeries(ctx, "country:jpn", graph.DateRange{})
			return err
		},
		"Search": func(ctx context.Context) error {
			_, err := s.Search(ctx, graph.SearchQuery{Text: "mex", First: 5})
			return err
		},
		"EvidencePath": func(ctx context.Context) error {
			_, err := s.EvidencePath(ctx, "country:mex", "country:jpn", 3)
			return err
		},
		"Info": func(ctx context.Context) error { _, err := s.Info(ctx); return err },
		"Ping": func(ctx context.Context) error { return s.Ping(ctx) },
	}
}

// TestUnavailable points the store at closed ports: Open still succeeds, and every method
// answers Unavailable within its context deadline. It needs no Neo4j.
func TestUnavailable(t *testing.T) {
	// Nothing listens on port 1: no database is touched, so the calls run in parallel (and
	// take no neo4jtest lock).
	for _, uri := range []string{"bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"} {
		t.Run(uri, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			s, err := neo4j.Open(context.Background(), neo4j.Config{URI: uri, User: "neo4j", Password: "x",
				Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err != nil {
				t.Fatalf("Open with Neo4j down: %v", err)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("Open took %s with Neo4j down", d)
			}
			t.Cleanup(func() { _ = s.Close(context.Background()) })
			for name, call := range calls(s) {
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
					defer cancel()
					start := time.Now()
					err := call(ctx)
					wantCode(t, err, graph.Unavailable)
					if !strings.HasPrefix(err.Error(), "neo4j."+name) {
						t.Errorf("error %q does not name the operation neo4j.%s", err, name)
					}
					if d := time.Since(start); d > 3*time.Second {
						t.Errorf("took %s, beyond the 500ms deadline", d)
					}
				})
			}
		})
	}
	t.Run("cancelled context", func(t *testing.T) {
		s, err := neo4j.Open(context.Background(), neo4j.Config{URI: "bolt://127.0.0.1:1", SkipSchemaCheck: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close(context.Background())
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		wantCode(t, s.Ping(ctx), graph.Unavailable)
	})
	t.Run("closed store", func(t *testing.T) {
		s, err := neo4j.Open(context.Background(), neo4j.Config{URI: "bolt://127.0.0.1:1", SkipSchemaCheck: true})
		if err != nil {
			t.Fatal(err)
		}
		s.Close(context.Background())
		_, err = s.Get(context.Background(), []string{"x"})
		wantCode(t, err, graph.Unavailable)
	})
	t.Run("bad URI", func(t *testing.T) {
		_, err := neo4j.Open(context.Background(), neo4j.Config{URI: "http://127.0.0.1:7474"})
		wantCode(t, err, graph.Invalid)
	})
}

// TestRecovery opens the store while Neo4j is unreachable (a closed proxy port), then brings
// the connection up, down and up again: the store answers Unavailable during outages and
// recovers by itself, schema check included.
func TestRecovery(t *testing.T) {
	ds := fixture(t)
	neo4jtest.Open(t, ds) // wipe, migrate, load through a direct connection
	p, cfg := neo4jtest.ProxyTo(t)
	cfg.RetryTime = time.Second
	cfg.SchemaRetryInterval = 200 * time.Millisecond

	s, err := neo4j.Open(ctxT(t), cfg)
	if err != nil {
		t.Fatalf("Open while Neo4j is unreachable: %v", err)
	}
	defer s.Close(context.Background())
	short := func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(context.Background(), 2*time.Second)
	}

	down := func(phase string) { // every call at once: each waits out its deadline
		t.Helper()
		var wg sync.WaitGroup
		for name, call := range calls(s) {
			wg.Go(func() {
				ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
				defer cancel()
				if err := call(ctx); graph.ErrorCode(err) != graph.Unavailable {
					t.Errorf("%s: %s = %v, want UNAVAILABLE", phase, name, err)
				}
			})
		}
		wg.Wait()
	}
	up := func(phase string) {
		t.Helper()
		neo4jtest.Eventually(t, phase+": Ping", 20*time.Second, func() error {
			ctx, cancel := short()
			defer cancel()
			return s.Ping(ctx)
		})
		for name, call := range calls(s) {
			ctx, cancel := short()
			err := call(ctx)
			cancel()
			if err != nil {
				t.Errorf("%s: %s = %v", phase, name, err)
			}
		}
		info, err := s.Info(ctxT(t))
		if err != nil || info.Nodes != len(ds.Nodes) {
			t.Errorf("%s: Info = %+v, %v", phase, info, err)
		}
	}

	down("before Neo4j is reachable")
	p.Start()
	up("once reachable")
	// The background schema check has passed: no schema error is latched.
	if err := s.CheckSchema(ctxT(t)); err != nil {
		t.Errorf("CheckSchema: %v", err)
	}
	p.Stop()
	down("after the connection dropped")
	p.Start()
	up("after reconnecting")
}

// TestRoutingURI serves through a neo4j:// (routing) URI.
func TestRoutingURI(t *testing.T) {
	ds := fixture(t)
	neo4jtest.Open(t, ds)
	cfg := neo4jtest.Config(t)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	u.Scheme = "neo4j"
	cfg.URI = u.String()
	s, err := neo4j.Open(ctxT(t), cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", cfg.URI, err)
	}
	defer s.Close(context.Background())
	for name, call := range calls(s) {
		if err := call(ctxT(t)); err != nil {
			t.Errorf("%s over %s: %v", name, cfg.URI, err)
		}
	}
}
