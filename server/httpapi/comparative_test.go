package httpapi

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestComparativeQueries pins issue 5's acceptance points on every backend.
func TestComparativeQueries(t *testing.T) {
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		t.Run(b.name, func(t *testing.T) {
			decode := func(t *testing.T, query string, v any) {
				t.Helper()
				r := post(t, h, query, nil)
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				if err := json.Unmarshal(r.Data, v); err != nil {
					t.Fatal(err)
				}
			}
			t.Run("CAECOPAZ from the UNPROFOR contingents", func(t *testing.T) {
				var got struct {
					ReformPathways []struct {
						Reform     struct{ ID string }
						Deployment *struct{ ID string }
						Mission    *struct{ Acronym string }
						Citations  []struct{ Source struct{ URL *string } }
					}
				}
				decode(t, `{ reformPathways(country: "ARG") { reform { id } deployment { id } mission { acronym } citations { source { url } } } }`, &got)
				found := false
				for _, p := range got.ReformPathways {
					if p.Reform.ID == "reform:arg-caecopaz" && p.Mission != nil && p.Mission.Acronym == "UNPROFOR" && len(p.Citations) > 0 {
						found = true
					}
				}
				if !found {
					t.Errorf("no cited pathway from UNPROFOR to reform:arg-caecopaz in %+v", got.ReformPathways)
				}
			})
			t.Run("UNTAC within the Five Principles and the 1992 Act", func(t *testing.T) {
				var got struct {
					ConstitutionalCompliance []struct {
						Deployment struct {
							ID      string
							Mission struct{ Acronym string }
						}
						Safeguards []struct{ ID string }
						LegalBasis []struct{ ID string }
						Citations  []struct{ Locator *string }
					}
				}
				decode(t, `{ constitutionalCompliance(country: "JPN") { deployment { id mission { acronym } } safeguards { id } legalBasis { id } citations { locator } } }`, &got)
				five := []string{"safeguard:jpn-ceasefire", "safeguard:jpn-consent", "safeguard:jpn-impartiality", "safeguard:jpn-withdrawal", "safeguard:jpn-use-of-weapons"}
				n := 0
				for _, c := range got.ConstitutionalCompliance {
					if c.Deployment.Mission.Acronym != "UNTAC" {
						continue
					}
					n++
					var ids, basis []string
					for _, s := range c.Safeguards {
						ids = append(ids, s.ID)
					}
					for _, l := range c.LegalBasis {
						basis = append(basis, l.ID)
					}
					for _, s := range five {
						if !slices.Contains(ids, s) {
							t.Errorf("%s: not constrained by %s", c.Deployment.ID, s)
						}
					}
					if !slices.Contains(basis, "law:jpn-ipc-act-1992") || len(c.Citations) == 0 {
						t.Errorf("%s: legal basis %v, %d citations", c.Deployment.ID, basis, len(c.Citations))
					}
				}
				if n == 0 {
					t.Error("no UNTAC deployment in Japan's compliance records")
				}
			})
			t.Run("compare: every dimension, every non-empty cell cited", func(t *testing.T) {
				var got struct {
					Compare struct {
						Rows []struct {
							Dimension string
							Cells     []struct {
								Country   struct{ ISO3 string }
								Empty     bool
								Values    []string
								Citations []struct{ Source struct{ ID string } }
							}
						}
					}
				}
				decode(t, `{ compare(countries: ["MEX","ARG","JPN"]) { rows { dimension cells { country { iso3 } empty values citations { source { id } } } } } }`, &got)
				want := []string{"constitutionalBasis", "approvalProcedure", "safeguards", "functionsPerformed", "personnelTypes", "reformsByKind", "threatsPerceived", "obstacles", "firstParticipation", "missionsJoined", "peakPersonnel", "personnelCoverage"}
				var dims []string
				for _, r := range got.Compare.Rows {
					dims = append(dims, r.Dimension)
					if len(r.Cells) != 3 || r.Cells[0].Country.ISO3 != "MEX" || r.Cells[2].Country.ISO3 != "JPN" {
						t.Errorf("%s: cells %+v", r.Dimension, r.Cells)
					}
					for _, c := range r.Cells {
						if c.Empty != (len(c.Values) == 0) {
							t.Errorf("%s/%s: empty=%v with values %v", r.Dimension, c.Country.ISO3, c.Empty, c.Values)
						}
						if !c.Empty && len(c.Citations) == 0 {
							t.Errorf("%s/%s: values %v without citations", r.Dimension, c.Country.ISO3, c.Values)
						}
					}
				}
				if !slices.Equal(dims, want) {
					t.Errorf("dimensions %v, want %v", dims, want)
				}
			})
			t.Run("evidence path from Mexico to Japan's 1992 Act", func(t *testing.T) {
				var got struct {
					EvidencePath []struct{ Node struct{ ID string } }
				}
				decode(t, `{ evidencePath(from: "country:mex", to: "law:jpn-ipc-act-1992") { node { id } } }`, &got)
				p := got.EvidencePath
				if len(p) < 2 || len(p)-1 > 4 || p[0].Node.ID != "country:mex" || p[len(p)-1].Node.ID != "law:jpn-ipc-act-1992" {
					t.Errorf("path %+v, want at most 4 hops from country:mex to law:jpn-ipc-act-1992", p)
				}
			})
			t.Run("search finds the right entity first", func(t *testing.T) {
				for _, tt := range []struct{ text, wantID, wantInTitle string }{
					{"caecopaz", "reform:arg-caecopaz", ""},
					{"pena nieto", "", "Peña Nieto"},
					{"PEÑA NIETO", "", "Peña Nieto"},
				} {
					var got struct {
						Search []struct {
							Node struct {
								ID    string
								Title string
							}
						}
					}
					decode(t, `{ search(text: "`+tt.text+`", first: 3) { node { id ... on Event { title } ... on Reform { title } ... on Source { title } } } }`, &got)
					if len(got.Search) == 0 {
						t.Errorf("search %q: no hits", tt.text)
						continue
					}
					first := got.Search[0].Node
					if (tt.wantID != "" && first.ID != tt.wantID) || !strings.Contains(first.Title, tt.wantInTitle) || strings.HasPrefix(first.ID, "source:") {
						t.Errorf("search %q: first hit %+v", tt.text, first)
					}
				}
			})
			t.Run("bad arguments", func(t *testing.T) {
				for _, tt := range []struct{ name, query, code string }{
					{"unknown country", `{ reformPathways(country: "XXX") { mechanism } }`, "NOT_FOUND"},
					{"unknown country in compliance", `{ constitutionalCompliance(country: "ZZZ") { citations { locator } } }`, "NOT_FOUND"},
					{"unknown country in compare", `{ compare(countries: ["MEX", "ZZZ"]) { rows { dimension } } }`, "NOT_FOUND"},
					{"duplicate countries", `{ compare(countries: ["MEX", "MEX"]) { rows { dimension } } }`, "BAD_USER_INPUT"},
					{"no countries", `{ compare(countries: []) { rows { dimension } } }`, "BAD_USER_INPUT"},
					{"inverted timeline", `{ timeline(from: "2015", to: "2014") { date } }`, "BAD_USER_INPUT"},
					{"inverted selectivity", `{ country(iso3: "MEX") { selectivity(from: "2015-06", to: "2015-05") { share } } }`, "BAD_USER_INPUT"},
					{"unknown mechanism", `{ reformPathways(country: "ARG", mechanism: MAGIC) { mechanism } }`, "GRAPHQL_VALIDATION_FAILED"},
					{"maxHops above the cap", `{ evidencePath(from: "country:mex", to: "country:jpn", maxHops: 99) { relationship } }`, "BAD_USER_INPUT"},
					{"unknown path end", `{ evidencePath(from: "country:mex", to: "law:none") { relationship } }`, "NOT_FOUND"},
				} {
					r := post(t, h, tt.query, nil)
					if r.Status != 200 || r.code() != tt.code {
						t.Errorf("%s: status %d, code %q (want 200, %s): %s", tt.name, r.Status, r.code(), tt.code, r.Body)
					}
				}
			})
		})
	}
}
