package httpapi

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/server/export"
)

// The interoperability exports of issue 12: instants in from/to, the bibliographies, the new
// tables. The formats themselves are read by independent parsers in CI (tools/interop).

// body gets an export and fails unless it is a 200.
func body(t *testing.T, h http.Handler, target string) []byte {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	if rec.Code != 200 {
		t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
	}
	return rec.Body.Bytes()
}

// TestExportInstants: from and to take what dashboards send. from=2015-01-01T00:00:00Z and
// from=1420070400000 (Grafana's epoch milliseconds) select the same rows as from=2015-01, in
// every table that takes a range, and so do the matching to bounds.
func TestExportInstants(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	filtered := 0
	for _, tb := range export.Tables {
		for _, q := range [][]string{
			{"from=2015-01", "from=2015-01-01T00:00:00Z", "from=1420070400000", "from=2014-12-31T19:00:00-05:00"},
			{"to=2015-01", "to=2015-01-31T23:59:59Z", "to=1422748799999"},
		} {
			want := body(t, h, tb.CSV+"?"+q[0])
			for _, alt := range q[1:] {
				if got := body(t, h, tb.CSV+"?"+alt); !bytes.Equal(got, want) {
					t.Errorf("%s?%s differs from ?%s", tb.CSV, alt, q[0])
				}
			}
			if !bytes.Equal(want, body(t, h, tb.CSV)) {
				filtered++
			}
		}
	}
	if filtered < 10 {
		t.Errorf("only %d table and bound pairs select fewer rows than no filter: the test proves little", filtered)
	}
	for _, bad := range []string{"from=1420070400", "from=2015-01-01T00:00:00", "to=20150101", "from=2015-13"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/export/deployments.csv?"+bad, nil))
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), "BAD_USER_INPUT") {
			t.Errorf("%s: %d %s, want 400 BAD_USER_INPUT", bad, rec.Code, rec.Body)
		}
	}
}

// wantEvidenceSources is the reference answer for a node's bibliography, from the dataset
// itself: the sources its own citations and its relationships' name.
func wantEvidenceSources(ds *graph.Dataset, id string) []string {
	var out []string
	add := func(cs []graph.Citation) {
		for _, c := range cs {
			if k := strings.TrimPrefix(c.SourceID, "source:"); !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	for _, n := range ds.Nodes {
		if n.NodeID() == id {
			add(graph.NodeBase(n).Citations)
		}
	}
	for _, e := range ds.Edges {
		if e.From == id || e.To == id {
			add(e.Citations)
		}
	}
	slices.Sort(out)
	return out
}

// TestBibliographyOfANode: ?node=law:arg-25880 and Query.bibliography give the sources of the
// node and of its relationships, as the dataset says, with stable keys, in three formats.
func TestBibliographyOfANode(t *testing.T) {
	ds := dataset(t)
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			h := newTestHandler(t, b.store)
			for _, id := range []string{"law:arg-25880", "deployment:jpn-untac-engineers", "country:mex", "source:study"} {
				want := wantEvidenceSources(ds, id)
				if id == "source:study" {
					want = []string{"study"}
				}
				if len(want) < 1 {
					t.Fatalf("%s: no evidence in the dataset", id)
				}
				var items []struct {
					ID    string `json:"id"`
					Title string `json:"title"`
					Note  string `json:"note"`
				}
				if err := json.Unmarshal(body(t, h, "/export/citations.csl.json?node="+id), &items); err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, it := range items {
					got = append(got, it.ID)
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s: csl.json keys\n %v\nwant\n %v", id, got, want)
				}
				bib := string(body(t, h, "/export/citations.bib?node="+id))
				ris := string(body(t, h, "/export/citations.ris?node="+id))
				if n := strings.Count(bib, "\n@"); n+1 != len(want) || !strings.HasPrefix(bib, "@") {
					t.Errorf("%s: %d BibTeX entries, want %d", id, n+1, len(want))
				}
				if n := strings.Count(ris, "ER  - \r\n"); n != len(want) {
					t.Errorf("%s: %d RIS records, want %d", id, n, len(want))
				}
				r := post(t, h, `query($id: ID!) { bibliography(nodes: [$id]) { sources { citationKey } csl bibtex ris } }`, map[string]any{"id": id})
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("%d %s", r.Status, r.Body)
				}
				var d struct {
					Bibliography struct {
						Sources     []struct{ CitationKey string }
						CSL         []json.RawMessage
						BibTeX, RIS string
					}
				}
				json.Unmarshal(r.Data, &d)
				var keys []string
				for _, s := range d.Bibliography.Sources {
					keys = append(keys, s.CitationKey)
				}
				if !slices.Equal(keys, want) || len(d.Bibliography.CSL) != len(want) || d.Bibliography.BibTeX != bib || d.Bibliography.RIS != ris {
					t.Errorf("%s: GraphQL bibliography differs from the export: keys %v", id, keys)
				}
			}
			// A node's locators are in the notes; without relationships, only its own sources.
			located := ""
			for _, n := range ds.Nodes {
				if cs := graph.NodeBase(n).Citations; len(cs) > 0 && cs[0].Locator != "" && located == "" {
					located = n.NodeID()
				}
			}
			if items := string(body(t, h, "/export/citations.csl.json?node="+located)); !strings.Contains(items, `"note":"Cited at:`) {
				t.Errorf("%s: no locator note in %s", located, items)
			}
			r := post(t, h, `{ bibliography(nodes: ["law:arg-25880"], relationships: false) { sources { id } } }`, nil)
			var own []string
			for _, n := range ds.Nodes {
				if n.NodeID() == "law:arg-25880" {
					for _, c := range graph.NodeBase(n).Citations {
						if !slices.Contains(own, c.SourceID) {
							own = append(own, c.SourceID)
						}
					}
				}
			}
			slices.Sort(own)
			var d struct {
				Bibliography struct{ Sources []struct{ ID string } }
			}
			json.Unmarshal(r.Data, &d)
			var got []string
			for _, s := range d.Bibliography.Sources {
				got = append(got, s.ID)
			}
			if !slices.Equal(got, own) {
				t.Errorf("relationships: false: %v, want %v", got, own)
			}
			for _, bad := range []struct{ q, code string }{
				{`{ bibliography(nodes: ["law:nope"]) { bibtex } }`, "NOT_FOUND"},
				{`{ bibliography(nodes: []) { bibtex } }`, "BAD_USER_INPUT"},
			} {
				if r := post(t, h, bad.q, nil); r.code() != bad.code {
					t.Errorf("%s: %s, want %s", bad.q, r.Body, bad.code)
				}
			}
			for _, bad := range []string{"/export/citations.bib?node=law:nope", "/export/citations.ris?node=law:arg-25880&country=ARG",
				"/export/citations.csv?node=law:arg-25880", "/export/citations.bib?node=nope"} {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", bad, nil))
				if rec.Code != 400 && rec.Code != 404 {
					t.Errorf("%s: %d %s", bad, rec.Code, rec.Body)
				}
			}
		})
	}
}

// TestSourcesTable: the sources table, the bibliographies and GraphQL's Source agree on every
// source, and the full bibliography lists every source once.
func TestSourcesTable(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	r := post(t, h, `{ sources { id citationKey kind title documentTitle authors publisher agency container year originalYear language url } }`, nil)
	var d struct{ Sources []map[string]any }
	if err := json.Unmarshal(r.Data, &d); err != nil || len(d.Sources) < 700 {
		t.Fatalf("%v: %d sources", err, len(d.Sources))
	}
	header, rows := fetchCSV(t, h, "/export/sources.csv")
	if len(rows) != len(d.Sources) {
		t.Fatalf("%d rows, %d sources", len(rows), len(d.Sources))
	}
	byID := map[string]map[string]any{}
	for _, s := range d.Sources {
		byID[s["id"].(string)] = s
	}
	fields := map[string]string{"citation_key": "citationKey", "kind": "kind", "title": "title", "document_title": "documentTitle", "publisher": "publisher",
		"agency": "agency", "container": "container", "year": "year", "original_year": "originalYear", "language": "language", "url": "url"}
	for _, row := range rows {
		s := byID[row[0]]
		if s == nil {
			t.Fatalf("row %v: no such source", row)
		}
		for col, f := range fields {
			if got, want := row[slices.Index(header, col)], cell(s, f); got != want {
				t.Errorf("%s %s: %q, GraphQL %q", row[0], col, got, want)
			}
		}
		var authors []string
		for _, a := range s["authors"].([]any) {
			authors = append(authors, a.(string))
		}
		if got := row[slices.Index(header, "authors")]; got != strings.Join(authors, "; ") {
			t.Errorf("%s authors %q, GraphQL %v", row[0], got, authors)
		}
	}
	var csl []map[string]any
	json.Unmarshal(body(t, h, "/export/citations.csl.json"), &csl)
	if len(csl) != len(d.Sources) {
		t.Errorf("%d CSL items, %d sources", len(csl), len(d.Sources))
	}
	// Source metadata from the dossiers (issue 12): never guessed, so some stay unknown.
	withAuthors, withYear := 0, 0
	for _, s := range d.Sources {
		if len(s["authors"].([]any)) > 0 {
			withAuthors++
		}
		if s["year"] != nil {
			withYear++
		}
	}
	if withAuthors < 50 || withYear < 380 {
		t.Errorf("%d sources with authors, %d with a year: the dossier metadata is missing", withAuthors, withYear)
	}
}

// TestTidyTables: the long personnel table is the wide one melted; source-authors is the
// sources' authors; relationships is every relationship; graph.graphml holds the nodes and
// relationships
// tables; each row of the tables with source_urls has one URL (or -) per source.
func TestTidyTables(t *testing.T) {
	ds := dataset(t)
	h := newTestHandler(t, memoryBackend(t).store)
	header, wide := fetchCSV(t, h, "/export/personnel.csv?country=ARG,JPN")
	lh, long := fetchCSV(t, h, "/export/personnel-long.csv?country=ARG,JPN")
	var melted []string
	for _, row := range wide {
		for _, c := range []string{"troops", "police", "experts"} {
			if v := row[slices.Index(header, c)]; v != "" {
				melted = append(melted, row[0]+"|"+row[slices.Index(header, "date")]+"|"+c+"|"+v)
			}
		}
	}
	if got := project(t, lh, long, "country", "date", "category", "value"); !slices.Equal(got, melted) || len(got) < 100 {
		t.Errorf("personnel-long (%d rows) is not the melted personnel table (%d)", len(got), len(melted))
	}

	_, edges := fetchCSV(t, h, "/export/relationships.csv")
	if len(edges) != len(ds.Edges) {
		t.Errorf("%d edge rows, %d relationships", len(edges), len(ds.Edges))
	}
	_, nodes := fetchCSV(t, h, "/export/nodes.csv")
	var ml struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(body(t, h, "/export/graph.graphml"), &ml); err != nil {
		t.Fatal(err)
	}
	if len(ml.Nodes) != len(nodes) || len(ml.Edges) != len(edges) {
		t.Errorf("GraphML: %d nodes, %d edges; the tables %d, %d", len(ml.Nodes), len(ml.Edges), len(nodes), len(edges))
	}
	cited := 0
	for _, e := range ml.Edges {
		for _, d := range e.Data {
			if d.Key == "e_sources" && d.Value != "" {
				cited++
			}
		}
	}
	if cited != len(ml.Edges) {
		t.Errorf("%d of %d GraphML edges carry their sources", cited, len(ml.Edges))
	}
	// Filtered: edges touch the selection; nodes are the selection and those edges' ends.
	_, mexEdges := fetchCSV(t, h, "/export/relationships.csv?country=MEX")
	nh, mexNodes := fetchCSV(t, h, "/export/nodes.csv?country=MEX")
	in := map[string]bool{}
	for _, n := range mexNodes {
		in[n[0]] = true
	}
	for _, e := range mexEdges {
		if !in[e[2]] || !in[e[4]] { // from, to
			t.Errorf("edge %s has an end missing from nodes", e[0])
		}
	}
	if sel := column(t, nh, mexNodes, "selected"); !slices.Contains(sel, "true") || !slices.Contains(sel, "false") {
		t.Error("nodes?country=MEX should hold selected nodes and other ends")
	}

	for _, tb := range export.Tables {
		if !slices.ContainsFunc(tb.Columns, func(c export.Column) bool { return c.Name == "source_urls" }) {
			continue
		}
		header, rows := fetchCSV(t, h, tb.CSV)
		for _, row := range rows {
			s, u := row[slices.Index(header, "sources")], row[slices.Index(header, "source_urls")]
			if len(strings.Fields(s)) != len(strings.Fields(u)) {
				t.Fatalf("%s: sources %q and source_urls %q do not line up", tb.Name, s, u)
			}
		}
	}
	// Every date column has its precision and bounds, typed.
	header, rows := fetchCSV(t, h, "/export/deployments.csv")
	for _, row := range rows {
		start := row[slices.Index(header, "start")]
		if start == "" {
			continue
		}
		d := graph.MustDate(start)
		if row[slices.Index(header, "start_precision")] != d.Precision() || row[slices.Index(header, "start_start")] != d.First() || row[slices.Index(header, "start_end")] != d.Last() {
			t.Errorf("%s: start %s with %v", row[0], start, row)
		}
	}
}

// TestWhereOverGraphQL: where and orderBy answer true things on both backends: the rows are
// the ones the dataset itself selects, in the order it gives.
func TestWhereOverGraphQL(t *testing.T) {
	ds := dataset(t)
	// From the dataset: deployments of more than 500, largest first (ties by ID).
	type dep struct {
		id   string
		peak int
	}
	var big []dep
	performed := map[string]int{}
	for _, e := range ds.Edges {
		if e.Type == graph.RelPerformed {
			performed[e.From]++
		}
	}
	var argMulti []string
	for _, n := range ds.Nodes {
		if d, ok := n.(*graph.Deployment); ok {
			if d.PeakStrength != nil && *d.PeakStrength > 500 {
				big = append(big, dep{d.ID, *d.PeakStrength})
			}
			if d.CountryID == "country:arg" && performed[d.ID] >= 2 {
				argMulti = append(argMulti, d.ID)
			}
		}
	}
	slices.SortFunc(big, func(a, b dep) int {
		if a.peak != b.peak {
			return b.peak - a.peak
		}
		return strings.Compare(b.id, a.id)
	})
	var wantBig []string
	for _, d := range big {
		wantBig = append(wantBig, d.id)
	}
	slices.Sort(argMulti)
	var wantAuthor []string
	for _, n := range ds.Nodes {
		if s, ok := n.(*graph.Source); ok && slices.ContainsFunc(s.Authors, func(a string) bool { return strings.Contains(graph.Fold(a), "soprano") }) {
			wantAuthor = append(wantAuthor, s.ID)
		}
	}
	if len(wantBig) < 3 || len(argMulti) < 1 || len(wantAuthor) < 2 {
		t.Fatalf("the dataset no longer has what this test looks at: %v %v %v", wantBig, argMulti, wantAuthor)
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			h := newTestHandler(t, b.store)
			ids := func(query string, vars map[string]any, path ...string) []string {
				t.Helper()
				r := post(t, h, query, vars)
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("%s: %d %s", query, r.Status, r.Body)
				}
				var v any
				json.Unmarshal(r.Data, &v)
				for _, p := range path {
					v = v.(map[string]any)[p]
				}
				var out []string
				for _, n := range v.([]any) {
					out = append(out, n.(map[string]any)["id"].(string))
				}
				return out
			}
			if got := ids(`{ deployments(where: {peakStrength: {gt: 500}}, orderBy: {field: PEAK_STRENGTH, direction: DESC}, first: 500) { nodes { id } } }`, nil,
				"deployments", "nodes"); !slices.Equal(got, wantBig) {
				t.Errorf("peakStrength > 500:\n got %v\nwant %v", got, wantBig)
			}
			// Variables, an accent-insensitive author, a nested connection with a count.
			if got := ids(`query($a: String!) { sourceConnection(where: {authors: {contains: $a}}, orderBy: {field: ID}) { nodes { id } } }`,
				map[string]any{"a": "SOPRANO"}, "sourceConnection", "nodes"); !slices.Equal(got, wantAuthor) {
				t.Errorf("authors contains soprano: %v, want %v", got, wantAuthor)
			}
			if got := ids(`{ country(iso3: "ARG") { deployments(where: {functionCount: {gte: 2}}, orderBy: {field: ID}) { nodes { id } } } }`, nil,
				"country", "deployments", "nodes"); !slices.Equal(got, argMulti) {
				t.Errorf("ARG deployments with two functions or more: %v, want %v", got, argMulti)
			}
			for _, bad := range []struct {
				query string
				vars  map[string]any
				code  string
			}{
				{`{ deployments(where: {peakStrength: {gt: "x"}}) { totalCount } }`, nil, "GRAPHQL_VALIDATION_FAILED"},
				{`query($w: DeploymentWhere) { deployments(where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"confidence": map[string]any{"in": []string{"SURE"}}}}, "GRAPHQL_VALIDATION_FAILED"},
				{`{ deployments(orderBy: {field: PERSONNEL}) { totalCount } }`, nil, "GRAPHQL_VALIDATION_FAILED"},
			} {
				if r := post(t, h, bad.query, bad.vars); r.code() != bad.code {
					t.Errorf("%s: %s, want %s", bad.query, r.Body, bad.code)
				}
			}
		})
	}
}

// TestWhereDatesOverGraphQL: a date operator keeps exactly the deployments whose known start
// passes it, never one whose known start fails, and leaves the others undecided: left out and
// listed in uncertain, or kept with includeUncertain (the time model's rule, both backends).
func TestWhereDatesOverGraphQL(t *testing.T) {
	ds := dataset(t)
	const before = "1992-06"
	cut := graph.MustDate(before).First()
	known := map[string]bool{} // known start, by whether it passes
	unknown := map[string]bool{}
	for _, n := range ds.Nodes {
		if d, ok := n.(*graph.Deployment); ok {
			if s := d.Span.KnownStart(); s != nil {
				known[d.ID] = s.First() < cut
			} else {
				unknown[d.ID] = true
			}
		}
	}
	if len(unknown) == 0 || len(known) < 10 {
		t.Fatalf("the dataset no longer has what this test looks at: %d known, %d unknown starts", len(known), len(unknown))
	}
	type conn struct {
		Nodes     []struct{ ID string }
		Uncertain []string
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			h := newTestHandler(t, b.store)
			ask := func(include bool) conn {
				r := post(t, h, `query($d: PartialDate!, $i: Boolean) { deployments(filter: {includeUncertain: $i}, where: {start: {before: $d}}, first: 500) { nodes { id } uncertain } }`,
					map[string]any{"d": before, "i": include})
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("%d %s", r.Status, r.Body)
				}
				var d struct{ Deployments conn }
				json.Unmarshal(r.Data, &d)
				return d.Deployments
			}
			strict, loose := ask(false), ask(true)
			got := map[string]bool{}
			for _, n := range strict.Nodes {
				got[n.ID] = true
				if pass, ok := known[n.ID]; !ok || !pass {
					t.Errorf("%s kept: its start is not known to be before %s", n.ID, before)
				}
			}
			for id, pass := range known {
				if pass != got[id] || slices.Contains(strict.Uncertain, id) {
					t.Errorf("%s: known start, passes %v, kept %v, uncertain %v", id, pass, got[id], slices.Contains(strict.Uncertain, id))
				}
			}
			if len(strict.Uncertain) == 0 {
				t.Error("no deployment is undecided: the test proves little")
			}
			for _, id := range strict.Uncertain {
				if !unknown[id] {
					t.Errorf("%s undecided, but its start is known", id)
				}
			}
			var all []string
			for _, n := range loose.Nodes {
				all = append(all, n.ID)
			}
			var want []string
			for _, n := range strict.Nodes {
				want = append(want, n.ID)
			}
			want = append(want, strict.Uncertain...)
			if slices.Sort(all); true {
				slices.Sort(want)
			}
			if !slices.Equal(all, want) || !slices.Equal(loose.Uncertain, strict.Uncertain) {
				t.Errorf("includeUncertain: %v, want the kept and the uncertain %v", all, want)
			}
		})
	}
}
