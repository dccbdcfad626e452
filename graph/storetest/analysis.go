package storetest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/analysis"
)

// RunAnalysis checks the comparative queries of package analysis against s, which must serve the
// suite's fixture (testdata/seed: fixture.yaml and analysis.yaml). The functions only use the
// Store interface, so a store that passes the rest of the suite should pass this too; running
// them on every backend proves it.
func RunAnalysis(t *testing.T, s graph.Store) {
	ctx := context.Background()
	t.Run("ReformPathways", func(t *testing.T) { testPathways(ctx, t, s) })
	t.Run("Compliance", func(t *testing.T) { testCompliance(ctx, t, s) })
	t.Run("Selectivity", func(t *testing.T) { testSelectivity(ctx, t, s) })
	t.Run("Compare", func(t *testing.T) { testCompare(ctx, t, s) })
	t.Run("Timeline", func(t *testing.T) { testTimeline(ctx, t, s) })
}

// cites renders citations compactly: "source:t-law@art. 3".
func cites(cs []graph.Citation) string {
	parts := []string{}
	for _, c := range cs {
		p := c.SourceID
		if c.Locator != "" {
			p += "@" + c.Locator
		}
		parts = append(parts, p)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func date(s string) *graph.PartialDate { return ptr(graph.MustDate(s)) }

// wantErr checks the code, that the error names op, and that its message mentions each of names.
func wantErr(t *testing.T, err error, code graph.Code, op string, names ...string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	if !strings.HasPrefix(err.Error(), op+": ") {
		t.Errorf("error %q does not name %s", err, op)
	}
	for _, n := range names {
		if !strings.Contains(graph.ErrorMessage(err), n) {
			t.Errorf("message %q does not mention %s", graph.ErrorMessage(err), n)
		}
	}
}

func testPathways(ctx context.Context, t *testing.T, s graph.Store) {
	render := func(ps []analysis.Pathway) []string {
		out := []string{}
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s %s <- %s/%s %s %s %q %s", p.CountryID, p.ReformID, p.DeploymentID, p.MissionID,
				p.Mechanism, p.Confidence, p.Explanation, cites(p.Citations)))
		}
		return out
	}
	doctrine := `country:aaa reform:aaa-doctrine <- deployment:aaa-obs/mission:obs TRAINING_AND_DOCTRINE MEDIUM "Written from the observers' reports." [source:t-un@annex]`
	centreObs := `country:aaa reform:aaa-training-centre <- deployment:aaa-obs/mission:obs TRAINING_AND_DOCTRINE HIGH "Observers came back with doctrine." [source:t-press]`
	centreStab := `country:aaa reform:aaa-training-centre <- /mission:obs INTEROPERABILITY LOW "" [source:t-press]`
	oversight := `country:aaa reform:aaa-oversight <- /mission:obs CIVILIAN_CONTROL LOW "" [source:t-press]`
	tests := []struct {
		name, country, mechanism string
		want                     []string
	}{
		// "1995" sorts before "1995-06-27"; the undated reform comes last; within a reform, by
		// the deployment or mission ID the link starts from.
		{"all, by reform date", "country:aaa", "", []string{doctrine, centreObs, centreStab, oversight}},
		{"by ISO3", "AAA", "", []string{doctrine, centreObs, centreStab, oversight}},
		{"one mechanism", "aaa", "TRAINING_AND_DOCTRINE", []string{doctrine, centreObs}},
		{"mechanism with none", "aaa", "LEGAL_CHANGE", []string{}},
		{"country with no reform", "BBB", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := analysis.ReformPathways(ctx, s, tt.country, graph.ReformMechanism(tt.mechanism))
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				t.Error("nil result, want an empty slice")
			}
			if g := render(got); !slices.Equal(g, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(g, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
	const op = "analysis.ReformPathways"
	_, err := analysis.ReformPathways(ctx, s, "ZZZ", "")
	wantErr(t, err, graph.NotFound, op, `"ZZZ"`)
	_, err = analysis.ReformPathways(ctx, s, "mission:stab", "")
	wantErr(t, err, graph.NotFound, op, `"mission:stab"`)
	_, err = analysis.ReformPathways(ctx, s, "aaa", "BRIBERY")
	wantErr(t, err, graph.Invalid, op, `"BRIBERY"`)
	_, err = analysis.ReformPathways(ctx, s, " ", "")
	wantErr(t, err, graph.Invalid, op)
}

func testCompliance(ctx context.Context, t *testing.T, s graph.Store) {
	render := func(rs []analysis.ComplianceRecord) []string {
		out := []string{}
		for _, r := range rs {
			var links, basis []string
			for _, l := range r.Safeguards {
				links = append(links, fmt.Sprintf("%s %s %s inherited=%v", l.SafeguardID, l.Applies, cites(l.Citations), l.InheritedFrom))
			}
			for _, b := range r.Basis {
				basis = append(basis, fmt.Sprintf("%s %v %s via=%v amends=%v %s inherited=%v", b.InstrumentID, b.Roles, b.Applies,
					b.Safeguards, b.Amends, cites(b.Citations), b.InheritedFrom))
			}
			out = append(out, fmt.Sprintf("%s safeguards=%v basis=%v %s\n    links: %s\n    basis: %s", r.DeploymentID, r.SafeguardIDs,
				r.LegalBasisIDs, cites(r.Citations), strings.Join(links, "; "), strings.Join(basis, "; ")))
		}
		return out
	}
	tests := []struct {
		country string
		want    []string
	}{
		// By start. aaa-obs began before the act came into force (1992-08-10): the act is its
		// EXTENSION, and grounds its safeguard only from then on, so as a LATER_AMENDMENT. The
		// safeguard's link to each deployment is stated bare: its citations are the
		// safeguard's, named (inherited), not presented as evidence about the deployment.
		// aaa-stab began after both: the act authorized it and the amendment (in force from some
		// time after its 2001 adoption, lasting with the act) amends it; the safeguard's end is
		// unknown, so its link holds (it is stated) but the dates only make it POSSIBLE.
		{"AAA", []string{
			"deployment:aaa-obs safeguards=[safeguard:aaa-ceasefire] basis=[law:aaa-act] [source:t-law@art. 19, source:t-un]\n" +
				"    links: safeguard:aaa-ceasefire KNOWN [] inherited=[safeguard:aaa-ceasefire]\n" +
				"    basis: law:aaa-act [EXTENSION LATER_AMENDMENT] KNOWN via=[safeguard:aaa-ceasefire] amends=[] [source:t-law@art. 19] inherited=[safeguard:aaa-ceasefire]",
			"deployment:aaa-stab safeguards=[safeguard:aaa-ceasefire] basis=[law:aaa-act law:aaa-amend] [source:t-un]\n" +
				"    links: safeguard:aaa-ceasefire POSSIBLE [] inherited=[safeguard:aaa-ceasefire]\n" +
				"    basis: law:aaa-act [AUTHORIZED_BY SAFEGUARD_GROUNDED_IN] KNOWN via=[safeguard:aaa-ceasefire] amends=[] [] inherited=[deployment:aaa-stab safeguard:aaa-ceasefire]; " +
				"law:aaa-amend [AUTHORIZED_BY AMENDMENT_IN_FORCE] KNOWN via=[] amends=[law:aaa-act] [] inherited=[deployment:aaa-stab law:aaa-amend]",
		}},
		// The basis comes from the safeguard alone, whose grounding article is undated: possibly
		// in force, so not in the known basis; the links have their own citations.
		{"bbb", []string{
			"deployment:bbb-stab safeguards=[safeguard:bbb-approval] basis=[] [source:t-law@art. 9 para. 2, source:t-un, source:t-un@vote]\n" +
				"    links: safeguard:bbb-approval KNOWN [source:t-un@vote] inherited=[]\n" +
				"    basis: law:bbb-const [SAFEGUARD_GROUNDED_IN] POSSIBLE via=[safeguard:bbb-approval] amends=[] [source:t-law@art. 9 para. 2] inherited=[]",
		}},
		// A deployment with no safeguard and no basis is listed, with empty lists.
		{"country:ccc", []string{
			"deployment:ccc-idle safeguards=[] basis=[] [source:t-press]\n    links: \n    basis: ",
		}},
	}
	for _, tt := range tests {
		got, err := analysis.Compliance(ctx, s, tt.country)
		if err != nil {
			t.Fatal(err)
		}
		if g := render(got); !slices.Equal(g, tt.want) {
			t.Errorf("Compliance(%s):\n  %s\nwant\n  %s", tt.country, strings.Join(g, "\n  "), strings.Join(tt.want, "\n  "))
		}
		for _, r := range got {
			if r.SafeguardIDs == nil || r.LegalBasisIDs == nil || r.Citations == nil || r.Safeguards == nil || r.Basis == nil {
				t.Errorf("Compliance(%s): nil list in %+v", tt.country, r)
			}
			for _, b := range r.Basis {
				if len(b.Roles) == 0 || b.Applies == "" {
					t.Errorf("Compliance(%s): %s has no role or no certainty", tt.country, b.InstrumentID)
				}
			}
		}
	}
	_, err := analysis.Compliance(ctx, s, "zzz")
	wantErr(t, err, graph.NotFound, "analysis.Compliance", `"zzz"`)
}

func testSelectivity(ctx context.Context, t *testing.T, s graph.Store) {
	render := func(p analysis.Profile) string {
		var fs, ps []string
		for _, f := range p.Functions {
			fs = append(fs, fmt.Sprintf("%s=%d", f.FunctionID, f.Deployments))
		}
		for _, x := range p.Personnel {
			ps = append(ps, fmt.Sprintf("%s=%d", x.Personnel, x.Deployments))
		}
		return fmt.Sprintf("%s joined=%d%v participated=%d%v active=%d share=%.4f deployments=%v joinedDeployments=%v uncertain=%v/%v/%v functions=%v personnel=%v",
			p.CountryID, p.MissionsJoined, p.JoinedMissionIDs, p.MissionsParticipated, p.MissionIDs, p.MissionsActive, p.Share,
			p.DeploymentIDs, p.JoinedDeploymentIDs, p.UncertainDeployments, p.UncertainStarts, p.UncertainMissions, fs, ps)
	}
	// mission:idle (1960, end unknown but not before 1970) is known active only until 1970;
	// aaa-stab runs as of 2016; ccc-idle's dates are unknown, its start not before its
	// mission's (1960). What the dates leave open is listed (uncertain deployments / starts /
	// missions), never counted.
	tests := []struct {
		name     string
		country  string
		from, to string
		want     string
	}{
		{"unbounded", "AAA", "", "",
			"country:aaa joined=2[mission:obs mission:stab] participated=2[mission:obs mission:stab] active=3 share=0.6667 deployments=[deployment:aaa-obs deployment:aaa-stab] joinedDeployments=[deployment:aaa-obs deployment:aaa-stab] uncertain=[]/[]/[] " +
				"functions=[function:observation=2 function:engineering=1] personnel=[MILITARY_OBSERVERS=1 POLICE=1 TROOPS=1]"},
		{"a year: active, not joined; the idle mission only possibly active", "aaa", "1994", "1994",
			"country:aaa joined=0[] participated=1[mission:obs] active=1 share=1.0000 deployments=[deployment:aaa-obs] joinedDeployments=[] uncertain=[]/[]/[mission:idle] " +
				"functions=[function:observation=1] personnel=[MILITARY_OBSERVERS=1]"},
		{"between deployments", "aaa", "1995", "1995",
			"country:aaa joined=0[] participated=0[] active=1 share=0.0000 deployments=[] joinedDeployments=[] uncertain=[]/[]/[mission:idle] functions=[] personnel=[]"},
		{"open-ended deployment, ties by ID", "aaa", "2004-06", "",
			"country:aaa joined=1[mission:stab] participated=1[mission:stab] active=1 share=1.0000 deployments=[deployment:aaa-stab] joinedDeployments=[deployment:aaa-stab] uncertain=[]/[]/[mission:idle] " +
				"functions=[function:engineering=1 function:observation=1] personnel=[POLICE=1 TROOPS=1]"},
		{"after the last statement that it runs: possibly active", "aaa", "2017", "",
			"country:aaa joined=0[] participated=0[] active=1 share=0.0000 deployments=[] joinedDeployments=[] uncertain=[deployment:aaa-stab]/[]/[mission:idle] functions=[] personnel=[]"},
		{"no function recorded", "bbb", "2005", "2010",
			"country:bbb joined=1[mission:stab] participated=1[mission:stab] active=1 share=1.0000 deployments=[deployment:bbb-stab] joinedDeployments=[deployment:bbb-stab] uncertain=[]/[]/[mission:idle] functions=[] personnel=[STAFF_OFFICERS=1]"},
		{"undated deployment, unbounded window", "ccc", "", "",
			"country:ccc joined=1[mission:idle] participated=1[mission:idle] active=3 share=0.3333 deployments=[deployment:ccc-idle] joinedDeployments=[deployment:ccc-idle] uncertain=[]/[]/[] functions=[] personnel=[CIVILIANS=1]"},
		{"undated deployment bounded by its mission, a window before the mission", "ccc", "1900", "",
			"country:ccc joined=1[mission:idle] participated=1[mission:idle] active=3 share=0.3333 deployments=[deployment:ccc-idle] joinedDeployments=[deployment:ccc-idle] uncertain=[]/[]/[] functions=[] personnel=[CIVILIANS=1]"},
		{"undated deployment, a later window: uncertain, not counted", "ccc", "1980", "",
			"country:ccc joined=0[] participated=0[] active=2 share=0.0000 deployments=[] joinedDeployments=[] uncertain=[deployment:ccc-idle]/[deployment:ccc-idle]/[mission:idle] functions=[] personnel=[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r graph.DateRange
			if tt.from != "" {
				r.From = date(tt.from)
			}
			if tt.to != "" {
				r.To = date(tt.to)
			}
			p, err := analysis.Selectivity(ctx, s, tt.country, r)
			if err != nil {
				t.Fatal(err)
			}
			if got := render(p); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if p.Functions == nil || p.Personnel == nil || p.MissionIDs == nil || p.DeploymentIDs == nil || p.JoinedMissionIDs == nil ||
				p.JoinedDeploymentIDs == nil || p.UncertainDeployments == nil || p.UncertainStarts == nil || p.UncertainMissions == nil {
				t.Errorf("nil list in %+v", p)
			}
		})
	}
	const op = "analysis.Selectivity"
	_, err := analysis.Selectivity(ctx, s, "aaa", graph.DateRange{From: date("2000"), To: date("1999")})
	wantErr(t, err, graph.Invalid, op, "inverted")
	_, err = analysis.Selectivity(ctx, s, "ZZZ", graph.DateRange{})
	wantErr(t, err, graph.NotFound, op, `"ZZZ"`)
}

func testCompare(ctx context.Context, t *testing.T, s graph.Store) {
	c, err := analysis.Compare(ctx, s, []string{"AAA", "bbb", "country:ccc"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"country:aaa", "country:bbb", "country:ccc"}; !slices.Equal(c.CountryIDs, want) {
		t.Errorf("CountryIDs = %v, want %v", c.CountryIDs, want)
	}
	// One line per cell: values | entities | citations, or "empty".
	const empty = "empty"
	want := map[string][3]string{
		analysis.DimConstitutionalBasis: {
			empty, // a FOREIGN_POLICY principle and a statute are not constitutional
			`["Constitution, Art. 9" "Renunciation of war"] | [law:bbb-const principle:bbb-renunciation] | [source:t-law, source:t-law@art. 9]`,
			empty,
		},
		analysis.DimApprovalProcedure: {
			empty, // a CEASEFIRE safeguard is no approval procedure
			`["Legislative approval — grounded in Constitution, Art. 9"] | [law:bbb-const safeguard:bbb-approval] | [source:t-law, source:t-law@art. 9, source:t-law@art. 9 para. 2]`,
			empty,
		},
		analysis.DimSafeguards: {
			`["Ceasefire in place"] | [safeguard:aaa-ceasefire] | [source:t-law@art. 3]`,
			`["Legislative approval"] | [safeguard:bbb-approval] | [source:t-law@art. 9]`,
			empty,
		},
		analysis.DimFunctionsPerformed: {
			// Cited by the PERFORMED relationships: one rests on the deployment, one on the press.
			`["Engineering" "Military observation"] | [function:engineering function:observation] | [source:t-press, source:t-un]`,
			empty,
			empty,
		},
		analysis.DimPersonnelTypes: {
			`["MILITARY_OBSERVERS" "POLICE" "TROOPS"] | [deployment:aaa-obs deployment:aaa-stab] | [source:t-un]`,
			`["STAFF_OFFICERS"] | [deployment:bbb-stab] | [source:t-un]`,
			`["CIVILIANS"] | [deployment:ccc-idle] | [source:t-press]`,
		},
		analysis.DimReformsByKind: {
			`["CIVIL_MILITARY: 1" "DOCTRINE: 1" "INSTITUTIONAL: 1" "TRAINING: 1"] | [reform:aaa-doctrine reform:aaa-ministry reform:aaa-oversight reform:aaa-training-centre] | [source:t-law, source:t-press, source:t-press@p. 4, source:t-un]`,
			empty,
			empty,
		},
		analysis.DimThreatsPerceived: {
			`["Drug trafficking (since 2006)"] | [threat:drug-trafficking] | [source:t-press]`,
			empty,
			empty,
		},
		analysis.DimObstacles: {
			`["Domestic opposition"] | [obstacle:aaa-opposition] | [source:t-press]`,
			empty,
			empty,
		},
		analysis.DimFirstParticipation: {
			`["1992-02 (OBS)"] | [deployment:aaa-obs] | [source:t-un]`,
			`["2005 (STAB)"] | [deployment:bbb-stab] | [source:t-un]`,
			empty, // its only deployment is undated: no first date is invented
		},
		analysis.DimMissionsJoined: {
			`["2"] | [mission:obs mission:stab] | [source:t-un]`,
			`["1"] | [mission:stab] | [source:t-un]`,
			`["1"] | [mission:idle] | [source:t-press]`,
		},
		analysis.DimPeakPersonnel: {
			// The later, separately sourced point is the peak; the deployment peak strengths (600)
			// are not part of this dimension.
			`["20 (2016-06)"] | [] | [source:t-press]`,
			empty, // no series: empty, not "0"
			empty,
		},
		analysis.DimPersonnelCoverage: {
			`["1994-01 to 2016-06" "no data 1994-04 to 2016-05"] | [] | [source:t-un]`,
			empty, // no series
			empty,
		},
	}
	var dims []string
	for _, row := range c.Rows {
		dims = append(dims, row.Dimension)
		if row.Description == "" || !strings.HasSuffix(row.Description, ".") {
			t.Errorf("%s: description %q is not a sentence", row.Dimension, row.Description)
		}
		if len(row.Cells) != 3 {
			t.Errorf("%s: %d cells, want 3", row.Dimension, len(row.Cells))
			continue
		}
		for i, cell := range row.Cells {
			got := empty
			if !cell.Empty {
				got = fmt.Sprintf("%q | %v | %s", cell.Values, cell.NodeIDs, cites(cell.Citations))
			}
			if cell.CountryID != c.CountryIDs[i] {
				t.Errorf("%s cell %d is for %s, want %s", row.Dimension, i, cell.CountryID, c.CountryIDs[i])
			}
			if w := want[row.Dimension][i]; got != w {
				t.Errorf("%s / %s:\n got %s\nwant %s", row.Dimension, cell.CountryID, got, w)
			}
			if cell.Empty != (len(cell.Values) == 0) || (cell.Empty && (len(cell.NodeIDs) > 0 || len(cell.Citations) > 0)) {
				t.Errorf("%s / %s: inconsistent empty cell %+v", row.Dimension, cell.CountryID, cell)
			}
			if cell.Values == nil || cell.NodeIDs == nil || cell.Citations == nil {
				t.Errorf("%s / %s: nil list in %+v", row.Dimension, cell.CountryID, cell)
			}
		}
	}
	wantDims := []string{"constitutionalBasis", "approvalProcedure", "safeguards", "functionsPerformed", "personnelTypes",
		"reformsByKind", "threatsPerceived", "obstacles", "firstParticipation", "missionsJoined", "peakPersonnel", "personnelCoverage"}
	if !slices.Equal(dims, wantDims) || !slices.Equal(analysis.Dimensions(), wantDims) {
		t.Errorf("dimensions %v (Dimensions() %v), want %v", dims, analysis.Dimensions(), wantDims)
	}

	// The typed items: numbers as numbers, dates as dates, entities as entities, aligned with
	// the values.
	typed := map[string]string{}
	for _, row := range c.Rows {
		for _, cell := range row.Cells {
			if len(cell.Items) != len(cell.Values) {
				t.Errorf("%s / %s: %d items for %d values", row.Dimension, cell.CountryID, len(cell.Items), len(cell.Values))
			}
			var parts []string
			for i, it := range cell.Items {
				if it.Text != cell.Values[i] {
					t.Errorf("%s / %s: item %d is %q, value %q", row.Dimension, cell.CountryID, i, it.Text, cell.Values[i])
				}
				p := ""
				if it.Number != nil {
					p += fmt.Sprintf(" number=%d", *it.Number)
				}
				if it.Date != nil {
					p += " date=" + it.Date.String()
				}
				if it.NodeID != "" {
					p += " node=" + it.NodeID
				}
				if it.Key != "" {
					p += " key=" + it.Key
				}
				parts = append(parts, strings.TrimSpace(p))
			}
			typed[row.Dimension+"/"+cell.CountryID] = strings.Join(parts, "; ")
		}
	}
	for k, want := range map[string]string{
		"missionsJoined/country:aaa":      "number=2",
		"peakPersonnel/country:aaa":       "number=20 date=2016-06",
		"firstParticipation/country:bbb":  "date=2005 node=deployment:bbb-stab",
		"threatsPerceived/country:aaa":    "date=2006 node=threat:drug-trafficking",
		"reformsByKind/country:aaa":       "number=1 key=CIVIL_MILITARY; number=1 key=DOCTRINE; number=1 key=INSTITUTIONAL; number=1 key=TRAINING",
		"safeguards/country:bbb":          "node=safeguard:bbb-approval",
		"functionsPerformed/country:aaa":  "node=function:engineering; node=function:observation",
		"personnelTypes/country:ccc":      "key=CIVILIANS",
		"constitutionalBasis/country:bbb": "node=law:bbb-const; node=principle:bbb-renunciation",
		"peakPersonnel/country:bbb":       "",
	} {
		if typed[k] != want {
			t.Errorf("typed %s: %q, want %q", k, typed[k], want)
		}
	}

	// dimensions: the rows asked for, in row order; an unknown one is refused.
	c, err = analysis.Compare(ctx, s, []string{"aaa"}, analysis.DimPeakPersonnel, analysis.DimMissionsJoined)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rows) != 2 || c.Rows[0].Dimension != analysis.DimMissionsJoined || c.Rows[1].Dimension != analysis.DimPeakPersonnel {
		t.Errorf("dimensions: rows %+v", c.Rows)
	}
	_, err = analysis.Compare(ctx, s, []string{"aaa"}, "population")
	wantErr(t, err, graph.Invalid, "analysis.Compare", `"population"`)

	// One country; input order decides the cell order.
	c, err = analysis.Compare(ctx, s, []string{"ccc", "aaa"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Rows[0].Cells[0].CountryID != "country:ccc" || c.Rows[len(c.Rows)-2].Cells[1].Values[0] != "20 (2016-06)" {
		t.Errorf("cells not in input order: %+v", c.Rows[0].Cells)
	}

	const op = "analysis.Compare"
	for _, tt := range []struct {
		name      string
		countries []string
		code      graph.Code
		names     []string
	}{
		{"none", nil, graph.Invalid, nil},
		{"empty", []string{}, graph.Invalid, nil},
		{"too many", []string{"aaa", "bbb", "ccc", "ddd", "eee", "fff"}, graph.Invalid, []string{"5"}},
		{"duplicate, spelled differently", []string{"aaa", "bbb", "AAA"}, graph.Invalid, []string{`"AAA"`, `"aaa"`}},
		{"blank", []string{"aaa", ""}, graph.Invalid, nil},
		{"unknown", []string{"aaa", "ZZZ"}, graph.NotFound, []string{`"ZZZ"`}},
		{"several unknown", []string{"YYY", "aaa", "ZZZ"}, graph.NotFound, []string{`"YYY"`, `"ZZZ"`}},
	} {
		_, err := analysis.Compare(ctx, s, tt.countries)
		t.Run(tt.name, func(t *testing.T) { wantErr(t, err, tt.code, op, tt.names...) })
	}
}

func testTimeline(ctx context.Context, t *testing.T, s graph.Store) {
	render := func(es []analysis.Entry) []string {
		out := []string{}
		for _, e := range es {
			out = append(out, fmt.Sprintf("%s %s %s %s %q %s", e.Date, e.Kind, e.NodeID, cmp.Or(e.CountryID, "-"), e.Title, cites(e.Citations)))
		}
		return out
	}
	var (
		founding     = `1945 EVENT event:un-founding - "UN founded" [source:t-un]`
		unsc1        = `1990-05-02 LEGAL_INSTRUMENT law:unsc-1 - "UN Security Council Resolution 1" [source:t-un]`
		obs          = `1992-02 DEPLOYMENT deployment:aaa-obs country:aaa "AAA in OBS" [source:t-un]`
		act          = `1992-06-15 LEGAL_INSTRUMENT law:aaa-act country:aaa "Peace Cooperation Act" [source:t-law@art. 1]`
		doctrine     = `1995 REFORM reform:aaa-doctrine country:aaa "Observer doctrine manual" [source:t-un]`
		centre       = `1995-06-27 REFORM reform:aaa-training-centre country:aaa "Joint peacekeeping training centre (CENTRO)" [source:t-press@p. 4]`
		amend        = `2001 LEGAL_INSTRUMENT law:aaa-amend country:aaa "Peace Cooperation Act amendment" [source:t-law]`
		unsc2        = `2004-04 LEGAL_INSTRUMENT law:unsc-2 - "UN Security Council Resolution 2" [source:t-un]`
		stab         = `2004-06 DEPLOYMENT deployment:aaa-stab country:aaa "AAA in STAB (Engineer Battalion)" [source:t-un]`
		bbbStab      = `2005 DEPLOYMENT deployment:bbb-stab country:bbb "BBB in STAB" [source:t-un]`
		announcement = `2014-09-24 EVENT event:aaa-announcement country:aaa "Announcement at the General Assembly" [source:t-press]`
	)
	tests := []struct {
		name      string
		countries []string
		from, to  string
		want      []string
	}{
		// Undated items (reform:aaa-ministry, reform:aaa-oversight, law:bbb-const,
		// deployment:ccc-idle) are never on a timeline.
		{"everything", nil, "", "", []string{founding, unsc1, obs, act, doctrine, centre, amend, unsc2, stab, bbbStab, announcement}},
		{"one country leaves out items of none", []string{"AAA"}, "", "", []string{obs, act, doctrine, centre, amend, stab, announcement}},
		{"repeated country", []string{"bbb", "country:bbb"}, "", "", []string{bbbStab}},
		{"two countries", []string{"bbb", "aaa"}, "2004", "2005", []string{stab, bbbStab}},
		{"only undated items", []string{"ccc"}, "", "", []string{}},
		// A deployment is dated by its start: aaa-obs (1992-02) was active in the range but
		// started before it.
		{"range", nil, "1992-06", "1995", []string{act, doctrine, centre}},
		// "1995" overlaps a range starting mid-1995; "1995-06-27" does not.
		{"precision", []string{"aaa"}, "1995-06-28", "2004-06", []string{doctrine, amend, stab}},
		{"open start, to a day", nil, "", "1990-05-02", []string{founding, unsc1}},
		{"open start, before that day", nil, "", "1990-05-01", []string{founding}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r graph.DateRange
			if tt.from != "" {
				r.From = date(tt.from)
			}
			if tt.to != "" {
				r.To = date(tt.to)
			}
			got, err := analysis.Timeline(ctx, s, tt.countries, r)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				t.Error("nil result, want an empty slice")
			}
			if g := render(got); !slices.Equal(g, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(g, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
	const op = "analysis.Timeline"
	_, err := analysis.Timeline(ctx, s, nil, graph.DateRange{From: date("1995-07"), To: date("1995-06")})
	wantErr(t, err, graph.Invalid, op, "inverted")
	_, err = analysis.Timeline(ctx, s, []string{"aaa", "QQQ"}, graph.DateRange{})
	wantErr(t, err, graph.NotFound, op, `"QQQ"`)
	_, err = analysis.Timeline(ctx, s, []string{"  "}, graph.DateRange{})
	wantErr(t, err, graph.Invalid, op)
}
