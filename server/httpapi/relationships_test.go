package httpapi

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// relationshipFields is what the tests below read of every relationship.
const relationshipFields = `type from { id } to { id } note basis inherited confidence facts
  citations { locator note source { id } } disputes { field }`

// gotLink is a relationship as the API serves it.
type gotLink struct {
	Type       string
	From, To   struct{ ID string }
	Note       *string
	Basis      string
	Inherited  bool
	Confidence string
	Facts      []string
	Citations  []struct {
		Locator, Note *string
		Source        struct{ ID string }
	}
	Disputes []struct{ Field string }
}

// wantLink is e as the API must serve it.
func wantLink(e graph.Edge) gotLink {
	w := gotLink{Type: string(e.Type), Basis: string(e.Basis), Inherited: e.Inherited, Confidence: string(e.Confidence), Facts: e.Facts,
		Disputes: []struct{ Field string }{}}
	w.From.ID, w.To.ID = e.From, e.To
	if w.Facts == nil {
		w.Facts = []string{}
	}
	if e.Note != "" {
		w.Note = &e.Note
	}
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	for _, c := range e.Citations {
		w.Citations = append(w.Citations, struct {
			Locator, Note *string
			Source        struct{ ID string }
		}{opt(c.Locator), opt(c.Note), struct{ ID string }{c.SourceID}})
	}
	for _, d := range e.Disputes {
		w.Disputes = append(w.Disputes, struct{ Field string }{d.Field})
	}
	return w
}

func (l gotLink) String() string { b, _ := json.Marshal(l); return string(b) }

// TestEvidenceOnEveryRelationship (issue 9, acceptance 4): for every relationship type of
// graph's table, every relationship of the dataset is read through GraphQL's relationships
// field from its From end, on both backends, with its own evidence: type, ends, note, basis,
// whether the evidence is inherited from the record, confidence, facts, citations with their
// locators and notes, disputes. A type the dataset does not hold fails: every type must be
// readable with its evidence.
func TestEvidenceOnEveryRelationship(t *testing.T) {
	ds := dataset(t)
	byType := map[graph.RelType]map[string][]graph.Edge{} // type -> From -> edges
	for _, e := range ds.Edges {
		if byType[e.Type] == nil {
			byType[e.Type] = map[string][]graph.Edge{}
		}
		byType[e.Type][e.From] = append(byType[e.Type][e.From], e)
	}
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		for _, rel := range graph.Relations {
			t.Run(b.name+"/"+string(rel.Type), func(t *testing.T) {
				froms := byType[rel.Type]
				if len(froms) == 0 {
					t.Fatalf("the dataset holds no %s relationship: its evidence cannot be read", rel.Type)
				}
				ids := slices.Sorted(func(yield func(string) bool) {
					for id := range froms {
						if !yield(id) {
							return
						}
					}
				})
				own := 0
				for chunk := range slices.Chunk(ids, 60) {
					var q strings.Builder
					q.WriteString("{")
					for i, id := range chunk {
						fmt.Fprintf(&q, "n%d: node(id: %q) { relationships(types: [%s], direction: OUT) { %s } }\n", i, id, rel.Type, relationshipFields)
					}
					q.WriteString("}")
					r := post(t, h, q.String(), nil)
					if r.Status != 200 || len(r.Errors) > 0 {
						t.Fatalf("status %d: %s", r.Status, r.Body)
					}
					var got map[string]struct{ Relationships []gotLink }
					if err := json.Unmarshal(r.Data, &got); err != nil {
						t.Fatal(err)
					}
					for i, id := range chunk {
						want := slices.Clone(froms[id])
						graph.SortEdges(id, want)
						links := got[fmt.Sprintf("n%d", i)].Relationships
						if len(links) != len(want) {
							t.Errorf("%s: %d %s relationships, want %d", id, len(links), rel.Type, len(want))
							continue
						}
						for j, e := range want {
							if !e.Inherited {
								own++
							}
							if w := wantLink(e); links[j].String() != w.String() {
								t.Errorf("%s %s -> %s:\n got %s\nwant %s", rel.Type, e.From, e.To, links[j], w)
							}
						}
					}
				}
				t.Logf("%s: %d relationships from %d nodes, %d with evidence of their own", rel.Type, countEdges(froms), len(froms), own)
			})
		}
	}
}

func countEdges(m map[string][]graph.Edge) int {
	n := 0
	for _, es := range m {
		n += len(es)
	}
	return n
}

// TestTypedLinksAreRelationships: the typed views (ReformLink, ThreatPerception,
// Compatibility) serve the same evidence as the uniform Relationship for the same link.
func TestTypedLinksAreRelationships(t *testing.T) {
	queries := map[string]string{
		"CATALYZED": `{ reforms(country: "ARG") { id drivers { ` + relationshipFields + ` }
			relationships(types: [CATALYZED], direction: IN) { ` + relationshipFields + ` } } }`,
		"PERCEIVES": `{ countries { id threats { ` + relationshipFields + ` }
			relationships(types: [PERCEIVES], direction: OUT) { ` + relationshipFields + ` } } }`,
		"principle relations": `{ country(iso3: "JPN") { principles { id relations { ` + relationshipFields + ` }
			relationships(types: [COMPATIBLE_WITH, IN_TENSION_WITH]) { ` + relationshipFields + ` } } } }`,
	}
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		for name, q := range queries {
			t.Run(b.name+"/"+name, func(t *testing.T) {
				r := post(t, h, q, nil)
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				// Each item of the answer's list holds the typed view first, then the uniform one.
				var raw map[string]json.RawMessage
				if err := json.Unmarshal(r.Data, &raw); err != nil {
					t.Fatal(err)
				}
				var items []map[string]json.RawMessage
				for _, v := range raw {
					if v[0] == '{' { // country(iso3:) { principles }
						var c map[string]json.RawMessage
						_ = json.Unmarshal(v, &c)
						v = c["principles"]
					}
					if err := json.Unmarshal(v, &items); err != nil {
						t.Fatal(err)
					}
				}
				checked := 0
				for _, it := range items {
					var typed, uniform []gotLink
					for k, v := range it {
						switch k {
						case "drivers", "threats", "relations":
							_ = json.Unmarshal(v, &typed)
						case "relationships":
							_ = json.Unmarshal(v, &uniform)
						}
					}
					if len(typed) != len(uniform) {
						t.Errorf("%s: %d typed links, %d relationships", it["id"], len(typed), len(uniform))
						continue
					}
					for i := range typed {
						if typed[i].String() != uniform[i].String() {
							t.Errorf("%s:\n typed   %s\n uniform %s", it["id"], typed[i], uniform[i])
						}
						checked++
					}
				}
				if checked == 0 {
					t.Fatal("no link checked")
				}
			})
		}
	}
}

// TestRelationshipsArguments: types and direction select, other is the far end, and a bad type
// is a validation error.
func TestRelationshipsArguments(t *testing.T) {
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		t.Run(b.name, func(t *testing.T) {
			r := post(t, h, `{ node(id: "deployment:jpn-untac-engineers") {
				all: relationships { type other { id } }
				outAll: relationships(direction: OUT) { type other { id } }
				out: relationships(direction: OUT, types: [IN_MISSION, DEPLOYED_BY]) { type other { id } }
				in: relationships(direction: IN) { type from { id } other { id } } } }`, nil)
			if r.Status != 200 || len(r.Errors) > 0 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			var got struct {
				Node struct {
					All, OutAll, Out, In []struct {
						Type        string
						From, Other struct{ ID string }
					}
				}
			}
			if err := json.Unmarshal(r.Data, &got); err != nil {
				t.Fatal(err)
			}
			n := got.Node
			if len(n.Out) != 2 || n.Out[0].Other.ID != "country:jpn" || n.Out[1].Other.ID != "mission:untac" {
				t.Errorf("out = %+v, want DEPLOYED_BY country:jpn then IN_MISSION mission:untac", n.Out)
			}
			if len(n.In) == 0 || len(n.All) != len(n.In)+len(n.OutAll) {
				t.Errorf("in = %d, out = %d, all = %d", len(n.In), len(n.OutAll), len(n.All))
			}
			for _, l := range n.In {
				if (l.Type != "CONSTRAINS" && l.Type != "RELATED_TO") || l.Other.ID != l.From.ID {
					t.Errorf("an incoming relationship %+v: want CONSTRAINS or RELATED_TO, other = from", l)
				}
			}
			r = post(t, h, `{ node(id: "country:mex") { relationships(types: [NOT_A_TYPE]) { type } } }`, nil)
			if r.Status != 400 || r.code() != "GRAPHQL_VALIDATION_FAILED" {
				t.Errorf("unknown type: status %d, code %q; want 400 GRAPHQL_VALIDATION_FAILED", r.Status, r.code())
			}
		})
	}
}
