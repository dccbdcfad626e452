package analysis_test

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/analysis"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/graph/storetest"
)

// synthCountries is how many case countries synth makes: MaxCompare, so Compare can take them all.
const synthCountries = analysis.MaxCompare

// synth builds a dataset in which each of synthCountries countries has n of everything the
// analysis functions read: deployments (each in its own mission, performing a function,
// authorized by an instrument, constrained by a safeguard grounded in another), instruments,
// safeguards, reforms driven by a deployment and by a mission, principles, threat perceptions,
// obstacles, events and personnel points. Every count the functions return grows with n.
func synth(n int) *graph.Dataset {
	ds := &graph.Dataset{Version: fmt.Sprintf("synth-%d", n), Personnel: map[string][]graph.PersonnelPoint{}}
	cite := func(id string) graph.Evidence {
		return graph.Evidence{Citations: []graph.Citation{{SourceID: "source:s", Locator: id}}, Confidence: graph.High}
	}
	base := func(id string) graph.Base { return graph.Base{ID: id, Evidence: cite(id)} }
	edge := func(t graph.RelType, from, to string) {
		ds.Edges = append(ds.Edges, graph.Edge{Type: t, From: from, To: to, Evidence: cite(string(t) + " " + from + " " + to)})
	}
	add := func(n graph.Node) { ds.Nodes = append(ds.Nodes, n) }
	day := func(i int) *graph.PartialDate {
		d := graph.PartialDate{Year: 1950 + i/300, Month: 1 + i/28%12, Day: 1 + i%28}
		return &d
	}
	running := func(d *graph.PartialDate) graph.Span {
		return graph.Span{Start: graph.KnownBound(*d), End: graph.Bound{Status: graph.Unknown, Basis: "synthetic"}}
	}
	add(&graph.Source{Base: graph.Base{ID: "source:s"}, SourceKind: "OTHER", Title: "Synthetic"})
	for f := range 3 {
		add(&graph.Function{Base: base(fmt.Sprintf("function:f%d", f)), Code: fmt.Sprintf("F%d", f), Name: fmt.Sprintf("Function %d", f)})
	}
	for i := range n {
		add(&graph.Mission{Base: base(fmt.Sprintf("mission:m%03d", i)), Acronym: fmt.Sprintf("M%03d", i), Span: running(day(i)), MissionKind: "OTHER"})
		add(&graph.Threat{Base: base(fmt.Sprintf("threat:t%03d", i)), Name: fmt.Sprintf("Threat %d", i), ThreatKind: "NEW_THREAT"})
	}
	for c := range synthCountries {
		iso := fmt.Sprintf("C%02d", c)
		cid := graph.CountryID(iso)
		add(&graph.Country{Base: base(cid), ISO3: iso, Name: "Country " + iso, CaseRole: graph.Comparator})
		for i := range n {
			id := func(prefix string) string { return fmt.Sprintf("%s%s-%03d", prefix, strings.ToLower(iso), i) }
			mission := fmt.Sprintf("mission:m%03d", i)
			dep, law, basis, sg := id("deployment:"), id("law:"), id("law:basis-"), id("safeguard:")
			reform, principle, obstacle, event := id("reform:"), id("principle:"), id("obstacle:"), id("event:")
			add(&graph.Deployment{Base: base(dep), CountryID: cid, MissionID: mission, Span: running(day(i)), Personnel: []graph.PersonnelType{"TROOPS", []graph.PersonnelType{"POLICE", "CIVILIANS"}[i%2]}, Title: iso + " in " + mission})
			edge(graph.RelDeployedBy, dep, cid)
			edge(graph.RelInMission, dep, mission)
			edge(graph.RelPerformed, dep, fmt.Sprintf("function:f%d", i%3))
			edge(graph.RelAuthorizedBy, dep, law)
			add(&graph.LegalInstrument{Base: base(law), CountryID: cid, InstrumentKind: []graph.InstrumentKind{"CONSTITUTION_PROVISION", "STATUTE"}[i%2], Title: "Law " + law,
				Lifecycle: []graph.Stage{{Stage: graph.StageAdopted, Date: *day(i)}}, InForce: running(day(i))})
			edge(graph.RelInstrumentOf, law, cid)
			add(&graph.LegalInstrument{Base: base(basis), CountryID: cid, InstrumentKind: "STATUTE", Title: "Basis " + basis, InForce: running(day(0))})
			edge(graph.RelInstrumentOf, basis, cid)
			add(&graph.Safeguard{Base: base(sg), CountryID: cid, SafeguardKind: []graph.SafeguardKind{"PARLIAMENTARY_APPROVAL", "CEASEFIRE"}[i%2], Title: "Safeguard " + sg, InForce: running(day(i))})
			edge(graph.RelSafeguardOf, sg, cid)
			edge(graph.RelGroundedIn, sg, basis)
			edge(graph.RelConstrains, sg, dep)
			add(&graph.Reform{Base: base(reform), CountryID: cid, Title: "Reform " + reform, Date: day(i), ReformKind: []graph.ReformKind{"LEGAL", "TRAINING"}[i%2]})
			edge(graph.RelReformOf, reform, cid)
			ds.Edges = append(ds.Edges,
				graph.Edge{Type: graph.RelCatalyzed, From: dep, To: reform, Mechanism: "LEGAL_CHANGE", Evidence: cite("link " + dep)},
				graph.Edge{Type: graph.RelCatalyzed, From: mission, To: reform, Mechanism: "INTEROPERABILITY", Evidence: cite("link " + mission)})
			add(&graph.Principle{Base: base(principle), Scope: "CONSTITUTIONAL", Name: "Principle " + principle})
			edge(graph.RelHolds, cid, principle)
			since := day(i)
			ds.Edges = append(ds.Edges, graph.Edge{Type: graph.RelPerceives, From: cid, To: fmt.Sprintf("threat:t%03d", i), Span: &graph.Span{Start: graph.KnownBound(*since), End: graph.Bound{Status: graph.Unknown, Basis: "synthetic"}}, Evidence: cite("perceives")})
			add(&graph.Obstacle{Finding: graph.Finding{Base: base(obstacle), CountryID: cid, Title: "Obstacle " + obstacle}})
			edge(graph.RelObstacleFor, obstacle, cid)
			add(&graph.Event{Base: base(event), Date: *day(i), Title: "Event " + event, CountryID: cid})
			edge(graph.RelConcerns, event, cid)
			troops := 10 * (i + 1)
			ds.Personnel[cid] = append(ds.Personnel[cid], graph.PersonnelPoint{Date: graph.PartialDate{Year: 2000 + i/12, Month: 1 + i%12}, Troops: &troops, Evidence: cite("point")})
		}
	}
	slices.SortFunc(ds.Nodes, func(a, b graph.Node) int { return strings.Compare(a.NodeID(), b.NodeID()) })
	return ds
}

func synthStore(t *testing.T, n int) *storetest.Counting {
	t.Helper()
	s, err := memory.New(synth(n))
	if err != nil {
		t.Fatal(err)
	}
	return storetest.NewCounting(s)
}

// TestCallsBounded runs every function on a small and a large graph and checks that it makes
// exactly the documented store calls on both: the number does not grow with the data. The
// results are checked to grow, so the large graph is really read.
func TestCallsBounded(t *testing.T) {
	ctx := context.Background()
	all := make([]string, synthCountries)
	for c := range all {
		all[c] = fmt.Sprintf("C%02d", c)
	}
	cases := []struct {
		name string
		run  func(s graph.Store) (size int, err error)
		want map[string]int
	}{
		{"ReformPathways", func(s graph.Store) (int, error) {
			ps, err := analysis.ReformPathways(ctx, s, "C00", "")
			return len(ps), err
		}, map[string]int{"Get": 2, "Edges": 2}},
		{"ReformPathways, one mechanism", func(s graph.Store) (int, error) {
			ps, err := analysis.ReformPathways(ctx, s, "C01", "LEGAL_CHANGE")
			return len(ps), err
		}, map[string]int{"Get": 2, "Edges": 2}},
		{"Compliance", func(s graph.Store) (int, error) {
			rs, err := analysis.Compliance(ctx, s, "C00")
			return len(rs), err
		}, map[string]int{"Get": 2, "Edges": 6}},
		{"Selectivity", func(s graph.Store) (int, error) {
			p, err := analysis.Selectivity(ctx, s, "C00", graph.DateRange{})
			return p.MissionsJoined, err
		}, map[string]int{"Get": 1, "List": 2, "Edges": 1}},
		{"Selectivity, bounded window", func(s graph.Store) (int, error) {
			from := graph.MustDate("1950")
			p, err := analysis.Selectivity(ctx, s, "C00", graph.DateRange{From: &from})
			return p.MissionsJoined, err
		}, map[string]int{"Get": 1, "List": 2, "Edges": 1}},
		{"Compare, one country", func(s graph.Store) (int, error) {
			c, err := analysis.Compare(ctx, s, all[:1])
			return len(c.Rows[0].Cells[0].Values), err
		}, map[string]int{"Get": 3, "Edges": 9, "PersonnelSeries": 1}},
		{"Compare, most countries", func(s graph.Store) (int, error) {
			c, err := analysis.Compare(ctx, s, all)
			return len(c.Rows[0].Cells[4].Values), err
		}, map[string]int{"Get": 3, "Edges": 9, "PersonnelSeries": analysis.MaxCompare}},
		{"Timeline, all countries", func(s graph.Store) (int, error) {
			es, err := analysis.Timeline(ctx, s, nil, graph.DateRange{})
			return len(es), err
		}, map[string]int{"List": 4}},
		{"Timeline, every country named", func(s graph.Store) (int, error) {
			es, err := analysis.Timeline(ctx, s, all, graph.DateRange{})
			return len(es), err
		}, map[string]int{"Get": 1, "List": 4}},
	}
	small, large := synthStore(t, 2), synthStore(t, 60)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var sizes [2]int
			for i, s := range []*storetest.Counting{small, large} {
				s.Take()
				size, err := tc.run(s)
				if err != nil {
					t.Fatal(err)
				}
				sizes[i] = size
				if got := s.Take(); !maps.Equal(got, tc.want) {
					t.Errorf("on %d-item data: calls %v, want %v", []int{2, 60}[i], got, tc.want)
				}
			}
			if sizes[1] <= sizes[0] {
				t.Errorf("result size %d on the large graph, %d on the small: the large one was not read", sizes[1], sizes[0])
			}
		})
	}
}

// TestCallsSkippedWhenNothingToFetch: a step with no IDs costs no call, so empty answers are
// cheaper still (and never more than the bounds above).
func TestCallsSkippedWhenNothingToFetch(t *testing.T) {
	ctx := context.Background()
	s := synthStore(t, 0)
	if _, err := analysis.ReformPathways(ctx, s, "C00", ""); err != nil {
		t.Fatal(err)
	}
	if got, want := s.Take(), map[string]int{"Get": 1, "Edges": 1}; !maps.Equal(got, want) {
		t.Errorf("ReformPathways with no reform: calls %v, want %v", got, want)
	}
	if _, err := analysis.Compliance(ctx, s, "C00"); err != nil {
		t.Fatal(err)
	}
	if got, want := s.Take(), map[string]int{"Get": 1, "Edges": 2}; !maps.Equal(got, want) {
		t.Errorf("Compliance with no deployment: calls %v, want %v", got, want)
	}
	if _, err := analysis.Selectivity(ctx, s, "C00", graph.DateRange{}); err != nil {
		t.Fatal(err)
	}
	if got, want := s.Take(), map[string]int{"Get": 1, "List": 2}; !maps.Equal(got, want) {
		t.Errorf("Selectivity with no deployment: calls %v, want %v", got, want)
	}
	if _, err := analysis.Compare(ctx, s, []string{"C00", "C01"}); err != nil {
		t.Fatal(err)
	}
	if got, want := s.Take(), map[string]int{"Get": 1, "Edges": 7, "PersonnelSeries": 2}; !maps.Equal(got, want) {
		t.Errorf("Compare with nothing recorded: calls %v, want %v", got, want)
	}
}

// TestArgumentErrorsCostNoData: arguments are checked before any data is read; an unknown
// country costs the one Get that finds it missing.
func TestArgumentErrorsCostNoData(t *testing.T) {
	ctx := context.Background()
	s := synthStore(t, 3)
	inverted := graph.DateRange{From: new(graph.MustDate("2000")), To: new(graph.MustDate("1999"))}
	for _, tc := range []struct {
		name  string
		run   func() error
		calls map[string]int
	}{
		{"bad mechanism", func() error { _, err := analysis.ReformPathways(ctx, s, "C00", "X"); return err }, map[string]int{}},
		{"inverted selectivity", func() error { _, err := analysis.Selectivity(ctx, s, "C00", inverted); return err }, map[string]int{}},
		{"inverted timeline", func() error { _, err := analysis.Timeline(ctx, s, nil, inverted); return err }, map[string]int{}},
		{"too many", func() error { _, err := analysis.Compare(ctx, s, []string{"a", "b", "c", "d", "e", "f"}); return err }, map[string]int{}},
		{"duplicate", func() error { _, err := analysis.Compare(ctx, s, []string{"C00", "c00"}); return err }, map[string]int{}},
		{"unknown", func() error { _, err := analysis.Compare(ctx, s, []string{"C00", "ZZZ"}); return err }, map[string]int{"Get": 1}},
	} {
		s.Take()
		if err := tc.run(); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
		if got := s.Take(); !maps.Equal(got, tc.calls) {
			t.Errorf("%s: calls %v, want %v", tc.name, got, tc.calls)
		}
	}
}
