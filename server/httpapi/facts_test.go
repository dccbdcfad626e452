package httpapi

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestPinnedFacts pins a sample of facts from each dossier and from the IPI series to their
// exact values, on every backend. Each case names the fact it checks; a change to one of
// these values must be a deliberate change to the dataset.
func TestPinnedFacts(t *testing.T) {
	tests := []struct {
		fact  string
		query string
		want  string
	}{
		{"F-JPN-006: the 1992 Act adopted 15 June, in force 10 August 1992",
			`{ node(id: "law:jpn-ipc-act-1992") { ... on LegalInstrument { adopted inForce kind ja: title(lang: JA) } } }`,
			`{"node":{"adopted":"1992-06-15","inForce":"1992-08-10","kind":"STATUTE","ja":"国際平和協力法"}}`},
		{"F-ARG: Ley 25.880 on congressional authorization",
			`{ node(id: "law:arg-25880") { ... on LegalInstrument { reference kind es: title(lang: ES) country { iso3 } } } }`,
			`{"node":{"reference":"Ley 25.880","kind":"STATUTE","es":"Ley 25.880","country":{"iso3":"ARG"}}}`},
		{"F-ARG: CAECOPAZ founded 27 June 1995, disputed against November 1995",
			`{ node(id: "reform:arg-caecopaz") { ... on Reform { date kind disputes { field values { value preferred } } } } }`,
			`{"node":{"date":"1995-06-27","kind":"TRAINING","disputes":[{"field":"date","values":[{"value":"1995-06-27","preferred":true},{"value":"1995-11","preferred":false}]}]}}`},
		{"F-MEX: ONUSAL police from February 1992, 120 at most",
			`{ node(id: "deployment:mex-onusal") { ... on Deployment { start end peakStrength personnel mission { acronym } } } }`,
			`{"node":{"start":"1992-02","end":"1995-04","peakStrength":120,"personnel":["POLICE"],"mission":{"acronym":"ONUSAL"}}}`},
		{"F-MEX-004/005/012: the 1949 UNMOGIP observers' end is unknown, by August 1992 at the latest (IPI)",
			`{ node(id: "deployment:mex-unmogip-1949") { ... on Deployment { start end span { end { status date asOf notAfter derived } } } } }`,
			`{"node":{"start":"1949","end":null,"span":{"end":{"status":"UNKNOWN","date":null,"asOf":null,"notAfter":"1992-08","derived":false}}}}`},
		{"F-ARG-105: Ley 25.880, half-sanction 17 Dec 2003, published 23 Apr 2004, no dated final sanction",
			`{ node(id: "law:arg-25880") { ... on LegalInstrument { adopted lifecycle { stage date } } } }`,
			`{"node":{"adopted":null,"lifecycle":[{"stage":"HALF_SANCTION","date":"2003-12-17"},{"stage":"PUBLISHED","date":"2004-04-23"}]}}`},
		{"F-JPN-001: the Constitution promulgated 3 Nov 1946, in force 3 May 1947",
			`{ node(id: "law:jpn-constitution-art9") { ... on LegalInstrument { adopted inForce lifecycle { stage date } } } }`,
			`{"node":{"adopted":null,"inForce":"1947-05-03","lifecycle":[{"stage":"PROMULGATED","date":"1946-11-03"},{"stage":"IN_FORCE","date":"1947-05-03"}]}}`},
		{"M-UNSCOB: the Balkans committee reported on 19 Sept 1950; no source dates its end",
			`{ mission(acronym: "UNSCOB") { end span { end { status notBefore notAfter } } } }`,
			`{"mission":{"end":null,"span":{"end":{"status":"UNKNOWN","notBefore":"1950-09-19","notAfter":null}}}}`},
		{"M-UNTAC: established by resolution 745 on 28 February 1992, ended September 1993",
			`{ mission(acronym: "UNTAC") { start end establishedBy { id adopted } } }`,
			`{"mission":{"start":"1992-02-28","end":"1993-09","establishedBy":[{"id":"law:unsc-745","adopted":"1992-02-28"}]}}`},
		{"IPI: Mexico, February 1992: 120 police",
			`{ country(iso3: "MEX") { personnelSeries(from: "1992-02", to: "1992-02") { date troops police experts total } } }`,
			`{"country":{"personnelSeries":[{"date":"1992-02","troops":null,"police":120,"experts":null,"total":120}]}}`},
		{"IPI: Japan, October 1992: 600 troops, 75 police, 8 experts",
			`{ country(iso3: "JPN") { personnelSeries(from: "1992-10", to: "1992-10") { troops police experts total } } }`,
			`{"country":{"personnelSeries":[{"troops":600,"police":75,"experts":8,"total":683}]}}`},
		{"IPI: Argentina, October 1993: 1,382 troops, 30 police, 32 experts",
			`{ country(iso3: "ARG") { personnelSeries(from: "1993-10", to: "1993-10") { troops police experts total } } }`,
			`{"country":{"personnelSeries":[{"troops":1382,"police":30,"experts":32,"total":1444}]}}`},
		{"IPI: the series spans Nov 1990 to Mar 2014 (Argentina: 281 months)",
			`{ country(iso3: "ARG") { personnelSeries { date } } }`, ""},
	}
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		for _, tt := range tests {
			t.Run(b.name+"/"+tt.fact, func(t *testing.T) {
				r := post(t, h, tt.query, nil)
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				if tt.want == "" {
					var got struct {
						Country struct{ PersonnelSeries []struct{ Date string } }
					}
					if err := json.Unmarshal(r.Data, &got); err != nil {
						t.Fatal(err)
					}
					ps := got.Country.PersonnelSeries
					if len(ps) != 281 || ps[0].Date != "1990-11" || ps[len(ps)-1].Date != "2014-03" {
						t.Errorf("Argentina's series: %d points, %v to %v", len(ps), ps[0], ps[len(ps)-1])
					}
					return
				}
				var compact bytes.Buffer
				if err := json.Compact(&compact, r.Data); err != nil {
					t.Fatal(err)
				}
				if compact.String() != tt.want {
					t.Errorf("got  %s\nwant %s", compact.String(), tt.want)
				}
			})
		}
	}
}
