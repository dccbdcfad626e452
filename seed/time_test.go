package seed

import (
	"errors"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// timeBase is a mission (1990-05 to 1995, withdrawal by 1996-01) and an instrument in force
// from 1992-08-10, with what the fixtures below add to.
const timeBase = goodSources + `missions:
  - {id: mission:m, acronym: M, name: M, start: "1990-05", end: "1995", withdrawal: {date: "1996-01", citations: [source:a], basis: withdrawal by then}, kind: OTHER, confidence: HIGH, citations: [source:a]}
legalInstruments:
  - id: law:act
    country: country:mex
    kind: STATUTE
    title: Act
    adopted: "1992-06-15"
    lifecycle: [{stage: IN_FORCE, date: "1992-08-10"}]
    inForce: {end: {status: ONGOING, asOf: "2016", citations: [source:a], basis: applied in 2016}}
    confidence: HIGH
    citations: [source:a]
events:
  - {id: event:m, date: "1990", title: M starts, related: [mission:m], confidence: HIGH, citations: [source:a]}
`

// deployment is a deployment record of mission:m with the given start and end lines (and
// more fields), at line 2 of b.yaml.
func deployment(start, end, more string) string {
	return "deployments:\n  - id: deployment:mex-m\n    country: country:mex\n    mission: mission:m\n" + start + end +
		"    personnel: [TROOPS]\n" + more + "    confidence: HIGH\n    citations: [source:a]\n"
}

// TestValidatorTime: every rule of time the validator holds (FORMAT.md, Dates and spans) gives
// its problem with file and line; the valid variants load.
func TestValidatorTime(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string // each in one problem; none: the file loads
	}{
		{"end left silently empty", deployment(`    start: "1992-09"`+"\n", "", ""),
			[]string{"seed/data/b.yaml:2: end is required"}},
		{"start left silently empty", deployment("", `    end: "1993"`+"\n", ""),
			[]string{"seed/data/b.yaml:2: start is required"}},
		{"ongoing without the statement that it runs", deployment(`    start: "1992-09"`+"\n", `    end: {status: ONGOING, asOf: "1993", basis: b}`+"\n", ""),
			[]string{"seed/data/b.yaml:6: end: an ONGOING bound cites the statement that it still runs"}},
		{"ongoing without its date", deployment(`    start: "1992-09"`+"\n", `    end: {status: ONGOING, citations: [source:a], basis: b}`+"\n", ""),
			[]string{"seed/data/b.yaml:6: end: an ONGOING bound needs asOf"}},
		{"unknown without basis", deployment(`    start: "1992-09"`+"\n", `    end: {status: UNKNOWN}`+"\n", ""),
			[]string{"seed/data/b.yaml:6: end: an UNKNOWN bound says why in basis"}},
		{"ongoing start", deployment(`    start: {status: ONGOING, asOf: "1992", citations: [source:a], basis: b}`+"\n", `    end: "1993"`+"\n", ""),
			[]string{"seed/data/b.yaml:5: start: ONGOING is a status of an end only"}},
		{"unknown bounds inverted", deployment(`    start: {status: UNKNOWN, notBefore: "1994", notAfter: "1993", basis: b}`+"\n", `    end: "1995"`+"\n", ""),
			[]string{"seed/data/b.yaml:5: start: notBefore 1994 is after notAfter 1993"}},
		{"ends before it starts", deployment(`    start: "1994"`+"\n", `    end: "1993"`+"\n", ""),
			[]string{"seed/data/b.yaml:2: the span ends"}},
		{"starts before its mission", deployment(`    start: "1990-04"`+"\n", `    end: "1993"`+"\n", ""),
			[]string{"seed/data/b.yaml:2: deployment starts 1990-04, before its mission M starts (1990-05)"}},
		{"ends after its mission's withdrawal", deployment(`    start: "1992-09"`+"\n", `    end: "1996-02"`+"\n", ""),
			[]string{"seed/data/b.yaml:2: deployment ends 1996-02, after its mission M ends 1995, withdrawal by 1996-01"}},
		{"ends within the withdrawal: fine", deployment(`    start: "1992-09"`+"\n", `    end: "1996-01"`+"\n", ""), nil},
		{"a sourced exception to the mission's end", deployment(`    start: "1992-09"`+"\n",
			`    end: {date: "1996-03", outlastsMission: true, citations: [source:a], basis: stayed for the liquidation}`+"\n", ""), nil},
		{"an exception without its source", deployment(`    start: "1992-09"`+"\n", `    end: {date: "1996-03", outlastsMission: true, basis: b}`+"\n", ""),
			[]string{"seed/data/b.yaml:6: end: outlastsMission is for a KNOWN end, with the basis and citations that show it"}},
		{"said to run after its mission ended", deployment(`    start: "1992-09"`+"\n", `    end: {status: ONGOING, asOf: "1997", citations: [source:a], basis: b}`+"\n", ""),
			[]string{"seed/data/b.yaml:2: deployment is said to run as of 1997, after its mission M ends 1995"}},
		{"authorizing instrument not in force at the start", deployment(`    start: "1992-02"`+"\n", `    end: "1993"`+"\n", "    authorizedBy: [law:act]\n"),
			[]string{"seed/data/b.yaml:8: authorizedBy law:act: not in force when deployment:mex-m starts (1992-02; in force 1992-08-10 to ongoing as of 2016)"}},
		{"a later instrument as an extension: fine", deployment(`    start: "1992-02"`+"\n", `    end: "1993"`+"\n",
			"    authorizedBy: [{id: law:act, role: EXTENSION, citations: [source:a], confidence: HIGH}]\n"), nil},
		{"an authorizing instrument in force at the start: fine", deployment(`    start: "1992-09"`+"\n", `    end: "1993"`+"\n", "    authorizedBy: [law:act]\n"), nil},
		{"a role no link can state", deployment(`    start: "1992-09"`+"\n", `    end: "1993"`+"\n",
			"    authorizedBy: [{id: law:act, role: CONSTITUTIONAL_BASIS, citations: [source:a], confidence: HIGH}]\n"),
			[]string{`seed/data/b.yaml:8: authorizedBy: unknown role "CONSTITUTIONAL_BASIS"`}},
		{"a safeguard before it existed", deployment(`    start: "1992-09"`+"\n", `    end: "1993"`+"\n", "") + `safeguards:
  - id: safeguard:s
    country: country:mex
    kind: OTHER
    title: S
    since: "2016-03-29"
    until: {status: UNKNOWN, basis: not lifted}
    constrains: [deployment:mex-m]
    confidence: HIGH
    citations: [source:a]
`, []string{"seed/data/b.yaml:17: safeguard:s constrains deployment:mex-m, but was not in force while it ran"}},
		{"peak strength without its date", deployment(`    start: "1992-09"`+"\n", `    end: "1993"`+"\n", "    peakStrength: 40\n"),
			[]string{"seed/data/b.yaml:2: peakStrength 40 needs the strengths entry it rests on"}},
		{"peak strength with its date: fine", deployment(`    start: "1992-09"`+"\n", `    end: "1993"`+"\n",
			"    peakStrength: 40\n    strengths: [{kind: PEAK, value: 40, date: \"1993-01\"}]\n"), nil},
		{"instrument's time in force left silently open", `legalInstruments:
  - {id: law:x, country: country:mex, kind: STATUTE, title: X, adopted: "2000", confidence: HIGH, citations: [source:a]}
`, []string{"seed/data/b.yaml:2: inForce is required"}},
		{"a repeal and an end", `legalInstruments:
  - id: law:x
    country: country:mex
    kind: STATUTE
    title: X
    lifecycle: [{stage: REPEALED, date: "2001"}]
    inForce: {end: "2001"}
    confidence: HIGH
    citations: [source:a]
`, []string{"seed/data/b.yaml:7: inForce.end: the lifecycle's REPEALED stage is the end"}},
		{"an amendment that does not amend", `legalInstruments:
  - id: law:x
    country: country:mex
    kind: STATUTE
    title: X
    lifecycle: [{stage: AMENDED, date: "2001", instrument: law:act}]
    inForce: {end: {status: UNKNOWN, basis: b}}
    confidence: HIGH
    citations: [source:a]
`, []string{"seed/data/b.yaml:2: lifecycle: AMENDED by law:act, but law:act does not amend law:x"}},
		{"a coverage that claims months without points", `personnelSeries:
  - country: country:mex
    citations: [source:a]
    confidence: HIGH
    columns: [troops, police, experts]
    coverage: {from: "2000-01", to: "2000-04", citations: [source:a]}
    points:
      - ["2000-01", 1, null, null]
      - ["2000-04", 1, null, null]
      - ["2000-06", 1, null, null]
`, []string{"seed/data/b.yaml:2: coverage claims months the series has no point for: [2000-02 2000-03]",
			"seed/data/b.yaml:2: personnel point 2000-06 lies outside the series' coverage"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(mapFS(map[string]string{"a.yaml": timeBase, "b.yaml": tt.file}))
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("want no problem, got %v", err)
				}
				return
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("want problems, got %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(ps.Error(), w) {
					t.Errorf("want a problem containing %q; got:\n%s", w, ps.Error())
				}
			}
		})
	}
}

// TestDerivedBounds: the loader bounds what the sources leave open by the mission's dates
// and says so (derived, with the basis); it leaves a stated tighter bound alone.
func TestDerivedBounds(t *testing.T) {
	ds, err := Load(mapFS(map[string]string{"a.yaml": timeBase, "b.yaml": deployment(
		`    start: {status: UNKNOWN, notAfter: "1993", basis: first seen in 1993}`+"\n", `    end: {status: UNKNOWN, basis: no end given}`+"\n", "")}))
	if err != nil {
		t.Fatal(err)
	}
	var d *graph.Deployment
	for _, n := range ds.Nodes {
		if v, ok := n.(*graph.Deployment); ok {
			d = v
		}
	}
	s, e := d.Span.Start, d.Span.End
	if s.NotBefore == nil || s.NotBefore.String() != "1990-05" || s.NotAfter.String() != "1993" || !s.Derived || !strings.Contains(s.Basis, "first seen in 1993") || !strings.Contains(s.Basis, "mission:m") {
		t.Errorf("start = %+v, want notBefore 1990-05 (derived from the mission), notAfter 1993 as stated", s)
	}
	if e.NotAfter == nil || e.NotAfter.String() != "1996-01" || !e.Derived || !strings.Contains(e.Basis, "ended by 1996-01 at the latest") {
		t.Errorf("end = %+v, want notAfter 1996-01 (the mission's withdrawal), derived", e)
	}
	// The instrument's time in force starts at its IN_FORCE stage.
	for _, n := range ds.Nodes {
		if l, ok := n.(*graph.LegalInstrument); ok {
			if got := l.InForce.KnownStart(); got == nil || got.String() != "1992-08-10" || l.InForce.End.Status != graph.Ongoing {
				t.Errorf("law:act in force %+v, want from 1992-08-10, ongoing", l.InForce)
			}
			if got := l.Adopted(); got == nil || got.String() != "1992-06-15" {
				t.Errorf("law:act adopted %v, want the ADOPTED stage 1992-06-15", got)
			}
		}
	}
}

// TestBoundStatuses: each status loads in its own form; a scalar is a known date.
func TestBoundStatuses(t *testing.T) {
	for _, end := range []string{
		`"1993"`,
		`{status: KNOWN, date: "1993"}`,
		`{date: "1993", derived: true, basis: from the handover}`,
		`{status: ONGOING, asOf: "1994", citations: [source:a], basis: still there}`,
		`{status: UNKNOWN, basis: not given}`,
		`{status: UNKNOWN, notBefore: "1993", notAfter: "1994", basis: "seen in 1993, gone by 1994"}`,
	} {
		if _, err := Load(mapFS(map[string]string{"a.yaml": timeBase, "b.yaml": deployment(`    start: "1992-09"`+"\n", "    end: "+end+"\n", "")})); err != nil {
			t.Errorf("end %s refused: %v", end, err)
		}
	}
	_, err := Load(mapFS(map[string]string{"a.yaml": timeBase, "b.yaml": deployment(`    start: "1992-09"`+"\n", "    end: {status: MAYBE, basis: b}\n", "")}))
	if err == nil || !strings.Contains(err.Error(), `unknown status "MAYBE" (one of KNOWN, ONGOING or UNKNOWN)`) {
		t.Errorf("an unknown status: %v", err)
	}
}

// TestLegalStages: every stage of graph's list is accepted, an unknown one is refused with
// the list.
func TestLegalStages(t *testing.T) {
	rec := func(stage string) string {
		inForce := "    inForce: {end: {status: UNKNOWN, basis: b}}\n"
		if stage == string(graph.StageRepealed) {
			inForce = ""
		}
		return "legalInstruments:\n  - id: law:x\n    country: country:mex\n    kind: STATUTE\n    title: X\n" +
			"    lifecycle: [{stage: " + stage + ", date: \"2000\"}]\n" + inForce + "    confidence: HIGH\n    citations: [source:a]\n"
	}
	for _, st := range graph.LegalStages {
		if _, err := Load(mapFS(map[string]string{"a.yaml": timeBase, "b.yaml": rec(string(st))})); err != nil {
			t.Errorf("stage %s refused: %v", st, err)
		}
	}
	_, err := Load(mapFS(map[string]string{"a.yaml": timeBase, "b.yaml": rec("VETOED")}))
	if want := `"VETOED" (one of ` + strings.Join(graph.Strings(graph.LegalStages), ", ") + ")"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("an unknown stage: %v, want %s", err, want)
	}
}
