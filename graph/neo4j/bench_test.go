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
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
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

// loop runs call b.N times and reports the round trips per call.
func loop(b *testing.B, s *neo4j.Store, call func() error) {
	b.Helper()
	if err := call(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	trips0, n := s.RoundTrips(), 0
	for b.Loop() {
		if err := call(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(s.RoundTrips()-trips0)/float64(n), "round-trips/op")
}

func neo4jIDsOfKind(ds *graph.Dataset, k graph.Kind) []string {
	var ids []string
	for _, n := range ds.Nodes {
		if n.NodeKind() == k {
			ids = append(ids, n.NodeID())
		}
	}
	return ids
}

func BenchmarkNeo4jGet(b *testing.B) {
	ds, s := benchNeo4j(b)
	ctx := context.Background()
	var ids []string
	step := max(len(ds.Nodes)/100, 1)
	for i := 0; i < len(ds.Nodes) && len(ids) < 100; i += step {
		ids = append(ids, ds.Nodes[i].NodeID())
	}
	b.Run("100ids", func(b *testing.B) {
		loop(b, s, func() error {
			nodes, err := s.Get(ctx, ids)
			if err == nil && (len(nodes) != len(ids) || nodes[0] == nil) {
				b.Fatalf("got %d nodes for %d ids", len(nodes), len(ids))
			}
			return err
		})
	})
}

func BenchmarkNeo4jEdges(b *testing.B) {
	ds, s := benchNeo4j(b)
	ctx := context.Background()
	cases := []struct {
		name string
		ids  []string
		rel  graph.RelType
		dir  graph.Direction
	}{
		{"deployments-IN_MISSION-out", neo4jIDsOfKind(ds, graph.KindDeployment), graph.RelInMission, graph.Out},
		{"countries-DEPLOYED_BY-in", []string{"country:mex", "country:arg", "country:jpn"}, graph.RelDeployedBy, graph.In},
		{"principles-COMPATIBLE_WITH-both", neo4jIDsOfKind(ds, graph.KindPrinciple), graph.RelCompatibleWith, graph.Both},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			loop(b, s, func() error {
				_, err := s.Edges(ctx, c.ids, c.rel, c.dir)
				return err
			})
		})
	}
}

func BenchmarkNeo4jList(b *testing.B) {
	_, s := benchNeo4j(b)
	ctx := context.Background()
	ten, fifty := 10, 50
	yes := true
	from := graph.MustDate("2000")
	first, err := s.List(ctx, graph.ListQuery{Kind: graph.KindDeployment, Country: "country:mex", First: &ten})
	if err != nil || !first.HasNext {
		b.Fatalf("first page: %v, hasNext %v", err, first.HasNext)
	}
	cases := []struct {
		name string
		q    graph.ListQuery
	}{
		{"deployments-country-first10", graph.ListQuery{Kind: graph.KindDeployment, Country: "country:mex", First: &ten}},
		{"deployments-country-page2", graph.ListQuery{Kind: graph.KindDeployment, Country: "country:mex", First: &ten, After: first.Cursors[len(first.Cursors)-1]}},
		{"deployments-active-personnel-desc", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{From: &from}, Personnel: []string{"MILITARY_OBSERVERS"}, Desc: true, First: &fifty}},
		{"missions-country-chapterVII-byContributors", graph.ListQuery{Kind: graph.KindMission, Country: "country:arg", ChapterVII: &yes, Order: graph.OrderContributors, First: &ten}},
		{"missions-all-byContributors", graph.ListQuery{Kind: graph.KindMission, Order: graph.OrderContributors, First: &ten}},
		{"sources-byName-first50", graph.ListQuery{Kind: graph.KindSource, Order: graph.OrderName, First: &fifty}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			loop(b, s, func() error {
				_, err := s.List(ctx, c.q)
				return err
			})
		})
	}
}

func BenchmarkNeo4jSearch(b *testing.B) {
	_, s := benchNeo4j(b)
	ctx := context.Background()
	for _, text := range []string{"caecopaz", "pena nieto", "united nations peacekeeping", "p"} {
		b.Run(text, func(b *testing.B) {
			q := graph.SearchQuery{Text: text, First: 20}
			loop(b, s, func() error {
				hits, err := s.Search(ctx, q)
				if err == nil && len(hits) == 0 {
					b.Fatalf("no hits for %q", text)
				}
				return err
			})
		})
	}
}

func BenchmarkNeo4jShortestPath(b *testing.B) {
	_, s := benchNeo4j(b)
	ctx := context.Background()
	for _, c := range []struct {
		to   string
		hops int
	}{{"law:jpn-ipc-act-1992", 4}, {"law:jpn-ipc-act-1992", 6}, {"law:unsc-983", 6}, {"source:un-unvmc-mandate", 6}} {
		b.Run(c.to+"/maxHops="+strconv.Itoa(c.hops), func(b *testing.B) {
			loop(b, s, func() error {
				_, err := s.ShortestPath(ctx, "country:mex", c.to, c.hops)
				return err
			})
		})
	}
}

func BenchmarkNeo4jPersonnelSeries(b *testing.B) {
	_, s := benchNeo4j(b)
	ctx := context.Background()
	b.Run("mex-all", func(b *testing.B) {
		loop(b, s, func() error {
			_, err := s.PersonnelSeries(ctx, "country:mex", graph.DateRange{})
			return err
		})
	})
}
