package neo4j_test

// Benchmarks of the Neo4j store against the real Neo4j that NEO4J_URI names, loaded with the
// embedded dataset; skipped without NEO4J_URI. They measure; they assert nothing about time.
// Results and the commands that produced them: docs/benchmarks.md.
//
//	bash tools/neo4j/neo4j.sh up
//	NEO4J_URI=bolt://127.0.0.1:7687 go test ./graph/neo4j -run '^$' -bench . -benchmem -count 6
//
// Each case also reports round-trips/op: the Cypher queries the store sent per call.

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
	"github.com/peacegraph/peacegraph/graph/storetest"
	"github.com/peacegraph/peacegraph/seed"
)

var benchN4 struct {
	sync.Mutex
	ds    *graph.Dataset
	store *neo4j.Store
}

// benchNeo4j returns a store on the database loaded with the embedded dataset. The store is
// opened once per test binary; the Neo4j test lock is held until the calling benchmark ends,
// and the schema is migrated and the dataset loaded again at its start (both are idempotent
// and change nothing when the database already holds them; another package's tests may have
// wiped it in between).
func benchNeo4j(b *testing.B) (*graph.Dataset, *neo4j.Store) {
	b.Helper()
	if os.Getenv("NEO4J_URI") == "" {
		b.Skip("NEO4J_URI not set: skipping the Neo4j benchmarks (start Neo4j with `bash tools/neo4j/neo4j.sh up`, then NEO4J_URI=bolt://127.0.0.1:7687)")
	}
	cfg := neo4jtest.Config(b)
	neo4jtest.Lock(b)
	benchN4.Lock()
	defer benchN4.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if benchN4.store == nil {
		ds, err := seed.LoadEmbedded()
		if err != nil {
			b.Fatalf("embedded dataset: %v", err)
		}
		cfg.SkipSchemaCheck = true
		s, err := neo4j.Open(ctx, cfg)
		if err != nil {
			b.Fatalf("open: %v", err)
		}
		benchN4.ds, benchN4.store = ds, s
	}
	start := time.Now()
	if _, err := benchN4.store.Migrate(ctx); err != nil {
		b.Fatalf("migrate: %v", err)
	}
	rep, err := benchN4.store.Load(ctx, benchN4.ds)
	if err != nil {
		b.Fatalf("load: %v", err)
	}
	if rep.Changed() {
		b.Logf("loaded the embedded dataset in %s", time.Since(start).Round(time.Millisecond))
	}
	return benchN4.ds, benchN4.store
}

// The store benchmarks shared with the memory store (graph/storetest/bench.go), plus
// round-trips/op.

func BenchmarkNeo4jGet(b *testing.B) {
	ds, s := benchNeo4j(b)
	storetest.BenchGet(b, ds, s, s.RoundTrips)
}

func BenchmarkNeo4jEdges(b *testing.B) {
	ds, s := benchNeo4j(b)
	storetest.BenchEdges(b, ds, s, s.RoundTrips)
}

func BenchmarkNeo4jList(b *testing.B) {
	ds, s := benchNeo4j(b)
	storetest.BenchList(b, ds, s, s.RoundTrips)
}

func BenchmarkNeo4jSearch(b *testing.B) {
	ds, s := benchNeo4j(b)
	storetest.BenchSearch(b, ds, s, s.RoundTrips)
}

func BenchmarkNeo4jEvidencePath(b *testing.B) {
	ds, s := benchNeo4j(b)
	storetest.BenchEvidencePath(b, ds, s, s.RoundTrips)
}

func BenchmarkNeo4jPersonnelSeries(b *testing.B) {
	ds, s := benchNeo4j(b)
	storetest.BenchPersonnelSeries(b, ds, s, s.RoundTrips)
}
