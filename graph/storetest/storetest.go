// Package storetest is the conformance suite every graph.Store must pass. The memory and Neo4j
// stores both run it against the same fixture dataset, so they cannot disagree on anything the
// suite pins: contents, ordering, filters, pagination, search ranking, paths and error codes.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/seed"
)

// Fixture loads the suite's dataset (testdata/seed).
func Fixture(t testing.TB) *graph.Dataset {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	ds, err := seed.LoadDir(filepath.Join(filepath.Dir(file), "testdata", "seed"))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return ds
}

// Opener returns a store serving ds, ready to query.
type Opener func(t *testing.T, ds *graph.Dataset) graph.Store

// Run runs the whole suite against the stores open returns.
func Run(t *testing.T, open Opener) {
	ds := Fixture(t)
	s := open(t, ds)
	ctx := context.Background()
	t.Run("Get", func(t *testing.T) { testGet(ctx, t, s, ds) })
	t.Run("Lookup", func(t *testing.T) { testLookup(ctx, t, s) })
	t.Run("Edges", func(t *testing.T) { testEdges(ctx, t, s, ds) })
	t.Run("Relationships", func(t *testing.T) { testRelationships(ctx, t, s, ds) })
	t.Run("List", func(t *testing.T) { testList(ctx, t, s, ds) })
	t.Run("Paginate", func(t *testing.T) { testPaginate(ctx, t, s) })
	t.Run("Where", func(t *testing.T) { testWhere(ctx, t, s) })
	t.Run("WhereDates", func(t *testing.T) { testWhereDates(ctx, t, s) })
	t.Run("OrderBy", func(t *testing.T) { testOrderBy(ctx, t, s) })
	t.Run("PersonnelSeries", func(t *testing.T) { testSeries(ctx, t, s) })
	t.Run("Search", func(t *testing.T) { testSearch(ctx, t, s) })
	t.Run("EvidencePath", func(t *testing.T) { testPath(ctx, t, s, ds) })
	t.Run("Info", func(t *testing.T) { testInfo(ctx, t, s, ds) })
	t.Run("Analysis", func(t *testing.T) { RunAnalysis(t, s) })
}

func ptr[T any](v T) *T { return &v }

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// storeOp is how every store names the operation of the errors its methods return
// (graph.WithOp): "memory.List", "neo4j.List", never a helper's name such as
// "graph.ValidateList".
var storeOp = regexp.MustCompile(`^([a-z][a-z0-9]*)\.([A-Z][A-Za-z]*)$`)

// wantCode checks an error's code and that it names the store method that returned it.
func wantCode(t *testing.T, err error, code graph.Code, method string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	var ge *graph.Error
	if !errors.As(err, &ge) {
		t.Fatalf("%v is not a *graph.Error", err)
	}
	if m := storeOp.FindStringSubmatch(ge.Op); m == nil || m[1] == "graph" || m[2] != method {
		t.Errorf("error %q names operation %q, want \"<store>.%s\" (graph.WithOp)", err, ge.Op, method)
	}
}

func testGet(ctx context.Context, t *testing.T, s graph.Store, ds *graph.Dataset) {
	ids := []string{"mission:stab", "nope:x", "country:aaa"}
	got, err := s.Get(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[1] != nil {
		t.Fatalf("Get(%v) = %v, want 3 entries with nil in the middle", ids, got)
	}
	// An alias (a record merged into another) finds the node it was merged into, under its ID;
	// asked beside the node itself and an unknown ID, each entry is its own.
	ids = []string{"event:aaa-announcement-duplicate", "event:nope", "event:aaa-announcement", "country:aaa"}
	got, err = s.Get(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[0] == nil || got[0].NodeID() != "event:aaa-announcement" || got[1] != nil ||
		got[2] == nil || got[2].NodeID() != "event:aaa-announcement" || got[3] == nil {
		t.Fatalf("Get(%v) = %v, want the announcement twice, nil, then the country", ids, got)
	}
	// Every node comes back exactly as loaded.
	var all []string
	for _, n := range ds.Nodes {
		all = append(all, n.NodeID())
	}
	nodes, err := s.Get(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range ds.Nodes {
		if nodes[i] == nil {
			t.Errorf("Get(%s) = nil", n.NodeID())
			continue
		}
		if a, b := asJSON(t, nodes[i]), asJSON(t, n); a != b {
			t.Errorf("Get(%s):\n got %s\nwant %s", n.NodeID(), a, b)
		}
	}
}

func testLookup(ctx context.Context, t *testing.T, s graph.Store) {
	tests := []struct {
		kind graph.Kind
		key  string
		want string
		code graph.Code
	}{
		{graph.KindCountry, "AAA", "country:aaa", ""},
		{graph.KindCountry, "aaa", "country:aaa", ""},
		{graph.KindCountry, "ZZZ", "", graph.NotFound},
		{graph.KindMission, "stab", "mission:stab", ""},
		{graph.KindMission, "NOPE", "", graph.NotFound},
		{graph.KindReform, "x", "", graph.Invalid},
	}
	for _, tt := range tests {
		n, err := s.Lookup(ctx, tt.kind, tt.key)
		if tt.code != "" {
			wantCode(t, err, tt.code, "Lookup")
			continue
		}
		if err != nil || n.NodeID() != tt.want {
			t.Errorf("Lookup(%s, %q) = %v, %v; want %s", tt.kind, tt.key, n, err, tt.want)
		}
	}
}

// testEdges checks every relationship type in both directions against the dataset.
func testEdges(ctx context.Context, t *testing.T, s graph.Store, ds *graph.Dataset) {
	var ids []string
	for _, n := range ds.Nodes {
		ids = append(ids, n.NodeID())
	}
	for _, rel := range graph.RelTypes() {
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			want := WantEdges(ds, rel, dir)
			got, err := s.Edges(ctx, ids, rel, dir)
			if err != nil {
				t.Fatalf("Edges(%s, %d): %v", rel, dir, err)
			}
			if a, b := asJSON(t, got), asJSON(t, want); a != b {
				t.Errorf("Edges(%s, %d):\n got %s\nwant %s", rel, dir, a, b)
			}
		}
	}
	_, err := s.Edges(ctx, []string{"country:aaa"}, "NO_SUCH", graph.Out)
	wantCode(t, err, graph.Invalid, "Edges")
}

// testRelationships checks Relationships against the dataset: every type at once, each type
// alone (the same as Edges), and a pair of types, in each direction.
func testRelationships(ctx context.Context, t *testing.T, s graph.Store, ds *graph.Dataset) {
	var ids []string
	for _, n := range ds.Nodes {
		ids = append(ids, n.NodeID())
	}
	sets := [][]graph.RelType{nil, {graph.RelHolds, graph.RelCompatibleWith}}
	for _, rel := range graph.RelTypes() {
		sets = append(sets, []graph.RelType{rel})
	}
	for _, types := range sets {
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			want := map[string][]graph.Edge{}
			for _, rel := range types {
				for id, es := range WantEdges(ds, rel, dir) {
					want[id] = append(want[id], es...)
				}
			}
			if types == nil {
				for _, rel := range graph.RelTypes() {
					for id, es := range WantEdges(ds, rel, dir) {
						want[id] = append(want[id], es...)
					}
				}
			}
			for id := range want {
				graph.SortEdges(id, want[id])
			}
			got, err := s.Relationships(ctx, ids, types, dir)
			if err != nil {
				t.Fatalf("Relationships(%v, %d): %v", types, dir, err)
			}
			if a, b := asJSON(t, got), asJSON(t, want); a != b {
				t.Errorf("Relationships(%v, %d):\n got %s\nwant %s", types, dir, a, b)
			}
		}
	}
	if got, err := s.Relationships(ctx, nil, nil, graph.Both); err != nil || len(got) != 0 {
		t.Errorf("Relationships of no IDs = %v, %v; want none", got, err)
	}
	_, err := s.Relationships(ctx, []string{"country:aaa"}, []graph.RelType{graph.RelHolds, "NO_SUCH"}, graph.Out)
	wantCode(t, err, graph.Invalid, "Relationships")
}

// WantEdges is what Store.Edges must return for every node of ds: the reference answer,
// computed from the dataset itself.
func WantEdges(ds *graph.Dataset, rel graph.RelType, dir graph.Direction) map[string][]graph.Edge {
	want := map[string][]graph.Edge{}
	for _, e := range ds.Edges {
		if e.Type != rel {
			continue
		}
		if dir != graph.In {
			want[e.From] = append(want[e.From], e)
		}
		if dir != graph.Out {
			want[e.To] = append(want[e.To], e)
		}
	}
	for id := range want {
		graph.SortEdges(id, want[id])
	}
	return want
}

func ids(p graph.Page) []string {
	out := []string{}
	for _, n := range p.Nodes {
		out = append(out, n.NodeID())
	}
	return out
}

func testList(ctx context.Context, t *testing.T, s graph.Store, ds *graph.Dataset) {
	yes, no := true, false
	tests := []struct {
		name string
		q    graph.ListQuery
		want []string
		code graph.Code
	}{
		{"missions by date", graph.ListQuery{Kind: graph.KindMission}, []string{"mission:idle", "mission:obs", "mission:stab"}, ""},
		{"missions by name (acronym)", graph.ListQuery{Kind: graph.KindMission, Order: graph.OrderName, Desc: true}, []string{"mission:stab", "mission:obs", "mission:idle"}, ""},
		{"missions by contributors desc", graph.ListQuery{Kind: graph.KindMission, Order: graph.OrderContributors, Desc: true}, []string{"mission:stab", "mission:obs", "mission:idle"}, ""},
		{"missions by deployments", graph.ListQuery{Kind: graph.KindMission, Order: graph.OrderDeployments}, []string{"mission:idle", "mission:obs", "mission:stab"}, ""},
		{"missions of a contributor", graph.ListQuery{Kind: graph.KindMission, Country: "country:bbb"}, []string{"mission:stab"}, ""},
		{"chapter VII", graph.ListQuery{Kind: graph.KindMission, ChapterVII: &yes}, []string{"mission:stab"}, ""},
		{"not chapter VII", graph.ListQuery{Kind: graph.KindMission, ChapterVII: &no}, []string{"mission:obs"}, ""},
		{"mission kind", graph.ListQuery{Kind: graph.KindMission, SubKind: "OBSERVER"}, []string{"mission:obs"}, ""},
		// mission:idle's end is unknown (not before 1970): known active until 1970, possibly later.
		{"missions active in 1995 (year precision)", graph.ListQuery{Kind: graph.KindMission, Active: graph.DateRange{From: ptr(graph.MustDate("1995")), To: ptr(graph.MustDate("1995"))}}, []string{"mission:obs"}, ""},
		{"missions active from 2017-10-15", graph.ListQuery{Kind: graph.KindMission, Active: graph.DateRange{From: ptr(graph.MustDate("2017-10-15"))}}, []string{"mission:stab"}, ""},
		{"missions active from 2017-10-16", graph.ListQuery{Kind: graph.KindMission, Active: graph.DateRange{From: ptr(graph.MustDate("2017-10-16"))}}, []string{}, ""},
		{"missions active from 2017-10-16, the uncertain included", graph.ListQuery{Kind: graph.KindMission, Active: graph.DateRange{From: ptr(graph.MustDate("2017-10-16"))}, IncludeUncertain: true}, []string{"mission:idle"}, ""},
		{"missions active in 1965, known", graph.ListQuery{Kind: graph.KindMission, Active: graph.DateRange{From: ptr(graph.MustDate("1965")), To: ptr(graph.MustDate("1965"))}}, []string{"mission:idle"}, ""},
		{"missions started in the 1990s", graph.ListQuery{Kind: graph.KindMission, Started: graph.DateRange{From: ptr(graph.MustDate("1990")), To: ptr(graph.MustDate("1999"))}}, []string{"mission:obs"}, ""},
		{"missions started in 2004 and active after 2010", graph.ListQuery{Kind: graph.KindMission, Started: graph.DateRange{From: ptr(graph.MustDate("2004")), To: ptr(graph.MustDate("2004"))}, Active: graph.DateRange{From: ptr(graph.MustDate("2011"))}}, []string{"mission:stab"}, ""},
		{"deployments of a country", graph.ListQuery{Kind: graph.KindDeployment, Country: "country:aaa"}, []string{"deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"deployments in a mission", graph.ListQuery{Kind: graph.KindDeployment, Mission: "mission:stab"}, []string{"deployment:aaa-stab", "deployment:bbb-stab"}, ""},
		{"deployments by personnel", graph.ListQuery{Kind: graph.KindDeployment, Personnel: []graph.PersonnelType{"POLICE", "STAFF_OFFICERS"}}, []string{"deployment:aaa-stab", "deployment:bbb-stab"}, ""},
		{"deployments by function", graph.ListQuery{Kind: graph.KindDeployment, Function: "function:observation"}, []string{"deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"deployments active to 1994-02 (month precision)", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{To: ptr(graph.MustDate("1994-02"))}}, []string{"deployment:aaa-obs"}, ""},
		{"deployments active to 1992-01", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{To: ptr(graph.MustDate("1992-01"))}}, []string{}, ""},
		// aaa-stab runs as of 2016: known active until then, possibly after. ccc-idle's dates are
		// unknown but bounded by its mission's start (1960): it started after 1960, when is open.
		{"deployments active from 2016, the ongoing one known", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{From: ptr(graph.MustDate("2016"))}}, []string{"deployment:aaa-stab"}, ""},
		{"deployments active from 2020, the ongoing one only possibly", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{From: ptr(graph.MustDate("2020"))}}, []string{}, ""},
		{"deployments active from 2020, the uncertain included", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{From: ptr(graph.MustDate("2020"))}, IncludeUncertain: true}, []string{"deployment:aaa-stab", "deployment:ccc-idle"}, ""},
		{"deployments started in 2004-2005", graph.ListQuery{Kind: graph.KindDeployment, Started: graph.DateRange{From: ptr(graph.MustDate("2004")), To: ptr(graph.MustDate("2005"))}}, []string{"deployment:aaa-stab", "deployment:bbb-stab"}, ""},
		{"deployments started from 1950: the bounded unknown start counts", graph.ListQuery{Kind: graph.KindDeployment, Started: graph.DateRange{From: ptr(graph.MustDate("1950"))}}, []string{"deployment:aaa-obs", "deployment:aaa-stab", "deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"instruments of a country", graph.ListQuery{Kind: graph.KindLegalInstrument, Country: "country:aaa"}, []string{"law:aaa-act", "law:aaa-amend"}, ""},
		{"instruments by kind", graph.ListQuery{Kind: graph.KindLegalInstrument, SubKind: "UN_RESOLUTION"}, []string{"law:unsc-1", "law:unsc-2"}, ""},
		{"instruments, undated last", graph.ListQuery{Kind: graph.KindLegalInstrument}, []string{"law:unsc-1", "law:aaa-act", "law:aaa-amend", "law:unsc-2", "law:bbb-const"}, ""},
		{"instruments, undated last even descending", graph.ListQuery{Kind: graph.KindLegalInstrument, Desc: true}, []string{"law:unsc-2", "law:aaa-amend", "law:aaa-act", "law:unsc-1", "law:bbb-const"}, ""},
		{"instruments adopted in 2001, undated left out", graph.ListQuery{Kind: graph.KindLegalInstrument, Active: graph.DateRange{From: ptr(graph.MustDate("2001")), To: ptr(graph.MustDate("2001-12"))}}, []string{"law:aaa-amend"}, ""},
		{"instruments adopted in 2001, undated included", graph.ListQuery{Kind: graph.KindLegalInstrument, Active: graph.DateRange{From: ptr(graph.MustDate("2001")), To: ptr(graph.MustDate("2001-12"))}, IncludeUncertain: true}, []string{"law:aaa-amend", "law:bbb-const"}, ""},
		{"safeguards in force in 1991", graph.ListQuery{Kind: graph.KindSafeguard, Active: graph.DateRange{To: ptr(graph.MustDate("1991"))}}, []string{}, ""},
		{"safeguards in force from 2011: none is known to be", graph.ListQuery{Kind: graph.KindSafeguard, Active: graph.DateRange{From: ptr(graph.MustDate("2011"))}}, []string{}, ""},
		{"safeguards in force in 2005", graph.ListQuery{Kind: graph.KindSafeguard, Active: graph.DateRange{From: ptr(graph.MustDate("2005")), To: ptr(graph.MustDate("2005"))}}, []string{"safeguard:bbb-approval"}, ""},
		{"reforms by kind", graph.ListQuery{Kind: graph.KindReform, SubKind: "TRAINING"}, []string{"reform:aaa-training-centre"}, ""},
		{"principles held", graph.ListQuery{Kind: graph.KindPrinciple, Country: "country:aaa"}, []string{"principle:aaa-non-intervention"}, ""},
		{"principles by scope", graph.ListQuery{Kind: graph.KindPrinciple, SubKind: "UN_PEACEKEEPING"}, []string{"principle:un-consent"}, ""},
		{"countries by role", graph.ListQuery{Kind: graph.KindCountry, CaseRole: "PARTNER"}, []string{"country:ccc"}, ""},
		{"countries by name", graph.ListQuery{Kind: graph.KindCountry}, []string{"country:aaa", "country:bbb", "country:ccc"}, ""},
		{"sources by name, accents folded", graph.ListQuery{Kind: graph.KindSource}, []string{"source:t-law", "source:t-press", "source:t-un"}, ""},
		{"events of a country", graph.ListQuery{Kind: graph.KindEvent, Country: "country:aaa"}, []string{"event:aaa-announcement"}, ""},
		{"findings", graph.ListQuery{Kind: graph.KindRecommendation, Country: "country:aaa"}, []string{"recommendation:aaa-selective"}, ""},
		{"safeguards by kind", graph.ListQuery{Kind: graph.KindSafeguard, SubKind: "CEASEFIRE"}, []string{"safeguard:aaa-ceasefire"}, ""},
		{"unknown country", graph.ListQuery{Kind: graph.KindDeployment, Country: "country:zzz"}, nil, graph.NotFound},
		{"unknown mission", graph.ListQuery{Kind: graph.KindDeployment, Mission: "mission:zzz"}, nil, graph.NotFound},
		{"country that is not a country", graph.ListQuery{Kind: graph.KindDeployment, Country: "mission:stab"}, nil, graph.NotFound},
		{"countries ignore Country and Active", graph.ListQuery{Kind: graph.KindCountry, Country: "country:aaa", Active: graph.DateRange{From: ptr(graph.MustDate("2000"))}},
			[]string{"country:aaa", "country:bbb", "country:ccc"}, ""},
		{"unknown kind", graph.ListQuery{Kind: "NOPE"}, nil, graph.Invalid},
		{"negative last", graph.ListQuery{Kind: graph.KindCountry, Last: ptr(-1)}, nil, graph.Invalid},
		{"inverted range", graph.ListQuery{Kind: graph.KindMission, Active: graph.DateRange{From: ptr(graph.MustDate("2000")), To: ptr(graph.MustDate("1999"))}}, nil, graph.Invalid},
		{"inverted started range", graph.ListQuery{Kind: graph.KindDeployment, Started: graph.DateRange{From: ptr(graph.MustDate("2000")), To: ptr(graph.MustDate("1999"))}}, nil, graph.Invalid},
		{"bad order", graph.ListQuery{Kind: graph.KindCountry, Order: graph.OrderContributors}, nil, graph.Invalid},
		{"negative first", graph.ListQuery{Kind: graph.KindCountry, First: ptr(-1)}, nil, graph.Invalid},
		{"bad cursor", graph.ListQuery{Kind: graph.KindCountry, After: "garbage"}, nil, graph.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.List(ctx, tt.q)
			if tt.code != "" {
				wantCode(t, err, tt.code, "List")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if p.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", p.Total, len(tt.want))
			}
			// The uncertain are graph's rule applied to the whole dataset: every node of the
			// kind (and of the query's other filters, which these cases do not combine with
			// time) whose answer is Maybe, whether included or not.
			if want := wantUncertain(ds, tt.q); !slices.Equal(p.Uncertain, want) {
				t.Errorf("Uncertain = %v, want %v", p.Uncertain, want)
			}
		})
	}
	// The uncertain of a few windows, pinned (so that wantUncertain cannot drift with them).
	for _, tt := range []struct {
		name string
		q    graph.ListQuery
		want []string
	}{
		{"missions from 2017-10-16", graph.ListQuery{Kind: graph.KindMission, Active: graph.DateRange{From: ptr(graph.MustDate("2017-10-16"))}}, []string{"mission:idle"}},
		{"deployments from 2020", graph.ListQuery{Kind: graph.KindDeployment, Active: graph.DateRange{From: ptr(graph.MustDate("2020"))}}, []string{"deployment:aaa-stab", "deployment:ccc-idle"}},
		{"deployments started in 1992", graph.ListQuery{Kind: graph.KindDeployment, Started: graph.DateRange{From: ptr(graph.MustDate("1992")), To: ptr(graph.MustDate("1992"))}}, []string{"deployment:ccc-idle"}},
		{"safeguards from 2011", graph.ListQuery{Kind: graph.KindSafeguard, Active: graph.DateRange{From: ptr(graph.MustDate("2011"))}}, []string{"safeguard:aaa-ceasefire", "safeguard:bbb-approval"}},
		{"no time filter", graph.ListQuery{Kind: graph.KindDeployment}, []string{}},
	} {
		t.Run("uncertain "+tt.name, func(t *testing.T) {
			p, err := s.List(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(p.Uncertain, tt.want) {
				t.Errorf("Uncertain = %v, want %v", p.Uncertain, tt.want)
			}
		})
	}
}

// wantUncertain is what a list's Uncertain must be for a query with no relationship filter:
// graph.TimeOf = Maybe over every node of the kind, by ID.
func wantUncertain(ds *graph.Dataset, q graph.ListQuery) []string {
	out := []string{}
	if q.Country != "" || q.Mission != "" || q.Function != "" {
		return out
	}
	for _, n := range ds.Nodes {
		if n.NodeKind() == q.Kind && q.MatchFields(n) && graph.TimeOf(n, q.Time()) == graph.Maybe {
			out = append(out, n.NodeID())
		}
	}
	slices.Sort(out)
	return out
}

// testPaginate walks every list forwards and backwards two at a time.
func testPaginate(ctx context.Context, t *testing.T, s graph.Store) {
	for _, kind := range []graph.Kind{graph.KindMission, graph.KindDeployment, graph.KindLegalInstrument, graph.KindSource} {
		all, err := s.List(ctx, graph.ListQuery{Kind: kind})
		if err != nil {
			t.Fatal(err)
		}
		var fwd []string
		after := ""
		for i := 0; ; i++ {
			p, err := s.List(ctx, graph.ListQuery{Kind: kind, First: ptr(2), After: after})
			if err != nil {
				t.Fatal(err)
			}
			fwd = append(fwd, ids(p)...)
			if p.Total != all.Total {
				t.Fatalf("%s: Total %d on a page, %d overall", kind, p.Total, all.Total)
			}
			if (after != "") != p.HasPrevious {
				t.Errorf("%s page %d: HasPrevious = %v", kind, i, p.HasPrevious)
			}
			if !p.HasNext {
				break
			}
			after = p.Cursors[len(p.Cursors)-1]
		}
		var back []string
		before := ""
		for {
			p, err := s.List(ctx, graph.ListQuery{Kind: kind, Last: ptr(2), Before: before})
			if err != nil {
				t.Fatal(err)
			}
			back = append(ids(p), back...)
			if !p.HasPrevious {
				break
			}
			before = p.Cursors[0]
		}
		if !slices.Equal(fwd, ids(all)) || !slices.Equal(back, ids(all)) {
			t.Errorf("%s: forwards %v, backwards %v, want %v", kind, fwd, back, ids(all))
		}
	}
}

func testSeries(ctx context.Context, t *testing.T, s graph.Store) {
	tests := []struct {
		name     string
		country  string
		from, to string
		want     []string
		code     graph.Code
	}{
		{"all", "country:aaa", "", "", []string{"1994-01", "1994-02", "1994-03", "2016-06"}, ""},
		{"one month", "country:aaa", "1994-02", "1994-02", []string{"1994-02"}, ""},
		{"a year", "country:aaa", "1994", "1994", []string{"1994-01", "1994-02", "1994-03"}, ""},
		{"to a day inside the month", "country:aaa", "", "1994-02-01", []string{"1994-01", "1994-02"}, ""},
		{"none", "country:bbb", "", "", []string{}, ""},
		{"unknown country", "country:zzz", "", "", nil, graph.NotFound},
		{"inverted", "country:aaa", "1995", "1994", nil, graph.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r graph.DateRange
			if tt.from != "" {
				r.From = ptr(graph.MustDate(tt.from))
			}
			if tt.to != "" {
				r.To = ptr(graph.MustDate(tt.to))
			}
			ps, err := s.PersonnelSeries(ctx, tt.country, r)
			if tt.code != "" {
				wantCode(t, err, tt.code, "PersonnelSeries")
				return
			}
			if err != nil {
				t.Fatal(err)
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
	ps, _ := s.PersonnelSeries(ctx, "country:aaa", graph.DateRange{From: ptr(graph.MustDate("1994-01")), To: ptr(graph.MustDate("1994-01"))})
	if len(ps) != 1 || ps[0].Troops != nil || *ps[0].Police != 10 || *ps[0].Experts != 2 || ps[0].Total() != 12 || len(ps[0].Citations) != 1 {
		t.Errorf("1994-01 point = %s", asJSON(t, ps))
	}
}

func testSearch(ctx context.Context, t *testing.T, s graph.Store) {
	tests := []struct {
		text  string
		kinds []graph.Kind
		want  []string
		code  graph.Code
	}{
		{"pena nieto", nil, []string{"source:t-press"}, ""},
		{"PEÑA", nil, []string{"source:t-press"}, ""},
		{"centro", nil, []string{"reform:aaa-training-centre"}, ""},
		{"stab", nil, []string{"mission:stab", "deployment:aaa-stab", "deployment:bbb-stab"}, ""},
		{"stab", []graph.Kind{graph.KindDeployment}, []string{"deployment:aaa-stab", "deployment:bbb-stab"}, ""},
		{"alfalandia", nil, []string{"country:aaa"}, ""},
		{"ley", nil, []string{"source:t-law", "law:aaa-act"}, ""}, // title beats a name in another language
		{"zzzz", nil, []string{}, ""},
		{"  ", nil, nil, graph.Invalid},
		// A word longer than MaxSearchWordLength is refused alike by both backends (Neo4j's
		// full-text index fails on very long terms; memory would answer [] instead).
		{strings.Repeat("a", graph.MaxSearchWordLength), nil, []string{}, ""},
		{strings.Repeat("a", graph.MaxSearchWordLength+1), nil, nil, graph.Invalid},
		{"pena " + strings.Repeat("é", 2000), nil, nil, graph.Invalid},
	}
	for _, tt := range tests {
		hits, err := s.Search(ctx, graph.SearchQuery{Text: tt.text, Kinds: tt.kinds, First: 20})
		if tt.code != "" {
			wantCode(t, err, tt.code, "Search")
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, h := range hits {
			got = append(got, h.NodeID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q, %v) = %v, want %v (%s)", tt.text, tt.kinds, got, tt.want, asJSON(t, hits))
		}
	}
	_, err := s.Search(ctx, graph.SearchQuery{Text: "x", First: 0})
	wantCode(t, err, graph.Invalid, "Search")
}

func testPath(ctx context.Context, t *testing.T, s graph.Store, ds *graph.Dataset) {
	step := func(id string, rel graph.RelType, fwd bool) graph.PathStep {
		return graph.PathStep{NodeID: id, Relationship: rel, Forward: fwd}
	}
	tests := []struct {
		name     string
		from, to string
		max      int
		want     []graph.PathStep
		code     graph.Code
	}{
		{"one hop", "country:aaa", "law:aaa-act", 4, []graph.PathStep{{NodeID: "country:aaa"}, step("law:aaa-act", graph.RelInstrumentOf, false)}, ""},
		{"two hops, smallest of several", "country:aaa", "principle:un-consent", 4, []graph.PathStep{
			{NodeID: "country:aaa"}, step("principle:aaa-non-intervention", graph.RelHolds, true), step("principle:un-consent", graph.RelCompatibleWith, true)}, ""},
		{"itself", "country:aaa", "country:aaa", 4, []graph.PathStep{{NodeID: "country:aaa"}}, ""},
		{"beyond maxHops", "country:bbb", "principle:un-consent", 4, []graph.PathStep{}, ""},
		{"within", "country:bbb", "principle:un-consent", 5, []graph.PathStep{
			{NodeID: "country:bbb"}, step("deployment:bbb-stab", graph.RelDeployedBy, false), step("mission:stab", graph.RelInMission, true),
			step("deployment:aaa-stab", graph.RelInMission, false), step("safeguard:aaa-ceasefire", graph.RelConstrains, false),
			step("principle:un-consent", graph.RelUpholds, true)}, ""},
		// Two hops through a threat (a hub: both ends merely share it) lose to three through
		// the reform the mission drove; likewise through the country that owns both ends.
		{"around a hub", "country:aaa", "law:unsc-1", 4, []graph.PathStep{
			{NodeID: "country:aaa"}, step("reform:aaa-oversight", graph.RelReformOf, false), step("mission:obs", graph.RelCatalyzed, false),
			step("law:unsc-1", graph.RelEstablishedBy, true)}, ""},
		{"around the owning country", "deployment:aaa-obs", "principle:aaa-non-intervention", 4, []graph.PathStep{
			{NodeID: "deployment:aaa-obs"}, step("safeguard:aaa-ceasefire", graph.RelConstrains, false), step("principle:un-consent", graph.RelUpholds, true),
			step("principle:aaa-non-intervention", graph.RelCompatibleWith, false)}, ""},
		{"cap", "country:aaa", "law:aaa-act", graph.MaxPathHops + 1, nil, graph.Invalid},
		{"zero", "country:aaa", "law:aaa-act", 0, nil, graph.Invalid},
		{"unknown end", "country:aaa", "law:nope", 3, nil, graph.NotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.EvidencePath(ctx, tt.from, tt.to, tt.max)
			if tt.code != "" {
				wantCode(t, err, tt.code, "EvidencePath")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// Each step carries the relationship it took, with the dataset's evidence.
			edges := map[string]graph.Edge{}
			for _, e := range ds.Edges {
				edges[graph.EdgeKey(e)] = e
			}
			bare := make([]graph.PathStep, len(got))
			for i, st := range got {
				bare[i] = graph.PathStep{NodeID: st.NodeID, Relationship: st.Relationship, Forward: st.Forward}
				if i == 0 {
					continue
				}
				want, ok := edges[st.Key]
				if !ok || st.Edge == nil || asJSON(t, *st.Edge) != asJSON(t, want) || st.Inherited != want.Inherited ||
					(st.Forward && (want.From != got[i-1].NodeID || want.To != st.NodeID)) || (!st.Forward && (want.To != got[i-1].NodeID || want.From != st.NodeID)) {
					t.Errorf("step %d: %s, want the relationship %s with its evidence", i, asJSON(t, st), asJSON(t, want))
				}
			}
			if !reflect.DeepEqual(bare, tt.want) && (len(got) != 0 || len(tt.want) != 0) {
				t.Errorf("got  %s\nwant %s", asJSON(t, bare), asJSON(t, tt.want))
			}
		})
	}
}

func testInfo(ctx context.Context, t *testing.T, s graph.Store, ds *graph.Dataset) {
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.Nodes != len(ds.Nodes) || info.Relationships != len(ds.Edges) || info.Sources != 3 || info.Version != ds.Version || info.Backend == "" {
		t.Errorf("Info = %+v; want %d nodes, %d relationships, 3 sources, version %s", info, len(ds.Nodes), len(ds.Edges), ds.Version)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}
