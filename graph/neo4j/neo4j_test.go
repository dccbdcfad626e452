package neo4j_test

import (
	"context"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
	"github.com/peacegraph/peacegraph/graph/storetest"
	"github.com/peacegraph/peacegraph/seed"
)

// The tests of this package use the one real Neo4j that NEO4J_URI names (see neo4jtest): each
// starts by wiping the database, so none of them may call t.Parallel.

// TestConformance runs the shared store suite against Neo4j loaded with the suite's dataset.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, ds *graph.Dataset) graph.Store {
		t.Helper()
		return neo4jtest.Open(t, ds)
	})
}

// fixture is this package's own dataset (testdata/seed), richer than the suite's in the places
// the Neo4j mapping could go wrong: disputes, names in es/ja, several citations per node,
// parallel CATALYZED links that differ only by mechanism, symmetric COMPATIBLE_WITH.
func fixture(t *testing.T) *graph.Dataset {
	t.Helper()
	ds, err := seed.LoadDir("testdata/seed")
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return ds
}

func ctxT(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// openEmpty returns a store on a wiped (but migrated) database, and its config.
func openEmpty(t *testing.T) (*neo4j.Store, neo4j.Config) {
	t.Helper()
	cfg := neo4jtest.Config(t)
	neo4jtest.Wipe(t, cfg)
	cfg.SkipSchemaCheck = true
	s, err := neo4j.Open(ctxT(t), cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	if _, err := s.Migrate(ctxT(t)); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	return s, cfg
}

func wantCode(t *testing.T, err error, code graph.Code) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

func ptr[T any](v T) *T { return &v }
