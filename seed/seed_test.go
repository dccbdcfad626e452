package seed

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/peacegraph/peacegraph/graph"
)

const goodSources = `sources:
  - {id: source:a, kind: PRESS, title: A, url: "https://example.org/a"}
countries:
  - {id: country:mex, iso3: MEX, name: Mexico, caseRole: PRIMARY, confidence: HIGH, citations: [source:a]}
`

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

// problems loads files and returns what the validator says, failing if it says nothing.
func problems(t *testing.T, files map[string]string) Problems {
	t.Helper()
	_, err := Load(mapFS(files))
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Load: want problems, got %v", err)
	}
	return ps
}

func TestValidatorReportsFileLineAndReason(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string // each must appear in one problem, as "file:line: text"
	}{
		{"missing citation", `events:
  - id: event:x
    date: "1992"
    title: X
    country: country:mex
    confidence: HIGH
`, []string{"seed/data/b.yaml:2: event:x has no citations"}},
		{"dangling reference", `events:
  - id: event:x
    date: "1992"
    title: X
    country: country:mex
    related:
      - law:nowhere
    confidence: HIGH
    citations: [source:a]
`, []string{`seed/data/b.yaml:7: RELATED_TO: dangling reference to "law:nowhere"`}},
		{"unknown source", `events:
  - {id: event:x, date: "1992", title: X, country: country:mex, confidence: HIGH, citations: [source:zz]}
`, []string{`seed/data/b.yaml:2: citation of unknown source "source:zz"`}},
		{"duplicate id", `countries:
  - {id: country:mex, iso3: MEX, name: Mexico, caseRole: PRIMARY, confidence: HIGH, citations: [source:a]}
`, []string{`seed/data/b.yaml:2: duplicate id "country:mex" (first defined at seed/data/a.yaml:4)`}},
		{"malformed date", `events:
  - {id: event:x, date: "1992-13", title: X, country: country:mex, confidence: HIGH, citations: [source:a]}
`, []string{`seed/data/b.yaml:2: date: invalid date "1992-13"`}},
		{"unknown enum", `events:
  - {id: event:x, date: "1992", title: X, country: country:mex, confidence: SURE, citations: [source:a]}
`, []string{`seed/data/b.yaml:2: unknown confidence value "SURE"`}},
		{"unknown field", `events:
  - id: event:x
    date: "1992"
    titel: X
    country: country:mex
    confidence: HIGH
    citations: [source:a]
`, []string{`seed/data/b.yaml:4: unknown field "titel"`}},
		{"unknown section", "treaties: []\n", []string{`seed/data/b.yaml:1: unknown section "treaties"`}},
		{"wrong kind of target", `events:
  - {id: event:x, date: "1992", title: X, country: source:a, confidence: HIGH, citations: [source:a]}
`, []string{`seed/data/b.yaml:2: CONCERNS: "source:a" is a SOURCE; expected COUNTRY`}},
		{"dispute without preferred value", `events:
  - id: event:x
    date: "1992"
    title: X
    country: country:mex
    confidence: HIGH
    citations: [source:a]
    disputes:
      - field: date
        values:
          - {value: "1992", citations: [source:a]}
          - {value: "1993", citations: [source:a]}
`, []string{`seed/data/b.yaml:2: dispute about "date" must mark exactly one value preferred`}},
		{"deprecated value without reason or correction", `events:
  - id: event:x
    date: "1992"
    title: X
    country: country:mex
    confidence: HIGH
    citations: [source:a]
    disputes:
      - field: date
        values:
          - {value: "1992", preferred: true, citations: [source:a]}
          - {value: "1993", rank: DEPRECATED, citations: [source:a]}
`, []string{`seed/data/b.yaml:2: disputed value "1993" of date is deprecated: give the reason it is wrong`,
			`seed/data/b.yaml:2: disputed value "1993" of date (deprecated: correctedBy, the source of the correction) has no citations`}},
		{"reason on a value that is not deprecated; contradictory rank", `events:
  - id: event:x
    date: "1992"
    title: X
    country: country:mex
    confidence: HIGH
    citations: [source:a]
    disputes:
      - field: date
        values:
          - {value: "1992", preferred: true, rank: NORMAL, citations: [source:a]}
          - {value: "1993", reason: wrong, citations: [source:a]}
          - {value: "1994", rank: WRONG, citations: [source:a]}
`, []string{`disputed value "1992" of date: preferred: true contradicts rank NORMAL`,
			`disputed value "1993" of date: reason and correctedBy belong to a DEPRECATED value (this one is NORMAL)`,
			`unknown rank value "WRONG"`}},
		{"aliases: a reference to one, one that is an ID, one of another kind", `events:
  - {id: event:x, aliases: [event:old, country:mex, event:y], date: "1992", title: X, country: country:mex, confidence: HIGH, citations: [source:a]}
  - {id: event:y, date: "1992", title: Y, country: country:mex, related: [event:old], confidence: HIGH, citations: [source:a]}
`, []string{`seed/data/b.yaml:3: RELATED_TO: "event:old" was merged into event:x: refer to that`,
			`seed/data/b.yaml:2: aliases: "country:mex" is not an ID of the same kind (event)`,
			`seed/data/b.yaml:2: alias "event:y" of event:x is also a record's ID`}},
		{"ordinals: a gap, a mixed series, a kind that takes none", `principles:
  - {id: principle:p1, ordinal: {series: S, position: 1, numbered: true}, scope: UN_PEACEKEEPING, name: P1, heldBy: [country:mex], confidence: HIGH, citations: [source:a]}
  - {id: principle:p3, ordinal: {series: S, position: 3}, scope: UN_PEACEKEEPING, name: P3, heldBy: [country:mex], confidence: HIGH, citations: [source:a]}
events:
  - {id: event:x, ordinal: {series: E, position: 1}, date: "1992", title: X, country: country:mex, confidence: HIGH, citations: [source:a]}
`, []string{`seed/data/b.yaml:3: ordinal 3 of "S": the series' positions must run 1, 2, 3... without gaps or repeats`,
			`seed/data/b.yaml:3: ordinal of "S": numbered must be the same for the whole series`,
			`seed/data/b.yaml:5: ordinal: only safeguards and principles take one`}},
		{"orphan", `threats:
  - {id: threat:x, name: X, kind: NEW_THREAT, confidence: HIGH, citations: [source:a]}
`, []string{`seed/data/b.yaml:2: threat:x is an orphan`}},
		{"several problems at once", `events:
  - {id: event:x, date: "1992-13", title: X, country: country:mex, confidence: HIGH}
  - {id: event:y, date: "1992", title: Y, country: country:nowhere, confidence: HIGH, citations: [source:a]}
`, []string{"seed/data/b.yaml:2: event:x has no citations", `seed/data/b.yaml:2: date: invalid date`, `seed/data/b.yaml:3: CONCERNS: dangling reference to "country:nowhere"`}},
		{"YAML syntax", "events:\n  - {id: event:x\n", []string{"seed/data/b.yaml:"}},
		{"same document twice", `sources:
  - {id: source:b, kind: PRESS, title: A again, url: "http://www.example.org/a/"}
`, []string{`seed/data/b.yaml:2: source source:b has the same URL as source:a`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := problems(t, map[string]string{"a.yaml": goodSources, "b.yaml": tt.file})
			all := ps.Error()
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("want a problem containing %q; got:\n%s", w, all)
				}
			}
		})
	}
}

func TestRelationshipEvidence(t *testing.T) {
	fsys := fstest.MapFS{
		"a.yaml": {Data: []byte(goodSources + `  - {id: country:chl, iso3: CHL, name: Chile, caseRole: PARTNER, confidence: MEDIUM, citations: [source:a]}
  - {id: country:per, iso3: PER, name: Peru, caseRole: PARTNER, confidence: MEDIUM, citations: [source:a]}
sources:
  - {id: source:b, kind: PRESS, title: B}
events:
  - id: event:x
    date: "1992"
    title: X
    country: country:mex
    related:
      - country:chl
      - {id: country:per, citations: [{source: source:b, locator: p. 3}], confidence: LOW}
    confidence: HIGH
    citations: [source:a]
`)},
	}
	ds, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range ds.Edges {
		got[e.To] = string(e.Confidence) + " " + e.Citations[0].SourceID + " " + e.Citations[0].Locator
	}
	if got["country:chl"] != "HIGH source:a " || got["country:per"] != "LOW source:b p. 3" {
		t.Errorf("edge evidence = %v", got)
	}
	st := Count(ds)
	if st.CitedEdges != st.Edges || st.CitedNodes != st.Nodes {
		t.Errorf("stats: %+v", st)
	}
}

// TestUncitedRelationshipRejected: a relationship without a source is refused where it is
// written, even when both its ends are cited: a threat perception with no citations, and a
// relationship target with evidence of its own but no citations (a bare ID would rest on the
// record's). This is what makes every relationship of a loaded dataset cited.
func TestUncitedRelationshipRejected(t *testing.T) {
	_, err := LoadDir(filepath.Join("testdata", "uncited"))
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("LoadDir: want problems, got %v", err)
	}
	want := []string{
		"testdata/uncited/data.yaml:11: threat perception has no citations",
		"testdata/uncited/data.yaml:18: relationship RELATED_TO to country:chl has no citations",
	}
	if len(ps) != len(want) {
		t.Errorf("%d problems, want %d:\n%v", len(ps), len(want), ps)
	}
	for _, w := range want {
		found := false
		for _, p := range ps {
			found = found || strings.HasPrefix(p.String(), w)
		}
		if !found {
			t.Errorf("no problem %q in:\n%v", w, ps)
		}
	}
}

// TestEmbeddedDataset: the dataset the binary serves validates and has every kind of node.
func TestEmbeddedDataset(t *testing.T) {
	ds, err := embeddedDataset()
	if err != nil {
		t.Fatal(err)
	}
	st := Count(ds)
	for _, k := range graph.Kinds {
		if st.NodesByKind[k.Kind] == 0 {
			t.Errorf("no node of kind %s", k.Kind)
		}
	}
}

// embeddedDataset is the embedded dataset, loaded once for the tests that only read it: each load
// costs seconds under the race detector.
var embeddedDataset = sync.OnceValues(LoadEmbedded)
