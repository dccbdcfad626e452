package neo4j_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
	"github.com/peacegraph/peacegraph/seed"
)

// TestEmbeddedMatchesMemory loads the real, embedded dataset into Neo4j and asks both stores
// the same questions: lists of every kind in every order with each filter value the data
// has, every relationship type and direction, a sample of searches and paths. Answers must be
// identical, byte for byte as JSON: the golden tests of the API rely on it.
func TestEmbeddedMatchesMemory(t *testing.T) {
	ds, err := seed.LoadEmbedded()
	if err != nil {
		t.Fatalf("the embedded dataset is invalid (run `go run ./server seed validate`): %v", err)
	}
	// Read-only: it shares the load of the embedded dataset with the other packages' readers.
	n4 := neo4jtest.Shared(t, ds)
	mem, err := memory.New(ds)
	if err != nil {
		t.Fatal(err)
	}
	// Hundreds of queries on each store: on a loaded machine (CI's Chromium tests run beside
	// it) they take longer than the two minutes of ctxT, which a hang would still exceed.
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	t.Cleanup(cancel)
	// The comparisons are independent and both stores are safe for concurrent use: a few run
	// at once, so the wait is for Neo4j's answers, not for each round trip in turn. Each
	// subtest waits for its own before it ends.
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	same := func(t *testing.T, what string, call func(graph.Store) (any, error)) {
		t.Helper()
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			a, errA := call(mem)
			b, errB := call(n4)
			if graph.ErrorCode(errA) != graph.ErrorCode(errB) || graph.ErrorMessage(errA) != graph.ErrorMessage(errB) {
				t.Errorf("%s: memory error %v, neo4j error %v", what, errA, errB)
				return
			}
			ja, erra := json.Marshal(a)
			jb, errb := json.Marshal(b)
			if erra != nil || errb != nil || string(ja) != string(jb) {
				t.Errorf("%s:\nmemory %s\n neo4j %s", what, trunc(string(ja)), trunc(string(jb)))
			}
		}()
	}
	run := func(name string, f func(t *testing.T)) {
		t.Run(name, func(t *testing.T) {
			f(t)
			wg.Wait()
		})
	}

	var countries, missions, functions []string
	subKinds := map[graph.Kind][]string{}
	for _, n := range ds.Nodes {
		if sk := n.SubKind(); sk != "" {
			subKinds[n.NodeKind()] = append(subKinds[n.NodeKind()], sk)
		}
		switch n.NodeKind() {
		case graph.KindCountry:
			countries = append(countries, n.NodeID())
		case graph.KindMission:
			missions = append(missions, n.NodeID())
		case graph.KindFunction:
			functions = append(functions, n.NodeID())
		}
	}
	for k := range subKinds {
		slices.Sort(subKinds[k])
		subKinds[k] = slices.Compact(subKinds[k])
	}
	listOf := func(q graph.ListQuery) func(graph.Store) (any, error) {
		return func(s graph.Store) (any, error) {
			p, err := s.List(ctx, q)
			return []any{pageIDs(p), p.Cursors, p.Total, p.HasNext, p.HasPrevious}, err
		}
	}

	t.Run("Get", func(t *testing.T) {
		same(t, "Get all", func(s graph.Store) (any, error) { return s.Get(ctx, allIDs(ds)) })
	})
	run("List", func(t *testing.T) {
		d := func(s string) *graph.PartialDate { return ptr(graph.MustDate(s)) }
		for _, k := range graph.Kinds {
			orders := []graph.OrderField{graph.OrderDefault, graph.OrderID, graph.OrderName, graph.OrderDate}
			if k.Kind == graph.KindMission {
				orders = append(orders, graph.OrderContributors, graph.OrderDeployments)
			}
			for _, o := range orders {
				for _, desc := range []bool{false, true} {
					q := graph.ListQuery{Kind: k.Kind, Order: o, Desc: desc}
					same(t, fmt.Sprintf("%+v", q), listOf(q))
				}
			}
			// Every value of each filter that applies to the kind; a filter that does not
			// apply (a country filter on threats, a date range on sources) is ignored, which
			// one query per kind checks, rather than one per value.
			_, hasCountry := k.Paths[graph.ByCountry]
			qs := []graph.ListQuery{{Kind: k.Kind, Country: countries[0], SubKind: "NONE", CaseRole: "NONE", Active: graph.DateRange{From: d("1990"), To: d("1995")}}}
			if hasCountry {
				for _, c := range countries {
					qs = append(qs, graph.ListQuery{Kind: k.Kind, Country: c})
				}
			}
			for _, sk := range subKinds[k.Kind] {
				qs = append(qs, graph.ListQuery{Kind: k.Kind, SubKind: sk})
			}
			if graph.DatedKind(k.Kind) {
				for _, r := range []graph.DateRange{{From: d("1990"), To: d("1995")}, {From: d("2004-06")}, {To: d("1960")}, {From: d("2014-03-31"), To: d("2014-03-31")}} {
					qs = append(qs, graph.ListQuery{Kind: k.Kind, Active: r}, graph.ListQuery{Kind: k.Kind, Active: r, Desc: true, First: ptr(3)})
				}
			}
			if k.Kind == graph.KindCountry {
				for _, role := range []string{"PRIMARY", "COMPARATOR", "PARTNER"} {
					qs = append(qs, graph.ListQuery{Kind: k.Kind, CaseRole: role})
				}
			}
			for _, q := range qs {
				same(t, fmt.Sprintf("%+v", q), listOf(q))
			}
		}
		yes, no := true, false
		for _, m := range missions {
			q := graph.ListQuery{Kind: graph.KindDeployment, Mission: m}
			same(t, fmt.Sprintf("%+v", q), listOf(q))
		}
		for _, f := range functions {
			q := graph.ListQuery{Kind: graph.KindDeployment, Function: f}
			same(t, fmt.Sprintf("%+v", q), listOf(q))
		}
		for _, q := range []graph.ListQuery{
			{Kind: graph.KindMission, ChapterVII: &yes}, {Kind: graph.KindMission, ChapterVII: &no},
			{Kind: graph.KindDeployment, Personnel: []graph.PersonnelType{"POLICE"}}, {Kind: graph.KindDeployment, Personnel: []graph.PersonnelType{"TROOPS", "CIVILIANS"}},
			{Kind: graph.KindDeployment, Country: "country:nope"}, {Kind: graph.KindDeployment, Mission: "mission:nope"},
		} {
			same(t, fmt.Sprintf("%+v", q), listOf(q))
		}
	})
	run("Edges", func(t *testing.T) {
		for _, rel := range graph.RelTypes() {
			for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
				same(t, fmt.Sprintf("Edges(%s, %d)", rel, dir), func(s graph.Store) (any, error) { return s.Edges(ctx, allIDs(ds), rel, dir) })
			}
		}
	})
	run("PersonnelSeries", func(t *testing.T) {
		for _, c := range countries {
			for _, r := range []graph.DateRange{{}, {From: ptr(graph.MustDate("2000")), To: ptr(graph.MustDate("2005-06"))}} {
				same(t, "series "+c, func(s graph.Store) (any, error) { return s.PersonnelSeries(ctx, c, r) })
			}
		}
	})
	rng := rand.New(rand.NewPCG(1, 2))
	run("Search", func(t *testing.T) {
		var texts []string
		for _, n := range ds.Nodes {
			toks := strings.Fields(graph.SearchText(n))
			if len(toks) == 0 {
				continue
			}
			tok := []rune(toks[rng.IntN(len(toks))])
			texts = append(texts, string(tok[:1+rng.IntN(len(tok))]))
			if len(toks) > 1 {
				i := rng.IntN(len(toks) - 1)
				texts = append(texts, toks[i]+" "+toks[i+1])
			}
		}
		rng.Shuffle(len(texts), func(i, j int) { texts[i], texts[j] = texts[j], texts[i] })
		texts = append(texts[:min(len(texts), 200)], "un", "ley", "peace", "mexico", "japon", "自衛隊", "a")
		for _, text := range texts {
			q := graph.SearchQuery{Text: text, First: graph.MaxSearchResults}
			same(t, fmt.Sprintf("Search(%q)", text), func(s graph.Store) (any, error) { return s.Search(ctx, q) })
		}
	})
	run("EvidencePath", func(t *testing.T) {
		ids := allIDs(ds)
		for i := 0; i < 300; i++ {
			from, to := ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]
			max := 1 + rng.IntN(graph.MaxPathHops)
			same(t, fmt.Sprintf("EvidencePath(%s, %s, %d)", from, to, max), func(s graph.Store) (any, error) {
				return s.EvidencePath(ctx, from, to, max)
			})
		}
	})
	t.Run("Info", func(t *testing.T) {
		a, _ := mem.Info(ctx)
		b, err := n4.Info(ctx)
		a.Backend, b.Backend = "", ""
		if err != nil || a != b {
			t.Errorf("Info: memory %+v, neo4j %+v (%v)", a, b, err)
		}
	})
}

func trunc(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}
