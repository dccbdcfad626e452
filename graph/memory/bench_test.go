package memory_test

// Benchmarks of the in-process store over the embedded dataset. They measure; they assert
// nothing about time. Results and the commands that produced them: docs/benchmarks.md.
//
//	go test ./graph/memory -run '^$' -bench . -benchmem -count 6

import (
	"context"
	"strconv"
	"sync"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/seed"
)

var benchDataset = sync.OnceValues(seed.LoadEmbedded)

func benchStore(b *testing.B) (*graph.Dataset, *memory.Store) {
	b.Helper()
	ds, err := benchDataset()
	if err != nil {
		b.Fatalf("embedded dataset: %v", err)
	}
	s, err := memory.New(ds)
	if err != nil {
		b.Fatal(err)
	}
	return ds, s
}

// sampleIDs returns n node IDs spread evenly over the dataset (it is sorted by ID, so this
// mixes kinds).
func sampleIDs(ds *graph.Dataset, n int) []string {
	ids := make([]string, 0, n)
	step := max(len(ds.Nodes)/n, 1)
	for i := 0; i < len(ds.Nodes) && len(ids) < n; i += step {
		ids = append(ids, ds.Nodes[i].NodeID())
	}
	return ids
}

func idsOfKind(ds *graph.Dataset, k graph.Kind) []string {
	var ids []string
	for _, n := range ds.Nodes {
		if n.NodeKind() == k {
			ids = append(ids, n.NodeID())
		}
	}
	return ids
}

// BenchmarkStartup is what a server pays before it can answer: parsing the embedded YAML
// (LoadEmbedded) and indexing it (New).
func BenchmarkStartup(b *testing.B) {
	b.Run("LoadEmbedded", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := seed.LoadEmbedded(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("New", func(b *testing.B) {
		ds, _ := benchStore(b)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := memory.New(ds); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkGet(b *testing.B) {
	ds, s := benchStore(b)
	ctx := context.Background()
	ids := sampleIDs(ds, 100)
	if len(ids) != 100 {
		b.Fatalf("want 100 IDs, have %d", len(ids))
	}
	b.Run("100ids", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Get(ctx, ids); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkEdges is the batch a GraphQL nesting level makes: one call for all the parents.
func BenchmarkEdges(b *testing.B) {
	ds, s := benchStore(b)
	ctx := context.Background()
	deployments := idsOfKind(ds, graph.KindDeployment)
	principles := idsOfKind(ds, graph.KindPrinciple)
	cases := []struct {
		name string
		ids  []string
		rel  graph.RelType
		dir  graph.Direction
	}{
		{"deployments-IN_MISSION-out", deployments, graph.RelInMission, graph.Out},
		{"countries-DEPLOYED_BY-in", []string{"country:mex", "country:arg", "country:jpn"}, graph.RelDeployedBy, graph.In},
		{"principles-COMPATIBLE_WITH-both", principles, graph.RelCompatibleWith, graph.Both},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			m, err := s.Edges(ctx, c.ids, c.rel, c.dir)
			if err != nil || len(m) == 0 {
				b.Fatalf("%d ids: %d with edges, err %v", len(c.ids), len(m), err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Edges(ctx, c.ids, c.rel, c.dir); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(c.ids)), "ids") // after b.Loop, which resets metrics
		})
	}
}

func BenchmarkList(b *testing.B) {
	_, s := benchStore(b)
	ctx := context.Background()
	ten, fifty := 10, 50
	yes := true
	from := graph.MustDate("2000")
	// The second page of a country's deployments: the cursor comes from the first.
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
			p, err := s.List(ctx, c.q)
			if err != nil || len(p.Nodes) == 0 {
				b.Fatalf("%d nodes, err %v", len(p.Nodes), err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.List(ctx, c.q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(p.Total), "matches")
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	_, s := benchStore(b)
	ctx := context.Background()
	for _, text := range []string{"caecopaz", "pena nieto", "united nations peacekeeping", "p"} {
		b.Run(text, func(b *testing.B) {
			q := graph.SearchQuery{Text: text, First: 20}
			hits, err := s.Search(ctx, graph.SearchQuery{Text: text, First: graph.MaxSearchResults})
			if err != nil || len(hits) == 0 {
				b.Fatalf("%d hits, err %v", len(hits), err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(hits)), "hits(max100)")
		})
	}
}

// BenchmarkShortestPath: the example query's path (3 hops, so maxHops 4 and 6 find the same
// one), one of the farthest reachable nodes (6 hops) and a source, which no domain path
// reaches (citations are not relationships): the search expands all 6 levels for nothing.
func BenchmarkShortestPath(b *testing.B) {
	_, s := benchStore(b)
	ctx := context.Background()
	for _, c := range []struct {
		to   string
		hops int
	}{{"law:jpn-ipc-act-1992", 4}, {"law:jpn-ipc-act-1992", 6}, {"law:unsc-983", 6}, {"source:un-unvmc-mandate", 6}} {
		b.Run(c.to+"/maxHops="+strconv.Itoa(c.hops), func(b *testing.B) {
			p, err := s.ShortestPath(ctx, "country:mex", c.to, c.hops)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.ShortestPath(ctx, "country:mex", c.to, c.hops); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(max(len(p)-1, 0)), "hops")
		})
	}
}

func BenchmarkPersonnelSeries(b *testing.B) {
	_, s := benchStore(b)
	ctx := context.Background()
	b.Run("mex-all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.PersonnelSeries(ctx, "country:mex", graph.DateRange{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
