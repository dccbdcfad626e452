package seed

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// TestEnumsAreGraphs: every enum field of the seed format accepts exactly graph's values for
// that enum (schema's test ties graph's values to the SDL's). An unknown value is refused with
// the list of allowed ones, and that list must be graph's; every value of graph's is accepted.
func TestEnumsAreGraphs(t *testing.T) {
	const cite = "confidence: HIGH, citations: [source:a]"
	// Each enum of graph.Enums but EntityKind (which the seed has no field for), with a record
	// whose field takes it; %s is the value.
	fields := map[string]string{
		"Confidence":      "countries:\n  - {id: country:chl, iso3: CHL, name: Chile, caseRole: PARTNER, confidence: %s, citations: [source:a]}\n",
		"CaseRole":        "countries:\n  - {id: country:chl, iso3: CHL, name: Chile, caseRole: %s, " + cite + "}\n",
		"MissionKind":     "missions:\n  - {id: mission:m, acronym: M, name: M, start: \"1990\", end: \"1991\", kind: %s, " + cite + "}\n",
		"PersonnelType":   "missions:\n  - {id: mission:m, acronym: M, name: M, start: \"1990\", end: \"1991\", kind: OTHER, " + cite + "}\ndeployments:\n  - {id: deployment:mex-m, country: country:mex, mission: mission:m, start: \"1990\", end: \"1991\", personnel: [%s], " + cite + "}\n",
		"StrengthKind":    "missions:\n  - {id: mission:m, acronym: M, name: M, start: \"1990\", end: \"1991\", kind: OTHER, " + cite + "}\ndeployments:\n  - {id: deployment:mex-m, country: country:mex, mission: mission:m, start: \"1990\", end: \"1991\", personnel: [], peakStrength: 5, strengths: [{kind: %s, value: 5}, {kind: PRESENT, value: 5}], " + cite + "}\n",
		"InstrumentKind":  "legalInstruments:\n  - {id: law:l, kind: %s, title: L, inForce: {end: {status: UNKNOWN, basis: b}}, " + cite + "}\n",
		"SafeguardKind":   "safeguards:\n  - {id: safeguard:s, country: country:mex, kind: %s, title: S, since: \"1990\", until: {status: UNKNOWN, basis: b}, " + cite + "}\n",
		"ReformKind":      "reforms:\n  - {id: reform:r, country: country:mex, kind: %s, title: R, " + cite + "}\n",
		"ReformMechanism": "missions:\n  - {id: mission:m, acronym: M, name: M, start: \"1990\", end: \"1991\", kind: OTHER, " + cite + "}\nreforms:\n  - {id: reform:r, country: country:mex, kind: LEGAL, title: R, " + cite + ", drivers: [{mission: mission:m, mechanism: %s, " + cite + "}]}\n",
		"PrincipleScope":  "principles:\n  - {id: principle:p, scope: %s, name: P, " + cite + "}\n",
		"ThreatKind":      "threats:\n  - {id: threat:t, kind: %s, name: T, " + cite + "}\n",
		"SourceKind":      "sources:\n  - {id: source:b, kind: %s, title: B}\n",
		"EvidenceBasis":   "missions:\n  - {id: mission:m, acronym: M, name: M, start: \"1990\", end: \"1991\", kind: OTHER, " + cite + "}\nreforms:\n  - {id: reform:r, country: country:mex, kind: LEGAL, title: R, " + cite + ", drivers: [{mission: mission:m, mechanism: LEGAL_CHANGE, basis: %s, " + cite + "}]}\n",
		// A dispute's second value takes the rank; the first is preferred unless that one is
		// (see rankFields: a deprecated value needs a reason and a correction, others none).
		"Rank": "events:\n  - {id: event:e, date: \"1990\", title: E, country: country:mex, " + cite + ", disputes: [{field: date, values: [" +
			"{value: \"1990\", %first, citations: [source:a]}, {value: \"1991\", rank: %s, %extra citations: [source:a]}]}]}\n",
	}
	// rankFields fills the Rank template's other placeholders for the rank v.
	rankFields := func(body, v string) string {
		first, extra := "preferred: true", ""
		switch v {
		case "PREFERRED":
			first = "rank: NORMAL"
		case "DEPRECATED":
			extra = "reason: wrong, correctedBy: [source:a],"
		}
		return strings.NewReplacer("%first", first, "%extra", extra).Replace(body)
	}
	enums := graph.Enums()
	// The seed has no field for these: kinds are ID prefixes, relationship types are the
	// sections' fields, a principle relation's kind is its field (compatibleWith, tensionWith).
	delete(enums, "EntityKind")
	delete(enums, "RelationshipType")
	delete(enums, "PrincipleRelationKind")
	// Enums the seed takes in part or not at all, each covered where it is read:
	// Certainty and LegalBasisRole's derived roles are the analysis's answers, not data (the
	// seed's authorizedBy role, TestValidatorTime); a bound's status needs fields of its own
	// for each value (TestBoundStatuses); each lifecycle stage its own record (TestLegalStages).
	for _, e := range []string{"Certainty", "LegalBasisRole", "BoundStatus", "LegalStage"} {
		delete(enums, e)
	}
	if got, want := slices.Sorted(maps.Keys(fields)), slices.Sorted(maps.Keys(enums)); !slices.Equal(got, want) {
		t.Fatalf("the test covers enums %v, graph has %v", got, want)
	}
	// link keeps the records the validator would otherwise call orphans (or unused) in the graph.
	link := map[string]string{
		"Confidence": "related: [country:chl], citations: [source:a]", "CaseRole": "related: [country:chl], citations: [source:a]",
		"InstrumentKind": "related: [law:l], citations: [source:a]", "PrincipleScope": "related: [principle:p], citations: [source:a]",
		"ThreatKind": "related: [threat:t], citations: [source:a]", "SourceKind": "country: country:mex, citations: [source:b]",
		"MissionKind": "related: [mission:m], citations: [source:a]",
	}
	load := func(name, body string) error {
		if name == "Rank" {
			_, v, _ := strings.Cut(body, "rank: ")
			v, _, _ = strings.Cut(v, ",")
			body = rankFields(body, v)
		}
		if l, ok := link[name]; ok {
			body += "events:\n  - {id: event:e, date: \"1990\", title: E, confidence: HIGH, " + l + "}\n"
		}
		_, err := Load(mapFS(map[string]string{"a.yaml": goodSources, "b.yaml": body}))
		return err
	}
	for name, tmpl := range fields {
		values := enums[name]
		t.Run(name, func(t *testing.T) {
			for _, v := range values {
				if err := load(name, strings.ReplaceAll(tmpl, "%s", v)); err != nil {
					t.Errorf("%s %s refused: %v", name, v, err)
				}
			}
			err := load(name, strings.ReplaceAll(tmpl, "%s", "NOT_A_VALUE"))
			want := "(one of " + strings.Join(values, ", ") + ")"
			if err == nil || !strings.Contains(err.Error(), `"NOT_A_VALUE" `+want) {
				t.Errorf("an unknown %s: %v, want a problem ending %s", name, err, want)
			}
		})
	}
}
