package analysis_test

import (
	"context"
	"encoding/json"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/analysis"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/graph/storetest"
)

// The comparative queries on the store suite's fixture are checked by storetest.RunAnalysis,
// which every backend's conformance test runs. These tests cover what that fixture does not.

func ev(cs ...graph.Citation) graph.Evidence {
	return graph.Evidence{Citations: cs, Confidence: graph.High}
}

func at(loc string) graph.Citation { return graph.Citation{SourceID: "source:s", Locator: loc} }

// open is a span whose bounds the sources do not give.
func open() graph.Span {
	u := graph.Bound{Status: graph.Unknown, Basis: "not given"}
	return graph.Span{Start: u, End: u}
}

// from is a span from a known date with an unknown end.
func from(s string) graph.Span {
	return graph.Span{Start: graph.KnownBound(graph.MustDate(s)), End: graph.Bound{Status: graph.Unknown, Basis: "not given"}}
}

// adopted is a lifecycle with an ADOPTED stage on s.
func adopted(s string) []graph.Stage {
	return []graph.Stage{{Stage: graph.StageAdopted, Date: graph.MustDate(s)}}
}

// tiny is a one-country graph with the corner cases of Compare and Compliance.
func tiny(t *testing.T) (*graph.Dataset, graph.Store) {
	t.Helper()
	ds := &graph.Dataset{Version: "tiny", Personnel: map[string][]graph.PersonnelPoint{}}
	add := func(ns ...graph.Node) { ds.Nodes = append(ds.Nodes, ns...) }
	edge := func(t graph.RelType, from, to string, e graph.Evidence) {
		ds.Edges = append(ds.Edges, graph.Edge{Type: t, From: from, To: to, Evidence: e})
	}
	b := func(id string, e graph.Evidence) graph.Base { return graph.Base{ID: id, Evidence: e} }
	const c = "country:xxx"
	add(&graph.Source{Base: graph.Base{ID: "source:s"}, Title: "S"},
		&graph.Country{Base: b(c, ev(at("c"))), ISO3: "XXX", Name: "Xland"},
		&graph.Mission{Base: b("mission:m", ev(at("m"))), Acronym: "M", Span: from("1989")},
		&graph.Threat{Base: b("threat:a", ev(at("ta"))), Name: "Arms smuggling"},
		&graph.Threat{Base: b("threat:b", ev(at("tb"))), Name: "Banditry"},
		// Grounding instruments: "1990" < "1990-01" < undated.
		&graph.LegalInstrument{Base: b("law:a", ev(at("la"))), Title: "A", InstrumentKind: "STATUTE", InForce: open()},
		&graph.LegalInstrument{Base: b("law:b", ev(at("lb"))), Title: "B", InstrumentKind: "STATUTE", Lifecycle: adopted("1990"), InForce: from("1990")},
		&graph.LegalInstrument{Base: b("law:c", ev(at("lc"))), Title: "C", InstrumentKind: "STATUTE", Lifecycle: adopted("1990-01"), InForce: from("1990-01")},
		&graph.Safeguard{Base: b("safeguard:senate", ev(graph.Citation{SourceID: "source:s", Locator: "p. 1", Note: "first"})),
			Title: "Senate vote", SafeguardKind: "PARLIAMENTARY_APPROVAL", InForce: open()},
		&graph.Safeguard{Base: b("safeguard:house", ev(at("sh"))), Title: "House vote", SafeguardKind: "PARLIAMENTARY_APPROVAL", InForce: from("1995")},
		&graph.Deployment{Base: b("deployment:xxx-m", ev(at("d"))), CountryID: c, MissionID: "mission:m", Personnel: []graph.PersonnelType{"TROOPS"}, Span: open()},
		&graph.Obstacle{Finding: graph.Finding{Base: b("obstacle:1", ev(at("o1"))), Title: "Zeal"}},
		&graph.Obstacle{Finding: graph.Finding{Base: b("obstacle:2", ev(at("o2"))), Title: "ámbito"}},
		&graph.Obstacle{Finding: graph.Finding{Base: b("obstacle:3", ev(at("o3"))), Title: "Budget"}},
		&graph.Obstacle{Finding: graph.Finding{Base: b("obstacle:4", ev(at("o4"))), Title: "Budget"}},
	)
	for _, o := range []string{"obstacle:1", "obstacle:2", "obstacle:3", "obstacle:4"} {
		edge(graph.RelObstacleFor, o, c, ev(at(o)))
	}
	edge(graph.RelPerceives, c, "threat:a", ev(at("pa")))
	ds.Edges = append(ds.Edges, graph.Edge{Type: graph.RelPerceives, From: c, To: "threat:b", Span: &graph.Span{Start: graph.KnownBound(graph.MustDate("1999-03")), End: graph.Bound{Status: graph.Unknown, Basis: "x"}}, Evidence: ev(at("pb"))})
	// The same (source, locator) as the safeguard's own citation, with another note.
	edge(graph.RelSafeguardOf, "safeguard:senate", c, ev(graph.Citation{SourceID: "source:s", Locator: "p. 1", Note: "second"}))
	edge(graph.RelSafeguardOf, "safeguard:house", c, ev(at("sh")))
	for _, l := range []string{"law:a", "law:b", "law:c"} {
		edge(graph.RelGroundedIn, "safeguard:senate", l, ev(at("g "+l)))
	}
	edge(graph.RelDeployedBy, "deployment:xxx-m", c, ev(at("d")))
	edge(graph.RelInMission, "deployment:xxx-m", "mission:m", ev(at("d")))
	edge(graph.RelConstrains, "safeguard:senate", "deployment:xxx-m", ev(at("k senate")))
	edge(graph.RelConstrains, "safeguard:house", "deployment:xxx-m", ev(at("k house")))
	edge(graph.RelAuthorizedBy, "deployment:xxx-m", "law:c", ev(at("auth c")))
	n := func(v int) *int { return &v }
	ds.Personnel[c] = []graph.PersonnelPoint{
		{Date: graph.MustDate("2000-01"), Troops: n(5), Evidence: ev(at("jan"))},
		{Date: graph.MustDate("2000-02"), Troops: n(7), Evidence: ev(at("feb"))},
		{Date: graph.MustDate("2000-03"), Police: n(3), Experts: n(4), Evidence: ev(at("mar"))},
	}
	s, err := memory.New(ds)
	if err != nil {
		t.Fatal(err)
	}
	return ds, s
}

func TestCompareCornerCases(t *testing.T) {
	_, s := tiny(t)
	c, err := analysis.Compare(context.Background(), s, []string{"XXX"})
	if err != nil {
		t.Fatal(err)
	}
	cells := map[string]analysis.Cell{}
	for _, r := range c.Rows {
		cells[r.Dimension] = r.Cells[0]
	}
	check := func(dim string, values, nodes []string, cites []graph.Citation) {
		t.Helper()
		got := cells[dim]
		if !reflect.DeepEqual(got.Values, values) || !reflect.DeepEqual(got.NodeIDs, nodes) || !reflect.DeepEqual(got.Citations, cites) {
			t.Errorf("%s:\n got %q %v %+v\nwant %q %v %+v", dim, got.Values, got.NodeIDs, got.Citations, values, nodes, cites)
		}
	}
	// Grounding instruments by adoption date ("1990" before "1990-01"), undated last; a
	// safeguard with none is its bare title.
	check(analysis.DimApprovalProcedure,
		[]string{"House vote", "Senate vote — grounded in B; C; A"},
		[]string{"law:a", "law:b", "law:c", "safeguard:house", "safeguard:senate"},
		[]graph.Citation{at("g law:a"), at("g law:b"), at("g law:c"), at("la"), at("lb"), at("lc"),
			{SourceID: "source:s", Locator: "p. 1", Note: "first"}, at("sh")})
	// Duplicates by (source, locator) keep the first met: the safeguard's own note.
	check(analysis.DimSafeguards, []string{"House vote", "Senate vote"}, []string{"safeguard:house", "safeguard:senate"},
		[]graph.Citation{{SourceID: "source:s", Locator: "p. 1", Note: "first"}, at("sh")})
	// A perception without a since date is the bare name.
	check(analysis.DimThreatsPerceived, []string{"Arms smuggling", "Banditry (since 1999-03)"}, []string{"threat:a", "threat:b"},
		[]graph.Citation{at("pa"), at("pb")})
	// Distinct values, sorted case- and accent-insensitively; every entity is kept.
	check(analysis.DimObstacles, []string{"ámbito", "Budget", "Zeal"}, []string{"obstacle:1", "obstacle:2", "obstacle:3", "obstacle:4"},
		[]graph.Citation{at("o1"), at("o2"), at("o3"), at("o4"), at("obstacle:1"), at("obstacle:2"), at("obstacle:3"), at("obstacle:4")})
	// Two months tie at 7: the earliest wins, cited by its own point.
	check(analysis.DimPeakPersonnel, []string{"7 (2000-02)"}, []string{}, []graph.Citation{at("feb")})
	// The only deployment is undated: counted as a mission joined, but no first date.
	check(analysis.DimMissionsJoined, []string{"1"}, []string{"mission:m"}, []graph.Citation{at("d")})
	if !cells[analysis.DimFirstParticipation].Empty || !cells[analysis.DimFunctionsPerformed].Empty {
		t.Errorf("firstParticipation %+v, functionsPerformed %+v: want empty cells", cells[analysis.DimFirstParticipation], cells[analysis.DimFunctionsPerformed])
	}
}

func TestComplianceOrdering(t *testing.T) {
	_, s := tiny(t)
	rs, err := analysis.Compliance(context.Background(), s, "country:xxx")
	if err != nil {
		t.Fatal(err)
	}
	// The deployment's dates are unknown: the safeguards' links hold (they are stated) but the
	// dates cannot show them in force, so they are POSSIBLE, and so is what they ground; the
	// authorizing law:c is KNOWN (its link states it), also grounding the senate's safeguard.
	link := func(id, loc string) analysis.SafeguardLink {
		return analysis.SafeguardLink{SafeguardID: id, Applies: graph.Possible, Citations: []graph.Citation{at(loc)},
			InheritedFrom: []string{}, Confidence: graph.High}
	}
	entry := func(id string, roles []graph.BasisRole, applies graph.Certainty, sgs []string, cs ...graph.Citation) analysis.BasisEntry {
		return analysis.BasisEntry{InstrumentID: id, Roles: roles, Applies: applies, Safeguards: sgs, Amends: []string{},
			Citations: cs, InheritedFrom: []string{}}
	}
	grounds := []graph.BasisRole{graph.RoleSafeguardGrounds}
	want := []analysis.ComplianceRecord{{
		DeploymentID: "deployment:xxx-m",
		Safeguards:   []analysis.SafeguardLink{link("safeguard:house", "k house"), link("safeguard:senate", "k senate")}, // dated (since 1995) before undated
		SafeguardIDs: []string{"safeguard:house", "safeguard:senate"},
		// By entry into force ("1990" and "1990-01" both from 1990-01-01, then by ID), unknown last;
		// law:c is both authorizing and grounding: listed once, with both roles.
		Basis: []analysis.BasisEntry{
			entry("law:b", grounds, graph.Possible, []string{"safeguard:senate"}, at("g law:b")),
			entry("law:c", []graph.BasisRole{graph.RoleAuthorizedBy, graph.RoleSafeguardGrounds}, graph.CertainKnown, []string{"safeguard:senate"}, at("auth c"), at("g law:c")),
			entry("law:a", grounds, graph.Possible, []string{"safeguard:senate"}, at("g law:a")),
		},
		LegalBasisIDs: []string{"law:c"},
		Citations:     []graph.Citation{at("auth c"), at("d"), at("g law:a"), at("g law:b"), at("g law:c"), at("k house"), at("k senate")},
	}}
	if !reflect.DeepEqual(rs, want) {
		t.Errorf("got  %+v\nwant %+v", rs, want)
	}
}

// TestStoreErrorsKeepTheirCode: a failing store call (here a cancelled request) comes back with
// its code and user-safe message, under the function's name.
func TestStoreErrorsKeepTheirCode(t *testing.T) {
	_, s := tiny(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, run := range map[string]func() error{
		"analysis.ReformPathways": func() error { _, err := analysis.ReformPathways(ctx, s, "XXX", ""); return err },
		"analysis.Compliance":     func() error { _, err := analysis.Compliance(ctx, s, "XXX"); return err },
		"analysis.Selectivity":    func() error { _, err := analysis.Selectivity(ctx, s, "XXX", graph.DateRange{}); return err },
		"analysis.Compare":        func() error { _, err := analysis.Compare(ctx, s, []string{"XXX"}); return err },
		"analysis.Timeline":       func() error { _, err := analysis.Timeline(ctx, s, nil, graph.DateRange{}); return err },
	} {
		err := run()
		if graph.ErrorCode(err) != graph.Unavailable || !strings.HasPrefix(err.Error(), name+": ") || graph.ErrorMessage(err) == "internal error" {
			t.Errorf("%s: error %v (code %s, message %q)", name, err, graph.ErrorCode(err), graph.ErrorMessage(err))
		}
	}
}

// TestStoreDataUntouched: the functions never modify what the store hands them (the memory
// store returns its own slices), and results do not alias it.
func TestStoreDataUntouched(t *testing.T) {
	ds := storetest.Fixture(t)
	s, err := memory.New(ds)
	if err != nil {
		t.Fatal(err)
	}
	snapshot := func() string {
		b, err := json.Marshal([]any{ds.Nodes, ds.Edges, ds.Personnel})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	before := snapshot()
	ctx := context.Background()
	ps, err := analysis.ReformPathways(ctx, s, "aaa", "")
	if err != nil {
		t.Fatal(err)
	}
	for i := range ps {
		for j := range ps[i].Citations {
			ps[i].Citations[j].Locator = "scribbled"
		}
	}
	rs, err := analysis.Compliance(ctx, s, "aaa")
	if err != nil {
		t.Fatal(err)
	}
	for i := range rs {
		for j := range rs[i].Citations {
			rs[i].Citations[j].Locator = "scribbled"
		}
	}
	if _, err := analysis.Selectivity(ctx, s, "aaa", graph.DateRange{}); err != nil {
		t.Fatal(err)
	}
	c, err := analysis.Compare(ctx, s, []string{"aaa", "bbb", "ccc"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Rows {
		for _, cell := range r.Cells {
			for j := range cell.Citations {
				cell.Citations[j].Locator = "scribbled"
			}
		}
	}
	es, err := analysis.Timeline(ctx, s, nil, graph.DateRange{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range es {
		for j := range es[i].Citations {
			es[i].Citations[j].Locator = "scribbled"
		}
	}
	if snapshot() != before {
		t.Error("the store's data changed")
	}
}

// TestDependencies keeps the package backend-neutral: it imports package graph and the
// standard library only.
func TestDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{join .Imports "\n"}}`, "github.com/peacegraph/peacegraph/graph/analysis").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, imp := range strings.Fields(string(out)) {
		if imp != "github.com/peacegraph/peacegraph/graph" && strings.Contains(strings.Split(imp, "/")[0], ".") {
			t.Errorf("graph/analysis imports %s; only package graph and the standard library are allowed", imp)
		}
	}
}
