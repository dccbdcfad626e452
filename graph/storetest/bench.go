package storetest

import (
	"context"
	"strconv"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// The store benchmarks every backend runs over the embedded dataset, with the same cases, so
// their results compare line by line (docs/benchmarks.md). They measure; they assert nothing
// about time. trips, when not nil, counts the backend's round trips (Neo4j's queries sent),
// reported per call as round-trips/op.

// benchLoop runs call once to check it, then b.N times, and reports the round trips per call.
func benchLoop(b *testing.B, trips func() int64, call func() error) {
	b.Helper()
	if err := call(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var t0 int64
	if trips != nil {
		t0 = trips()
	}
	n := 0
	for b.Loop() {
		if err := call(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if trips != nil {
		b.ReportMetric(float64(trips()-t0)/float64(n), "round-trips/op")
	}
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

// BenchGet: 100 IDs spread evenly over the dataset (it is sorted by ID, so this mixes kinds).
func BenchGet(b *testing.B, ds *graph.Dataset, s graph.Store, trips func() int64) {
	ctx := context.Background()
	var ids []string
	step := max(len(ds.Nodes)/100, 1)
	for i := 0; i < len(ds.Nodes) && len(ids) < 100; i += step {
		ids = append(ids, ds.Nodes[i].NodeID())
	}
	b.Run("100ids", func(b *testing.B) {
		benchLoop(b, trips, func() error {
			nodes, err := s.Get(ctx, ids)
			if err == nil && (len(nodes) != len(ids) || nodes[0] == nil) {
				b.Fatalf("got %d nodes for %d ids", len(nodes), len(ids))
			}
			return err
		})
	})
}

// BenchEdges is the batch a GraphQL nesting level makes: one call for all the parents.
func BenchEdges(b *testing.B, ds *graph.Dataset, s graph.Store, trips func() int64) {
	ctx := context.Background()
	cases := []struct {
		name string
		ids  []string
		rel  graph.RelType
		dir  graph.Direction
	}{
		{"deployments-IN_MISSION-out", idsOfKind(ds, graph.KindDeployment), graph.RelInMission, graph.Out},
		{"countries-DEPLOYED_BY-in", []string{"country:mex", "country:arg", "country:jpn"}, graph.RelDeployedBy, graph.In},
		{"principles-COMPATIBLE_WITH-both", idsOfKind(ds, graph.KindPrinciple), graph.RelCompatibleWith, graph.Both},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			benchLoop(b, trips, func() error {
				m, err := s.Edges(ctx, c.ids, c.rel, c.dir)
				if err == nil && len(m) == 0 {
					b.Fatalf("%d ids, none with edges", len(c.ids))
				}
				return err
			})
			b.ReportMetric(float64(len(c.ids)), "ids") // after b.Loop, which resets metrics
		})
	}
}

// BenchList: filters, orders and a second page.
func BenchList(b *testing.B, ds *graph.Dataset, s graph.Store, trips func() int64) {
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
		{"deployments-active-personnel-desc", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{From: &from}, Personnel: []graph.PersonnelType{"MILITARY_OBSERVERS"}, Desc: true, First: &fifty}},
		{"missions-country-chapterVII-byContributors", graph.ListQuery{Kind: graph.KindMission, Country: "country:arg", ChapterVII: &yes, Order: graph.OrderContributors, First: &ten}},
		{"missions-all-byContributors", graph.ListQuery{Kind: graph.KindMission, Order: graph.OrderContributors, First: &ten}},
		{"sources-byName-first50", graph.ListQuery{Kind: graph.KindSource, Order: graph.OrderName, First: &fifty}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			total := 0
			benchLoop(b, trips, func() error {
				p, err := s.List(ctx, c.q)
				if err == nil && len(p.Nodes) == 0 {
					b.Fatal("empty page")
				}
				total = p.Total
				return err
			})
			b.ReportMetric(float64(total), "matches")
		})
	}
}

// BenchSearch: two acceptance queries, a longer one and a one-letter prefix (the worst case).
func BenchSearch(b *testing.B, ds *graph.Dataset, s graph.Store, trips func() int64) {
	ctx := context.Background()
	for _, text := range []string{"caecopaz", "pena nieto", "united nations peacekeeping", "p"} {
		b.Run(text, func(b *testing.B) {
			hits, err := s.Search(ctx, graph.SearchQuery{Text: text, First: graph.MaxSearchResults})
			if err != nil || len(hits) == 0 {
				b.Fatalf("%d hits, err %v", len(hits), err)
			}
			q := graph.SearchQuery{Text: text, First: 20}
			benchLoop(b, trips, func() error {
				_, err := s.Search(ctx, q)
				return err
			})
			b.ReportMetric(float64(len(hits)), "hits(max100)")
		})
	}
}

// BenchEvidencePath: the example query's path (4 hops, and maxHops 6 finds the same one),
// one of the farthest reachable nodes (6 hops) and a source, which no domain path reaches
// (citations are not relationships): the search expands all 6 levels for nothing.
func BenchEvidencePath(b *testing.B, ds *graph.Dataset, s graph.Store, trips func() int64) {
	ctx := context.Background()
	for _, c := range []struct {
		to   string
		hops int
	}{{"law:jpn-ipc-act-1992", 4}, {"law:jpn-ipc-act-1992", 6}, {"law:unsc-983", 6}, {"source:un-unvmc-mandate", 6}} {
		b.Run(c.to+"/maxHops="+strconv.Itoa(c.hops), func(b *testing.B) {
			hops := 0
			benchLoop(b, trips, func() error {
				p, err := s.EvidencePath(ctx, "country:mex", c.to, c.hops)
				hops = max(len(p)-1, 0)
				return err
			})
			b.ReportMetric(float64(hops), "hops")
		})
	}
}

// BenchPersonnelSeries: Mexico's whole series.
func BenchPersonnelSeries(b *testing.B, ds *graph.Dataset, s graph.Store, trips func() int64) {
	ctx := context.Background()
	b.Run("mex-all", func(b *testing.B) {
		benchLoop(b, trips, func() error {
			_, err := s.PersonnelSeries(ctx, "country:mex", graph.DateRange{})
			return err
		})
	})
}
