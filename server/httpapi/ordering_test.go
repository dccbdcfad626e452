package httpapi

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestOrdinalOrder (issue 9, item 9): where the sources number a list, every list of its
// members follows the numbering: Japan's Five Principles 1 to 5 before the other safeguards
// (by ID they would start with "activity area" and put withdrawal before use of weapons),
// Mexico's three criteria of 2014, the UN's three principles in the UN's order.
func TestOrdinalOrder(t *testing.T) {
	five := []string{"safeguard:jpn-ceasefire", "safeguard:jpn-consent", "safeguard:jpn-impartiality", "safeguard:jpn-withdrawal", "safeguard:jpn-use-of-weapons"}
	criteria := []string{"safeguard:mex-unsc-mandate", "safeguard:mex-host-consent", "safeguard:mex-humanitarian-tasks"}
	type item struct {
		ID      string
		Ordinal *struct {
			Series   string
			Position int
			Numbered bool
		}
	}
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		t.Run(b.name, func(t *testing.T) {
			r := post(t, h, `{
				jpn: country(iso3: "JPN") { safeguards { id ordinal { series position numbered } } }
				jpnList: safeguards(country: "JPN") { id ordinal { series position numbered } }
				mex: country(iso3: "MEX") { safeguards { id ordinal { series position numbered } } }
				art9: node(id: "law:jpn-ipc-act-1992") { ... on LegalInstrument { safeguards { id ordinal { series position numbered } } } }
				consent: node(id: "principle:un-consent") { ... on Principle { ordinal { series position numbered } } }
			}`, nil)
			if r.Status != 200 || len(r.Errors) > 0 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			var got struct {
				Jpn, Mex struct{ Safeguards []item }
				JpnList  []item
				Art9     struct{ Safeguards []item }
				Consent  item
			}
			if err := json.Unmarshal(r.Data, &got); err != nil {
				t.Fatal(err)
			}
			ids := func(is []item, n int) []string {
				var out []string
				for _, i := range is[:min(n, len(is))] {
					out = append(out, i.ID)
				}
				return out
			}
			for name, list := range map[string][]item{"Country.safeguards": got.Jpn.Safeguards, "Query.safeguards": got.JpnList, "LegalInstrument.safeguards": got.Art9.Safeguards} {
				if g := ids(list, 5); !slices.Equal(g, five) {
					t.Errorf("%s of Japan starts %v, want the Five Principles in order %v", name, g, five)
				}
				for i, it := range list[:5] {
					if it.Ordinal == nil || it.Ordinal.Position != i+1 || !it.Ordinal.Numbered || it.Ordinal.Series != "Japan's Five Principles" {
						t.Errorf("%s: %s ordinal %+v, want position %d of Japan's Five Principles, numbered", name, it.ID, it.Ordinal, i+1)
					}
				}
				for _, it := range list[5:] {
					if it.Ordinal != nil {
						t.Errorf("%s: %s has an ordinal after the numbered ones", name, it.ID)
					}
				}
			}
			if g := ids(got.Mex.Safeguards, 3); !slices.Equal(g, criteria) {
				t.Errorf("Mexico's safeguards start %v, want the 2014 criteria in order %v", g, criteria)
			}
			if o := got.Consent.Ordinal; o == nil || o.Position != 1 || o.Numbered {
				t.Errorf("un-consent ordinal %+v, want position 1 of a listed (not numbered) series", o)
			}
		})
	}
}

// TestSearchRanksTheNamedEntityFirst (issue 9, item 9): the entity a query names (its acronym,
// name, ISO3 code, reference, or, for a mission, its host) comes ahead of entities that merely
// mention it, even when those score higher ("JPN in ..." deployments start with "JPN", the
// event of Ley 25.880's publication repeats the law's name in title and description).
func TestSearchRanksTheNamedEntityFirst(t *testing.T) {
	tests := []struct {
		text  string
		first []string // the named hits, in order, before any other
	}{
		{"MINUSTAH", []string{"mission:minustah"}},
		{"minustah", []string{"mission:minustah"}},
		{"Haiti", []string{"mission:minujusth", "mission:minustah", "mission:miponuh", "mission:unmih"}},
		{"Cambodia", []string{"mission:untac"}},
		{"Western Sahara", []string{"mission:minurso"}},
		{"JPN", []string{"country:jpn"}},
		// The 1930 announcement bears the same Spanish name as the doctrine: both are named.
		{"Doctrina Estrada", []string{"event:mex-estrada-doctrine-1930", "principle:mex-estrada-doctrine"}},
		{"Ley 25.880", []string{"law:arg-25880"}},
	}
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		for _, tt := range tests {
			t.Run(b.name+"/"+tt.text, func(t *testing.T) {
				r := post(t, h, `query($t: String!) { search(text: $t, first: 30) { named score node { id } } }`, map[string]any{"t": tt.text})
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				var got struct {
					Search []struct {
						Named bool
						Score float64
						Node  struct{ ID string }
					}
				}
				if err := json.Unmarshal(r.Data, &got); err != nil {
					t.Fatal(err)
				}
				var named []string
				for i, hit := range got.Search {
					if hit.Named {
						named = append(named, hit.Node.ID)
						if i != len(named)-1 {
							t.Errorf("named hit %s at %d, after an unnamed one", hit.Node.ID, i)
						}
					}
				}
				if !slices.Equal(named, tt.first) {
					t.Errorf("named hits %v, want %v", named, tt.first)
				}
				if len(got.Search) <= len(tt.first) {
					t.Errorf("only %d hits: the test needs entities that merely mention %q after the named ones", len(got.Search), tt.text)
				}
			})
		}
	}
}

// TestEvidencePathAvoidsHubs (issue 9, item 9): evidencePath prefers relationships with
// evidence over hubs: the example query's path from Mexico to Japan's 1992 Act went Mexico ->
// terrorism <- Japan -> the Act, which only says that both perceive terrorism and that Japan
// has the Act. No intermediate step may now be a country, a threat or a function when a path
// around them exists within the bound, and every hop carries its relationship's citations.
func TestEvidencePathAvoidsHubs(t *testing.T) {
	ds := dataset(t)
	edges := map[string]int{}
	for _, e := range ds.Edges {
		edges[string(e.Type)+"|"+e.From+"|"+e.To] = len(e.Citations)
	}
	pairs := []struct {
		from, to string
		max      int
	}{
		{"country:mex", "law:jpn-ipc-act-1992", 4},
		{"country:mex", "law:jpn-ipc-act-1992", 6},
		{"country:mex", "country:jpn", 4},
		{"country:arg", "country:jpn", 4},
		{"deployment:mex-minustah", "reform:arg-cruz-del-sur", 4},
	}
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		for _, p := range pairs {
			t.Run(fmt.Sprintf("%s/%s-%s-%d", b.name, p.from, p.to, p.max), func(t *testing.T) {
				r := post(t, h, `query($f: ID!, $t: ID!, $m: Int!) { evidencePath(from: $f, to: $t, maxHops: $m) {
					relationship forward node { id } citations { source { id } } link { type from { id } to { id } other { id } citations { source { id } } } } }`,
					map[string]any{"f": p.from, "t": p.to, "m": p.max})
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				var got struct {
					EvidencePath []struct {
						Relationship *string
						Forward      *bool
						Node         struct{ ID string }
						Citations    []struct{ Source struct{ ID string } }
						Link         *struct {
							Type            string
							From, To, Other struct{ ID string }
							Citations       []struct{ Source struct{ ID string } }
						}
					}
				}
				if err := json.Unmarshal(r.Data, &got); err != nil {
					t.Fatal(err)
				}
				path := got.EvidencePath
				if len(path) < 2 || path[0].Node.ID != p.from || path[len(path)-1].Node.ID != p.to {
					t.Fatalf("no path from %s to %s: %s", p.from, p.to, r.Data)
				}
				for i, st := range path[1:] {
					if i < len(path)-2 {
						for _, hub := range []string{"country:", "threat:", "function:"} {
							if strings.HasPrefix(st.Node.ID, hub) {
								t.Errorf("step %d passes through the hub %s: %s", i+1, st.Node.ID, r.Data)
							}
						}
					}
					l := st.Link
					if l == nil || st.Relationship == nil || l.Type != *st.Relationship || l.Other.ID != st.Node.ID {
						t.Fatalf("step %d: link %+v does not lead to %s over %v", i+1, l, st.Node.ID, st.Relationship)
					}
					n, ok := edges[l.Type+"|"+l.From.ID+"|"+l.To.ID]
					if !ok || n == 0 || len(st.Citations) != n || len(l.Citations) != n {
						t.Errorf("step %d (%s %s -> %s): %d citations, link %d, want the relationship's %d", i+1, l.Type, l.From.ID, l.To.ID, len(st.Citations), len(l.Citations), n)
					}
				}
			})
		}
	}
}
