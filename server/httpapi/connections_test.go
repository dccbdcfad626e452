package httpapi

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"
)

// pageOf is one page of a connection as the tests read it.
type pageOf struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
}

// connection runs query (whose one root field is a connection) and decodes its page.
func connection(t *testing.T, h http.Handler, query string, vars map[string]any) pageOf {
	t.Helper()
	r := post(t, h, query, vars)
	if r.Status != 200 || len(r.Errors) > 0 {
		t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	var data map[string]pageOf
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	for _, p := range data {
		return p
	}
	t.Fatalf("no connection in %s", r.Data)
	return pageOf{}
}

func ids(p pageOf) []string {
	var out []string
	for _, e := range p.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

// TestPagingVisitsEveryMissionOnce pages through missions 5 at a time, forwards with
// first/after and backwards with last/before, in each order: every mission exactly once, in
// the same order both ways, with pageInfo telling when to stop.
func TestPagingVisitsEveryMissionOnce(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	const q = `query($first: Int, $after: String, $last: Int, $before: String, $order: MissionOrder) {
	  missions(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
	    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
	  }
	}`
	orders := []map[string]any{nil,
		{"field": "NAME"}, {"field": "START", "direction": "DESC"},
		{"field": "CONTRIBUTORS", "direction": "DESC"}, {"field": "DEPLOYMENTS"}}
	for _, order := range orders {
		all := connection(t, h, q, map[string]any{"first": 500, "order": order})
		if all.TotalCount != len(all.Edges) || all.TotalCount < 10 {
			t.Fatalf("order %v: totalCount %d, %d edges", order, all.TotalCount, len(all.Edges))
		}
		want := ids(all)

		var forward []string
		after := any(nil)
		for pages := 0; ; pages++ {
			p := connection(t, h, q, map[string]any{"first": 5, "after": after, "order": order})
			if p.TotalCount != all.TotalCount || len(p.Edges) > 5 || pages > all.TotalCount {
				t.Fatalf("order %v, forward page %d: %d edges, totalCount %d", order, pages, len(p.Edges), p.TotalCount)
			}
			if p.PageInfo.HasPreviousPage != (pages > 0) {
				t.Errorf("order %v, forward page %d: hasPreviousPage %v", order, pages, p.PageInfo.HasPreviousPage)
			}
			forward = append(forward, ids(p)...)
			if !p.PageInfo.HasNextPage {
				break
			}
			after = *p.PageInfo.EndCursor
		}

		var backward []string
		before := any(nil)
		for pages := 0; ; pages++ {
			p := connection(t, h, q, map[string]any{"last": 5, "before": before, "order": order})
			if len(p.Edges) > 5 || pages > all.TotalCount {
				t.Fatalf("order %v, backward page %d: %d edges", order, pages, len(p.Edges))
			}
			if p.PageInfo.HasNextPage != (pages > 0) {
				t.Errorf("order %v, backward page %d: hasNextPage %v", order, pages, p.PageInfo.HasNextPage)
			}
			backward = append(ids(p), backward...)
			if !p.PageInfo.HasPreviousPage {
				break
			}
			before = *p.PageInfo.StartCursor
		}

		if !slices.Equal(forward, want) || !slices.Equal(backward, want) {
			t.Errorf("order %v:\n forward  %v\n backward %v\n want     %v", order, forward, backward, want)
		}
		seen := map[string]bool{}
		for _, id := range forward {
			if seen[id] {
				t.Errorf("order %v: %s visited twice", order, id)
			}
			seen[id] = true
		}
	}
}

// TestNewConnections: the connections over instruments, reforms, sources and search filter,
// order and page as the store does, and their totalCount is the store's.
func TestNewConnections(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	tests := []struct {
		name  string
		query string
		// the plain list field over the same rows, in the connection's order, or "" to skip
		list string
	}{
		{"instruments of Mexico", `{ legalInstrumentConnection(filter: {country: "MEX"}, first: 500) { totalCount edges { node { id } } } }`,
			`{ legalInstruments(country: "MEX") { id } }`},
		{"statutes", `{ legalInstrumentConnection(filter: {kind: STATUTE}, first: 500) { totalCount edges { node { id } } } }`,
			`{ legalInstruments(kind: STATUTE) { id } }`},
		{"reforms of Argentina", `{ reformConnection(filter: {country: "ARG"}, first: 500) { totalCount edges { node { id } } } }`,
			`{ reforms(country: "ARG") { id } }`},
		{"reforms by title, descending", `{ reformConnection(first: 500, orderBy: {field: TITLE, direction: DESC}) { totalCount edges { node { id } } } }`, ""},
		{"instruments adopted in the 1990s", `{ legalInstrumentConnection(filter: {from: "1990", to: "1999"}, first: 500) { totalCount edges { node { id } } } }`, ""},
		{"sources by ID", `{ sourceConnection(first: 500, orderBy: {field: ID}, filter: {kind: UN_DOCUMENT}) { totalCount edges { node { id } } } }`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := connection(t, h, tt.query, nil)
			if p.TotalCount == 0 || p.TotalCount != len(p.Edges) {
				t.Fatalf("totalCount %d, %d edges", p.TotalCount, len(p.Edges))
			}
			if tt.list == "" {
				return
			}
			r := post(t, h, tt.list, nil)
			var data map[string][]struct{ ID string }
			if err := json.Unmarshal(r.Data, &data); err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, l := range data {
				for _, n := range l {
					want = append(want, n.ID)
				}
			}
			if !slices.Equal(ids(p), want) {
				t.Errorf("connection %v\n list %v", ids(p), want)
			}
		})
	}

	// Date filters are inclusive at their precision and leave the undated out.
	p := connection(t, h, `{ reformConnection(filter: {from: "2000", to: "2009"}, first: 500) { totalCount edges { node { id date } } } }`, nil)
	var dated struct {
		ReformConnection struct {
			Edges []struct{ Node struct{ ID, Date string } }
		}
	}
	r := post(t, h, `{ reformConnection(filter: {from: "2000", to: "2009"}, first: 500) { edges { node { id date } } } }`, nil)
	json.Unmarshal(r.Data, &dated)
	for _, e := range dated.ReformConnection.Edges {
		if e.Node.Date < "2000" || e.Node.Date > "2009-12-31" {
			t.Errorf("%s dated %q is outside 2000..2009", e.Node.ID, e.Node.Date)
		}
	}
	if p.TotalCount == 0 {
		t.Error("no reform in the 2000s")
	}

	// Paged 100 at a time, sources (more than a page of 500) are the plain list, in order.
	var list struct{ Sources []struct{ ID string } }
	json.Unmarshal(post(t, h, `{ sources { id } }`, nil).Data, &list)
	var all []string
	for _, s := range list.Sources {
		all = append(all, s.ID)
	}
	var got []string
	var after any
	for {
		p := connection(t, h, `query($a: String) { sourceConnection(first: 100, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, map[string]any{"a": after})
		got = append(got, ids(p)...)
		if !p.PageInfo.HasNextPage {
			break
		}
		after = *p.PageInfo.EndCursor
	}
	if !slices.Equal(got, all) {
		t.Errorf("paged sources differ from the whole list (%d vs %d)", len(got), len(all))
	}
}

// TestSearchConnection pages through search hits in rank order, as search returns them.
func TestSearchConnection(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	var whole struct {
		Search []struct{ Node struct{ ID string } }
	}
	r := post(t, h, `{ search(text: "peace", first: 100) { node { id } } }`, nil)
	if err := json.Unmarshal(r.Data, &whole); err != nil || len(whole.Search) < 10 {
		t.Fatalf("search: %v %s", err, r.Body)
	}
	var want []string
	for _, s := range whole.Search {
		want = append(want, s.Node.ID)
	}
	var got []string
	var after any
	for pages := 0; pages < 100; pages++ {
		p := connection(t, h, `query($a: String) { searchConnection(text: "peace", first: 7, after: $a) {
		  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { node { id } } } } }`, map[string]any{"a": after})
		if p.TotalCount != len(want) || p.PageInfo.HasPreviousPage != (pages > 0) {
			t.Fatalf("page %d: totalCount %d, hasPreviousPage %v", pages, p.TotalCount, p.PageInfo.HasPreviousPage)
		}
		var page struct {
			SearchConnection struct {
				Edges []struct {
					Node struct{ Node struct{ ID string } }
				}
			}
		}
		json.Unmarshal(post(t, h, `query($a: String) { searchConnection(text: "peace", first: 7, after: $a) { edges { node { node { id } } } } }`, map[string]any{"a": after}).Data, &page)
		for _, e := range page.SearchConnection.Edges {
			got = append(got, e.Node.Node.ID)
		}
		if !p.PageInfo.HasNextPage {
			break
		}
		after = *p.PageInfo.EndCursor
	}
	if !slices.Equal(got, want) {
		t.Errorf("paged hits\n %v\nwant\n %v", got, want)
	}
	for _, bad := range []string{
		`{ searchConnection(text: "peace", after: "bogus") { totalCount } }`,
		`{ searchConnection(text: "peace", first: 101) { totalCount } }`,
		`{ searchConnection(text: "peace", after: "djF8TUlTU0lPTnxtaXNzaW9uOnVubWlo") { totalCount } }`, // a list cursor
	} {
		if r := post(t, h, bad, nil); r.Status != 200 || r.code() != "BAD_USER_INPUT" {
			t.Errorf("%s: %d %s", bad, r.Status, r.Body)
		}
	}
}
