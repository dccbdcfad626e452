package neo4j_test

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
	"github.com/peacegraph/peacegraph/graph/storetest"
)

// TestMethods checks every Store method against expectations on this package's fixture. One
// load serves all the subtests (they only read).
func TestMethods(t *testing.T) {
	ds := fixture(t)
	s := neo4jtest.Open(t, ds)
	ctx := ctxT(t)
	t.Run("Get", func(t *testing.T) { testGet(ctx, t, s, ds) })
	t.Run("Lookup", func(t *testing.T) { testLookup(ctx, t, s) })
	t.Run("Edges", func(t *testing.T) { testEdges(ctx, t, s, ds) })
	t.Run("PersonnelSeries", func(t *testing.T) { testSeries(ctx, t, s, ds) })
	t.Run("Search", func(t *testing.T) { testSearch(ctx, t, s, ds) })
	t.Run("EvidencePath", func(t *testing.T) { testPath(ctx, t, s, ds) })
	t.Run("Info", func(t *testing.T) { testInfo(ctx, t, s, ds) })
	t.Run("RoundTrips", func(t *testing.T) { testRoundTrips(ctx, t, s, ds) })
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err) // not Fatal: the concurrent checks call it outside the test's goroutine
	}
	return string(b)
}

func allIDs(ds *graph.Dataset) []string {
	var ids []string
	for _, n := range ds.Nodes {
		ids = append(ids, n.NodeID())
	}
	return ids
}

func testGet(ctx context.Context, t *testing.T, s *neo4j.Store, ds *graph.Dataset) {
	got, err := s.Get(ctx, allIDs(ds))
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range ds.Nodes {
		if !reflect.DeepEqual(got[i], n) {
			t.Errorf("Get(%s):\n got %s\nwant %s", n.NodeID(), asJSON(t, got[i]), asJSON(t, n))
		}
	}
	got, err = s.Get(ctx, []string{"mission:onuca", "nope:x", "mission:onuca", ""})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[0] == nil || got[1] != nil || got[2] == nil || got[3] != nil {
		t.Fatalf("Get with unknown and repeated IDs = %v", got)
	}
	m := got[0].(*graph.Mission)
	if len(m.Disputes) != 1 || m.Disputes[0].Values[1].Value != "1989-12" || m.Span.KnownEnd().String() != "1992-01-17" {
		t.Errorf("mission:onuca lost its dispute or dates: %s", asJSON(t, m))
	}
	if got, err := s.Get(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("Get(nil) = %v, %v", got, err)
	}
}

func testLookup(ctx context.Context, t *testing.T, s *neo4j.Store) {
	tests := []struct {
		kind graph.Kind
		key  string
		want string
		code graph.Code
	}{
		{graph.KindCountry, "JPN", "country:jpn", ""},
		{graph.KindCountry, "jpn", "country:jpn", ""},
		{graph.KindCountry, " Mex ", "country:mex", ""},
		{graph.KindMission, "unprofor", "mission:unprofor", ""},
		{graph.KindMission, "UNTAC", "mission:untac", ""},
		{graph.KindCountry, "XXX", "", graph.NotFound},
		{graph.KindCountry, "UNTAC", "", graph.NotFound},
		{graph.KindMission, "country:mex", "", graph.NotFound},
		{graph.KindDeployment, "jpn-untac", "", graph.Invalid},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind)+"/"+tt.key, func(t *testing.T) {
			n, err := s.Lookup(ctx, tt.kind, tt.key)
			if tt.code != "" {
				wantCode(t, err, tt.code)
				return
			}
			if err != nil || n.NodeID() != tt.want {
				t.Errorf("Lookup = %v, %v; want %s", n, err, tt.want)
			}
		})
	}
}

func pageIDs(p graph.Page) []string {
	out := []string{}
	for _, n := range p.Nodes {
		out = append(out, n.NodeID())
	}
	return out
}

// testEdges compares every type and direction with the dataset, in one batched call each.
func testEdges(ctx context.Context, t *testing.T, s *neo4j.Store, ds *graph.Dataset) {
	ids := allIDs(ds)
	for _, rel := range graph.RelTypes() {
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			want := storetest.WantEdges(ds, rel, dir)
			got, err := s.Edges(ctx, ids, rel, dir)
			if err != nil {
				t.Fatalf("Edges(%s, %d): %v", rel, dir, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Edges(%s, %d):\n got %s\nwant %s", rel, dir, asJSON(t, got), asJSON(t, want))
			}
		}
	}
	// The two CATALYZED links from one deployment to one reform differ only by mechanism.
	got, err := s.Edges(ctx, []string{"deployment:arg-unprofor"}, graph.RelCatalyzed, graph.Out)
	if err != nil {
		t.Fatal(err)
	}
	if es := got["deployment:arg-unprofor"]; len(es) != 2 || es[0].Mechanism != "INTEROPERABILITY" || es[1].Mechanism != "TRAINING_AND_DOCTRINE" {
		t.Errorf("CATALYZED from deployment:arg-unprofor = %s", asJSON(t, es))
	}
	// CITES is not a domain relationship.
	_, err = s.Edges(ctx, []string{"country:mex"}, "CITES", graph.Out)
	wantCode(t, err, graph.Invalid)
	if got, err := s.Edges(ctx, nil, graph.RelHolds, graph.Out); err != nil || len(got) != 0 {
		t.Errorf("Edges(nil) = %v, %v", got, err)
	}
}

func testSeries(ctx context.Context, t *testing.T, s *neo4j.Store, ds *graph.Dataset) {
	d := func(s string) *graph.PartialDate {
		if s == "" {
			return nil
		}
		return ptr(graph.MustDate(s))
	}
	tests := []struct {
		name, country, from, to string
		want                    []string
		code                    graph.Code
	}{
		{"all", "country:jpn", "", "", []string{"1992-09", "1992-10", "1992-11", "1993-01", "1993-02"}, ""},
		{"a quarter", "country:jpn", "1992-10", "1992-12", []string{"1992-10", "1992-11"}, ""},
		{"from a year", "country:jpn", "1993", "", []string{"1993-01", "1993-02"}, ""},
		{"to a day", "country:jpn", "", "1992-10-01", []string{"1992-09", "1992-10"}, ""},
		{"a year-precision point in a month range", "country:arg", "1995-06", "1995-06", []string{"1995"}, ""},
		{"country without a series", "country:mex", "", "", []string{}, ""},
		{"unknown country", "country:zzz", "", "", nil, graph.NotFound},
		{"not a country", "mission:untac", "", "", nil, graph.NotFound},
		{"inverted", "country:jpn", "1994", "1993", nil, graph.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := s.PersonnelSeries(ctx, tt.country, graph.DateRange{From: d(tt.from), To: d(tt.to)})
			if tt.code != "" {
				wantCode(t, err, tt.code)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ps == nil {
				t.Errorf("nil series, want an empty list")
			}
			got := []string{}
			for _, p := range ps {
				got = append(got, p.Date.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	ps, err := s.PersonnelSeries(ctx, "country:jpn", graph.DateRange{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ps, ds.Personnel["country:jpn"]) {
		t.Errorf("series differs from the dataset:\n got %s\nwant %s", asJSON(t, ps), asJSON(t, ds.Personnel["country:jpn"]))
	}
}

// refSearch is the search rule applied by brute force over the whole dataset.
func refSearch(ds *graph.Dataset, q graph.SearchQuery) []graph.SearchHit {
	toks := graph.Tokens(q.Text)
	hits := []graph.SearchHit{}
	for _, n := range ds.Nodes {
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, n.NodeKind()) {
			continue
		}
		if h, ok := graph.NewSearchDoc(n).Hit(n.NodeID(), toks); ok {
			hits = append(hits, h)
		}
	}
	return graph.RankHits(hits, q.First)
}

func testSearch(ctx context.Context, t *testing.T, s *neo4j.Store, ds *graph.Dataset) {
	explicit := []struct {
		text  string
		kinds []graph.Kind
		first string
	}{
		{"japón", nil, "country:jpn"},
		{"JAPON", nil, "country:jpn"},
		{"ley 25", nil, "law:arg-25880"},
		{"国際平和協力法", nil, "law:jpn-ipc-act"},
		{"untac", []graph.Kind{graph.KindDeployment}, "deployment:arg-untac"},
		{"pérez", nil, "source:study"},
		{"S/RES/745 (1992)", nil, "law:unsc-745"},
		{"and or not", nil, ""},
		{"zzzz", nil, ""},
	}
	for _, tt := range explicit {
		q := graph.SearchQuery{Text: tt.text, Kinds: tt.kinds, First: 10}
		hits, err := s.Search(ctx, q)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.text, err)
		}
		if hits == nil {
			t.Errorf("Search(%q) = nil, want an empty list", tt.text)
		}
		if (tt.first == "") != (len(hits) == 0) || (len(hits) > 0 && hits[0].NodeID != tt.first) {
			t.Errorf("Search(%q) = %s, want %q first", tt.text, asJSON(t, hits), tt.first)
		}
	}
	// Every prefix of every token of every node, and some pairs, against brute force: the
	// full-text index must find every node the rule matches.
	queries := map[string]bool{}
	for _, n := range ds.Nodes {
		toks := strings.Fields(graph.SearchText(n))
		for i, tok := range toks {
			r := []rune(tok)
			for _, l := range []int{1, 2, len(r) / 2, len(r)} {
				if l > 0 && l <= len(r) {
					queries[string(r[:l])] = true
				}
			}
			if i > 0 {
				queries[toks[i-1]+" "+string(r[:(len(r)+1)/2])] = true
			}
		}
	}
	var checks []func()
	for text := range queries {
		for _, kinds := range [][]graph.Kind{nil, {graph.KindMission, graph.KindLegalInstrument}} {
			q := graph.SearchQuery{Text: text, Kinds: kinds, First: graph.MaxSearchResults}
			checks = append(checks, func() {
				got, err := s.Search(ctx, q)
				if err != nil {
					t.Errorf("Search(%q): %v", text, err)
					return
				}
				if want := refSearch(ds, q); !reflect.DeepEqual(got, want) {
					t.Errorf("Search(%q, %v):\n got %s\nwant %s", text, kinds, asJSON(t, got), asJSON(t, want))
				}
			})
		}
	}
	concurrently(checks)
	for _, bad := range []graph.SearchQuery{{Text: " ,; ", First: 5}, {Text: "x", First: 0}, {Text: "x", First: 101}, {Text: "x", First: 1, Kinds: []graph.Kind{"NOPE"}}} {
		_, err := s.Search(ctx, bad)
		wantCode(t, err, graph.Invalid)
	}
}

// refPaths is the path rule by brute force: every simple path from from of at most maxHops
// hops, by depth-first search, costed by graph.PathCost; for each end, the one of least cost,
// then fewest hops, then smallest by graph.PathLess, with its relationships attached.
func refPaths(ds *graph.Dataset, from string, maxHops int) map[string][]graph.PathStep {
	adj := map[string][]graph.PathStep{}
	deg := map[string]int{}
	edges := map[string]graph.Edge{}
	for _, e := range ds.Edges {
		k, w := graph.EdgeKey(e), graph.WeakEvidence(e.Confidence, e.Basis)
		edges[k] = e
		adj[e.From] = append(adj[e.From], graph.PathStep{NodeID: e.To, Relationship: e.Type, Forward: true, Inherited: e.Inherited, Weak: w, Key: k})
		adj[e.To] = append(adj[e.To], graph.PathStep{NodeID: e.From, Relationship: e.Type, Forward: false, Inherited: e.Inherited, Weak: w, Key: k})
		deg[e.From]++
		deg[e.To]++
	}
	degree := func(id string) int { return deg[id] }
	best := map[string][]graph.PathStep{}
	better := func(a, b []graph.PathStep) bool {
		ca, cb := graph.PathCost(a, degree), graph.PathCost(b, degree)
		if ca != cb {
			return ca < cb
		}
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return graph.PathLess(a, b)
	}
	var walk func(path []graph.PathStep)
	walk = func(path []graph.PathStep) {
		cur := path[len(path)-1].NodeID
		if len(path) > 1 {
			if b, ok := best[cur]; !ok || better(path, b) {
				best[cur] = slices.Clone(path)
			}
		}
		if len(path) > maxHops {
			return
		}
		for _, st := range adj[cur] {
			if !slices.ContainsFunc(path, func(p graph.PathStep) bool { return p.NodeID == st.NodeID }) {
				walk(append(path, st))
			}
		}
	}
	walk([]graph.PathStep{{NodeID: from}})
	for _, p := range best {
		for i := 1; i < len(p); i++ {
			e := edges[p[i].Key]
			p[i].Edge = &e
		}
	}
	return best
}

func testPath(ctx context.Context, t *testing.T, s *neo4j.Store, ds *graph.Dataset) {
	step := func(id string, rel graph.RelType, fwd bool) graph.PathStep {
		return graph.PathStep{NodeID: id, Relationship: rel, Forward: fwd}
	}
	got, err := s.EvidencePath(ctx, "country:mex", "mission:untac", 6)
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.PathStep{{NodeID: "country:mex"}, step("principle:un-consent", graph.RelHolds, true),
		step("law:unsc-745", graph.RelDefinedIn, true), step("mission:untac", graph.RelEstablishedBy, false)}
	bare := make([]graph.PathStep, len(got))
	for i, st := range got {
		bare[i] = graph.PathStep{NodeID: st.NodeID, Relationship: st.Relationship, Forward: st.Forward}
		if i > 0 && (st.Edge == nil || st.Edge.Type != st.Relationship || len(st.Edge.Citations) == 0) {
			t.Errorf("step %d (%s) carries no evidence: %s", i, st.NodeID, asJSON(t, st))
		}
	}
	if !reflect.DeepEqual(bare, want) {
		t.Errorf("mex -> untac:\n got %s\nwant %s", asJSON(t, bare), asJSON(t, want))
	}
	if got, err := s.EvidencePath(ctx, "country:mex", "mission:untac", 2); err != nil || got == nil || len(got) != 0 {
		t.Errorf("beyond maxHops = %v, %v; want an empty path", got, err)
	}
	// Sources are reached only through CITES, which paths never use.
	if got, err := s.EvidencePath(ctx, "country:mex", "source:study", 6); err != nil || len(got) != 0 {
		t.Errorf("path to a source = %v, %v; want none", got, err)
	}
	if got, err := s.EvidencePath(ctx, "country:mex", "country:mex", 1); err != nil || !reflect.DeepEqual(got, []graph.PathStep{{NodeID: "country:mex"}}) {
		t.Errorf("path to itself = %v, %v", got, err)
	}
	for _, bad := range []struct {
		from, to string
		max      int
		code     graph.Code
	}{
		{"country:mex", "country:jpn", 0, graph.Invalid},
		{"country:mex", "country:jpn", graph.MaxPathHops + 1, graph.Invalid},
		{"country:zzz", "country:jpn", 3, graph.NotFound},
		{"country:mex", "country:zzz", 3, graph.NotFound},
		{"country:zzz", "country:zzz", 3, graph.NotFound},
	} {
		_, err := s.EvidencePath(ctx, bad.from, bad.to, bad.max)
		wantCode(t, err, bad.code)
	}
	// Every ordered pair of non-source nodes against brute force, with maxHops 2, 4 or 6 in
	// turn: short bounds cut paths off, long ones find them all.
	var ids []string
	for _, n := range ds.Nodes {
		if n.NodeKind() != graph.KindSource {
			ids = append(ids, n.NodeID())
		}
	}
	var checks []func()
	for i, from := range ids {
		for _, max := range []int{2, 4, 6} {
			want := refPaths(ds, from, max)
			for j, to := range ids {
				if from == to || 2+2*((i+j)%3) != max {
					continue
				}
				w := want[to]
				if w == nil {
					w = []graph.PathStep{}
				}
				checks = append(checks, func() {
					got, err := s.EvidencePath(ctx, from, to, max)
					if err != nil {
						t.Errorf("EvidencePath(%s, %s, %d): %v", from, to, max, err)
						return
					}
					if !reflect.DeepEqual(got, w) {
						t.Errorf("EvidencePath(%s, %s, %d):\n got %s\nwant %s", from, to, max, asJSON(t, got), asJSON(t, w))
					}
				})
			}
		}
	}
	concurrently(checks)
}

// concurrently runs independent read-only checks a few at a time: the store is safe for
// concurrent use and most of each check is waiting for Neo4j, so the checks overlap instead
// of paying every round trip in turn. The checks report with t.Errorf, never t.Fatal.
func concurrently(checks []func()) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, c := range checks {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			c()
		}()
	}
	wg.Wait()
}

func testInfo(ctx context.Context, t *testing.T, s *neo4j.Store, ds *graph.Dataset) {
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.DatasetInfo{Version: ds.Version, Nodes: len(ds.Nodes), Relationships: len(ds.Edges), Sources: 5, Backend: "neo4j"}
	if info != want {
		t.Errorf("Info = %+v, want %+v", info, want)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

// testRoundTrips pins the number of queries per method, whatever the number of IDs: what the
// GraphQL layer's No-N+1 guarantee rests on.
func testRoundTrips(ctx context.Context, t *testing.T, s *neo4j.Store, ds *graph.Dataset) {
	ids := allIDs(ds)
	tests := []struct {
		name string
		call func() error
		want int64
	}{
		{"Get, all IDs", func() error { _, err := s.Get(ctx, ids); return err }, 1},
		{"Get, none", func() error { _, err := s.Get(ctx, nil); return err }, 0},
		{"Edges, all IDs, both ways", func() error { _, err := s.Edges(ctx, ids, graph.RelHolds, graph.Both); return err }, 1},
		{"Edges, none", func() error { _, err := s.Edges(ctx, nil, graph.RelHolds, graph.Both); return err }, 0},
		{"Lookup", func() error { _, err := s.Lookup(ctx, graph.KindCountry, "mex"); return err }, 1},
		{"List", func() error { _, err := s.List(ctx, graph.ListQuery{Kind: graph.KindDeployment}); return err }, 2},
		{"List, empty page", func() error {
			_, err := s.List(ctx, graph.ListQuery{Kind: graph.KindDeployment, First: ptr(0)})
			return err
		}, 1},
		{"List, unknown country", func() error {
			_, _ = s.List(ctx, graph.ListQuery{Kind: graph.KindDeployment, Country: "country:x"})
			return nil
		}, 1},
		{"PersonnelSeries", func() error { _, err := s.PersonnelSeries(ctx, "country:jpn", graph.DateRange{}); return err }, 1},
		{"Search", func() error { _, err := s.Search(ctx, graph.SearchQuery{Text: "un", First: 10}); return err }, 1},
		// A ring of the graph around both ends per query (PathRadius(6) = 3), then the evidence
		// of the path's relationships.
		{"EvidencePath", func() error { _, err := s.EvidencePath(ctx, "country:mex", "country:jpn", 6); return err }, 4},
		{"Info", func() error { _, err := s.Info(ctx); return err }, 1},
		{"Ping", func() error { return s.Ping(ctx) }, 1},
		{"invalid input sends nothing", func() error { _, _ = s.List(ctx, graph.ListQuery{Kind: "NOPE"}); return nil }, 0},
	}
	for _, tt := range tests {
		before := s.RoundTrips()
		if err := tt.call(); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := s.RoundTrips() - before; got != tt.want {
			t.Errorf("%s: %d round trips, want %d", tt.name, got, tt.want)
		}
	}
}
