package httpapi

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/server/export"
)

// fetchCSV gets an export and parses it with encoding/csv into its header and rows.
func fetchCSV(t *testing.T, h http.Handler, target string) (header []string, rows [][]string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	if rec.Code != 200 {
		t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv; charset=utf-8") {
		t.Errorf("%s: Content-Type %q", target, ct)
	}
	if bytes.HasPrefix(rec.Body.Bytes(), []byte("\xef\xbb\xbf")) {
		t.Errorf("%s starts with a byte-order mark", target)
	}
	records, err := csv.NewReader(rec.Body).ReadAll() // also checks every row has the header's width
	if err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	return records[0], records[1:]
}

// column returns the named column of rows.
func column(t *testing.T, header []string, rows [][]string, name string) []string {
	t.Helper()
	i := slices.Index(header, name)
	if i < 0 {
		t.Fatalf("no column %q in %v", name, header)
	}
	out := make([]string, len(rows))
	for r, row := range rows {
		out[r] = row[i]
	}
	return out
}

// project keeps the named columns of rows, each row joined with "|", for comparisons.
func project(t *testing.T, header []string, rows [][]string, names ...string) []string {
	t.Helper()
	cols := make([][]string, len(names))
	for i, n := range names {
		cols[i] = column(t, header, rows, n)
	}
	out := make([]string, len(rows))
	for r := range rows {
		var cells []string
		for i := range names {
			cells = append(cells, cols[i][r])
		}
		out[r] = strings.Join(cells, "|")
	}
	return out
}

// gqlRows runs a query and flattens the list at path (dot-separated) into rows of the named
// fields, in the export's cell format: null is "", lists are space-separated, citations become
// the IDs of their sources.
func gqlRows(t *testing.T, h http.Handler, query, path string, fields ...string) []string {
	t.Helper()
	r := post(t, h, query, nil)
	if r.Status != 200 || len(r.Errors) > 0 {
		t.Fatalf("%s: %d %s", query, r.Status, r.Body)
	}
	var v any
	json.Unmarshal(r.Data, &v)
	for _, p := range strings.Split(path, ".") {
		v = v.(map[string]any)[p]
	}
	var out []string
	for _, item := range v.([]any) {
		m := item.(map[string]any)
		var cells []string
		for _, f := range fields {
			cells = append(cells, cell(m, f))
		}
		out = append(out, strings.Join(cells, "|"))
	}
	return out
}

// cell formats a GraphQL value as the CSV does. "a.b" follows an object; "citations" lists
// the distinct source IDs.
func cell(m map[string]any, field string) string {
	var v any = m
	for _, p := range strings.Split(field, ".") {
		obj, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = obj[p]
	}
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		var parts []string
		for _, e := range x {
			if c, ok := e.(map[string]any); ok && c["source"] != nil { // a citation
				id := c["source"].(map[string]any)["id"].(string)
				if !slices.Contains(parts, id) {
					parts = append(parts, id)
				}
				continue
			}
			parts = append(parts, fmt.Sprint(e))
		}
		return strings.Join(parts, " ")
	}
	return fmt.Sprint(v)
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}

// TestExportsMatchGraphQL parses every CSV export for Mexico with encoding/csv and checks its
// rows against the GraphQL answers for the same data.
func TestExportsMatchGraphQL(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	const cited = "citations { source { id } }"
	tests := []struct {
		table   string
		columns []string // compared columns, CSV names
		query   string
		path    string
		fields  []string // the GraphQL fields giving those columns, in order
		ordered bool     // the GraphQL list is in the export's order
	}{
		{"deployments", []string{"id", "country", "mission", "start", "end", "personnel", "peak_strength", "unit", "confidence", "sources"},
			`{ country(iso3: "MEX") { deployments(first: 500) { nodes { id country { iso3 } mission { acronym } start end personnel peakStrength unit confidence ` + cited + ` } } } }`,
			"country.deployments.nodes", []string{"id", "country.iso3", "mission.acronym", "start", "end", "personnel", "peakStrength", "unit", "confidence", "citations"}, true},
		{"missions", []string{"id", "acronym", "name", "start", "end", "kind", "chapter_vii", "host", "sources"},
			`{ missions(filter: {contributor: "MEX"}, first: 500) { nodes { id acronym name start end kind chapterVII host ` + cited + ` } } }`,
			"missions.nodes", []string{"id", "acronym", "name", "start", "end", "kind", "chapterVII", "host", "citations"}, true},
		{"reforms", []string{"id", "country", "kind", "title", "date", "description", "sources"},
			`{ reformConnection(filter: {country: "MEX"}, first: 500) { nodes { id country { iso3 } kind title date description ` + cited + ` } } }`,
			"reformConnection.nodes", []string{"id", "country.iso3", "kind", "title", "date", "description", "citations"}, true},
		{"legal-instruments", []string{"id", "country", "kind", "title", "reference", "adopted", "in_force_from", "sources"},
			`{ legalInstrumentConnection(filter: {country: "MEX"}, first: 500) { nodes { id country { iso3 } kind title reference adopted inForce ` + cited + ` } } }`,
			"legalInstrumentConnection.nodes", []string{"id", "country.iso3", "kind", "title", "reference", "adopted", "inForce", "citations"}, true},
		{"safeguards", []string{"id", "country", "kind", "title", "since", "sources"},
			`{ safeguards(country: "MEX") { id country { iso3 } kind title since ` + cited + ` } }`,
			"safeguards", []string{"id", "country.iso3", "kind", "title", "since", "citations"}, false},
		{"events", []string{"id", "country", "date", "title", "sources"},
			`{ country(iso3: "MEX") { events { id country { iso3 } date title ` + cited + ` } } }`,
			"country.events", []string{"id", "country.iso3", "date", "title", "citations"}, true},
		{"personnel", []string{"date", "troops", "police", "experts", "total", "confidence", "sources"},
			`{ country(iso3: "MEX") { personnelSeries { date troops police experts total confidence ` + cited + ` } } }`,
			"country.personnelSeries", []string{"date", "troops", "police", "experts", "total", "confidence", "citations"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.table, func(t *testing.T) {
			header, rows := fetchCSV(t, h, "/export/"+tt.table+".csv?country=MEX")
			if len(rows) == 0 {
				t.Fatal("no Mexico rows")
			}
			got := project(t, header, rows, tt.columns...)
			want := gqlRows(t, h, tt.query, tt.path, tt.fields...)
			if !tt.ordered {
				got, want = sorted(got), sorted(want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%d CSV rows, %d GraphQL rows; first difference:\n%s", len(got), len(want), firstDiff(strings.Join(want, "\n"), strings.Join(got, "\n")))
			}
			// Every row names its sources, and every URL listed belongs to them.
			for i, s := range column(t, header, rows, "sources") {
				if s == "" && tt.table != "personnel" {
					t.Errorf("row %d has no source", i)
				}
			}
		})
	}

	// citations: one row per (entity, citation) for Mexico's entities, against the citations
	// GraphQL gives for the same entities.
	t.Run("citations", func(t *testing.T) {
		header, rows := fetchCSV(t, h, "/export/citations.csv?country=MEX")
		got := sorted(project(t, header, rows, "entity", "sources", "locator"))
		const c = `citations { source { id } locator }`
		r := post(t, h, `{
		  country(iso3: "MEX") { id `+c+`
		    deployments(first: 500) { nodes { id `+c+` } }
		    reforms { id `+c+` } legalInstruments { id `+c+` } safeguards { id `+c+` } principles { id `+c+` }
		    obstacles { id `+c+` } benefits { id `+c+` } recommendations { id `+c+` } events { id `+c+` } }
		  missions(filter: {contributor: "MEX"}, first: 500) { nodes { id `+c+` } }
		}`, nil)
		if r.Status != 200 || len(r.Errors) > 0 {
			t.Fatalf("%d %s", r.Status, r.Body)
		}
		type cited struct {
			ID        string
			Citations []struct {
				Source  struct{ ID string }
				Locator *string
			}
		}
		var d struct {
			Country struct {
				cited
				Deployments                                                                             struct{ Nodes []cited }
				Reforms, LegalInstruments, Safeguards, Principles, Obstacles, Benefits, Recommendations []cited
				Events                                                                                  []cited
			}
			Missions struct{ Nodes []cited }
		}
		if err := json.Unmarshal(r.Data, &d); err != nil {
			t.Fatal(err)
		}
		co := d.Country
		entities := append([]cited{co.cited}, co.Deployments.Nodes...)
		for _, l := range [][]cited{co.Reforms, co.LegalInstruments, co.Safeguards, co.Principles, co.Obstacles, co.Benefits, co.Recommendations, co.Events, d.Missions.Nodes} {
			entities = append(entities, l...)
		}
		var want []string
		seen := map[string]bool{}
		for _, e := range entities {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			for _, c := range e.Citations {
				loc := ""
				if c.Locator != nil {
					loc = *c.Locator
				}
				want = append(want, e.ID+"|"+c.Source.ID+"|"+loc)
			}
		}
		if want = sorted(want); !slices.Equal(got, want) {
			t.Errorf("%d CSV rows, %d GraphQL citations; first difference:\n%s", len(got), len(want), firstDiff(strings.Join(want, "\n"), strings.Join(got, "\n")))
		}
	})
}

// TestExportFormats: every table in CSV and JSON, with the documented columns, the same rows
// and the same values, quoting and all.
func TestExportFormats(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/export", nil))
	var index export.Index
	if err := json.Unmarshal(rec.Body.Bytes(), &index); err != nil || rec.Code != 200 {
		t.Fatalf("/export: %d %v", rec.Code, err)
	}
	var names []string
	for _, tb := range index.Tables {
		names = append(names, tb.Name)
	}
	if want := []string{"deployments", "missions", "reforms", "reform-links", "legal-instruments", "safeguards", "principles", "threats", "threat-perceptions",
		"obstacles", "benefits", "recommendations", "events", "personnel", "personnel-long", "citations", "sources", "source-authors",
		"nodes", "relationships", "relationship-citations"}; !slices.Equal(names, want) {
		t.Errorf("tables %v, want %v", names, want)
	}
	quoted := 0
	for _, tb := range index.Tables {
		t.Run(tb.Name, func(t *testing.T) {
			header, rows := fetchCSV(t, h, tb.CSV)
			var want []string
			for _, c := range tb.Columns {
				want = append(want, c.Name)
				if c.Description == "" || c.Type == "" {
					t.Errorf("column %s is undocumented", c.Name)
				}
			}
			if !slices.Equal(header, want) {
				t.Errorf("header %v, index says %v", header, want)
			}
			if len(rows) == 0 {
				t.Fatal("no rows")
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tb.JSON, nil))
			var objs []map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &objs); err != nil {
				t.Fatalf("%s: %v", tb.JSON, err)
			}
			if len(objs) != len(rows) {
				t.Fatalf("%d JSON rows, %d CSV rows", len(objs), len(rows))
			}
			for r, row := range rows {
				for i, c := range tb.Columns {
					if got := jsonCell(objs[r][c.Name]); got != row[i] {
						t.Fatalf("row %d column %s: CSV %q, JSON %q", r, c.Name, row[i], got)
					}
					if strings.ContainsAny(row[i], ",\"\n") {
						quoted++
					}
				}
			}
		})
	}
	if quoted == 0 {
		t.Error("no cell needed quoting: the quoting test proves nothing")
	}
}

func jsonCell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []any:
		var parts []string
		for _, e := range x {
			if e == nil {
				e = "-" // source_urls: a source without a URL
			}
			parts = append(parts, fmt.Sprint(e))
		}
		return strings.Join(parts, " ")
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// TestExportFilters: several countries, date ranges inclusive at their precision, the same
// semantics as the GraphQL filters.
func TestExportFilters(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	_, mex := fetchCSV(t, h, "/export/deployments.csv?country=MEX")
	_, arg := fetchCSV(t, h, "/export/deployments.csv?country=arg")
	_, both := fetchCSV(t, h, "/export/deployments.csv?country=MEX,ARG")
	_, repeated := fetchCSV(t, h, "/export/deployments.csv?country=ARG&country=MEX&country=MEX")
	if len(both) != len(mex)+len(arg) || !slices.EqualFunc(both, repeated, slices.Equal) {
		t.Errorf("MEX %d + ARG %d rows, both %d, repeated %d", len(mex), len(arg), len(both), len(repeated))
	}

	header, rows := fetchCSV(t, h, "/export/deployments.csv?country=MEX&from=2014&to=2016-06")
	want := gqlRows(t, h, `{ deployments(filter: {country: "MEX", activeFrom: "2014", activeTo: "2016-06"}, first: 500) { nodes { id } } }`, "deployments.nodes", "id")
	if got := column(t, header, rows, "id"); !slices.Equal(got, want) || len(got) == 0 {
		t.Errorf("deployments 2014..2016-06: %v, GraphQL %v", got, want)
	}
	header, rows = fetchCSV(t, h, "/export/personnel.csv?country=MEX&from=1994&to=1994")
	want = gqlRows(t, h, `{ country(iso3: "MEX") { personnelSeries(from: "1994", to: "1994") { date total } } }`, "country.personnelSeries", "date", "total")
	if got := project(t, header, rows, "date", "total"); !slices.Equal(got, want) || len(got) == 0 {
		t.Errorf("personnel 1994: %v, GraphQL %v", got, want)
	}
	for _, d := range column(t, header, rows, "date") {
		if !strings.HasPrefix(d, "1994") {
			t.Errorf("personnel row of %s in 1994", d)
		}
	}
	header, rows = fetchCSV(t, h, "/export/events.csv?to=1950")
	for _, d := range column(t, header, rows, "date") {
		if d > "1950-12-31" {
			t.Errorf("event of %s up to 1950", d)
		}
	}
	// Without a country, personnel covers every country with a series.
	header, rows = fetchCSV(t, h, "/export/personnel.csv?from=2014&to=2014")
	var all struct {
		Countries []struct {
			ISO3            string
			PersonnelSeries []struct{ Date string }
		}
	}
	json.Unmarshal(post(t, h, `{ countries { iso3 personnelSeries(from: "2014", to: "2014") { date } } }`, nil).Data, &all)
	var wantRows []string
	for _, c := range all.Countries {
		for _, p := range c.PersonnelSeries {
			wantRows = append(wantRows, c.ISO3+"|"+p.Date)
		}
	}
	if got := project(t, header, rows, "country", "date"); !slices.Equal(got, sorted(wantRows)) || len(got) == 0 {
		t.Errorf("personnel in 2014: %d rows, GraphQL %d", len(got), len(wantRows))
	}
}

// TestExportErrors: an unknown table is a 404, a bad parameter a 400, another method a 405,
// each with a coded JSON body.
func TestExportErrors(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	tests := []struct {
		method, target string
		wantStatus     int
		wantCode       string
	}{
		{"GET", "/export/nope.csv", 404, "NOT_FOUND"},
		{"GET", "/export/deployments.xml", 404, "NOT_FOUND"},
		{"GET", "/export/deployments", 404, "NOT_FOUND"},
		{"GET", "/export/deployments.csv?country=12", 400, "BAD_USER_INPUT"},
		{"GET", "/export/deployments.csv?country=MEXICO", 400, "BAD_USER_INPUT"},
		{"GET", "/export/deployments.csv?country=XXX", 404, "NOT_FOUND"}, // as in GraphQL: TestUnknownCountry
		{"GET", "/export/missions.json?from=1992-13", 400, "BAD_USER_INPUT"},
		{"GET", "/export/missions.json?to=yesterday", 400, "BAD_USER_INPUT"},
		{"GET", "/export/events.csv?from=2000&to=1999", 400, "BAD_USER_INPUT"},
		{"GET", "/export/events.csv?contry=MEX", 400, "BAD_USER_INPUT"},
		// Malformed query strings are refused, never read as "no filter" (issue 14).
		{"GET", "/export/deployments.csv?country=MEX;from=2004", 400, "BAD_USER_INPUT"},
		{"GET", "/export/deployments.csv?country=%zz", 400, "BAD_USER_INPUT"},
		{"GET", "/export/deployments.csv?country=MEX&from=2004%", 400, "BAD_USER_INPUT"},
		// A single-valued parameter given twice; an oversized list.
		{"GET", "/export/deployments.csv?from=2004&from=2010", 400, "BAD_USER_INPUT"},
		{"GET", "/export/missions.json?to=2004&to=2004", 400, "BAD_USER_INPUT"},
		{"GET", "/export/deployments.csv?include_uncertain=true&include_uncertain=false", 400, "BAD_USER_INPUT"},
		{"GET", "/export/deployments.csv?country=" + strings.Repeat("MEX,", 501), 400, "BAD_USER_INPUT"},
		{"GET", "/export/citations.bib?node=" + strings.Repeat("country:mex,", 501), 400, "BAD_USER_INPUT"},
		{"POST", "/export/events.csv", 405, "METHOD_NOT_ALLOWED"},
		{"DELETE", "/export", 405, "METHOD_NOT_ALLOWED"},
	}
	for _, tt := range tests {
		r := send(t, h, tt.method, tt.target, "")
		if r.Status != tt.wantStatus || r.code() != tt.wantCode || len(r.Errors) == 0 || r.Errors[0].Message == "" {
			t.Errorf("%s %s: %d %s", tt.method, tt.target, r.Status, r.Body)
		}
		if r.Header.Get("ETag") != "" || r.Header.Get("Cache-Control") != "" {
			t.Errorf("%s %s: an error must not carry caching headers", tt.method, tt.target)
		}
	}
	// Repeating a list parameter adds to it (country=MEX&country=ARG is country=MEX,ARG).
	_, both := fetchCSV(t, h, "/export/deployments.csv?country=MEX&country=ARG")
	_, list := fetchCSV(t, h, "/export/deployments.csv?country=MEX,ARG")
	if len(both) == 0 || len(both) != len(list) {
		t.Errorf("country=MEX&country=ARG: %d rows, country=MEX,ARG: %d", len(both), len(list))
	}
	// A successful export is cacheable like a GraphQL GET.
	first := send(t, h, "GET", "/export/reforms.csv?country=JPN", "")
	if first.Status != 200 || first.Header.Get("ETag") == "" {
		t.Fatalf("%d ETag %q", first.Status, first.Header.Get("ETag"))
	}
	if again := send(t, h, "GET", "/export/reforms.csv?country=JPN", "", "If-None-Match", first.Header.Get("ETag")); again.Status != 304 {
		t.Errorf("If-None-Match: %d", again.Status)
	}
}

// TestUnknownCountry: a country the dataset does not have gets the same code from every entry
// point (server/apierror's one table): the GraphQL filters, the comparative queries and the
// exports. The exports answer 404; GraphQL answers 200 with data null, as the GraphQL-over-HTTP
// spec recommends for a well-formed request (see graphqlHTTP).
func TestUnknownCountry(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	for _, r := range []gqlResponse{
		post(t, h, `{ deployments(filter: {country: "XXX"}) { totalCount } }`, nil),
		post(t, h, `{ missions(filter: {contributor: "XXX"}) { totalCount } }`, nil),
		post(t, h, `{ reformPathways(country: "XXX") { mechanism } }`, nil),
		post(t, h, `{ compare(countries: ["MEX", "XXX"]) { countries { iso3 } } }`, nil),
	} {
		if r.Status != http.StatusOK || r.code() != "NOT_FOUND" || string(r.Data) != "null" {
			t.Errorf("status %d code %q, want 200 NOT_FOUND with data null: %s", r.Status, r.code(), r.Body)
		}
	}
	for _, r := range []gqlResponse{
		send(t, h, "GET", "/export/deployments.csv?country=XXX", ""),
		send(t, h, "GET", "/export/personnel.json?country=XXX", ""),
	} {
		if r.Status != http.StatusNotFound || r.code() != "NOT_FOUND" {
			t.Errorf("status %d code %q, want 404 NOT_FOUND: %s", r.Status, r.code(), r.Body)
		}
	}
}

// TestRelationshipExports (issue 9: the exports carry relationship evidence): every
// relationship of the dataset once, with its own evidence, and each of its citations with its
// locator; with a country, exactly the relationships with an end among the entities the
// citations export gives for that country.
func TestRelationshipExports(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	ds := dataset(t)
	row := func(e graph.Edge) string {
		var srcs []string
		for _, c := range e.Citations {
			if !slices.Contains(srcs, c.SourceID) {
				srcs = append(srcs, c.SourceID)
			}
		}
		return strings.Join([]string{string(e.Type), e.From, e.To, string(e.Mechanism), string(e.Basis), strconv.FormatBool(e.Inherited),
			string(e.Confidence), e.Note, strings.Join(srcs, " ")}, "|")
	}
	var want, wantCites []string
	for _, e := range ds.Edges {
		want = append(want, row(e))
		for _, c := range e.Citations {
			wantCites = append(wantCites, string(e.Type)+"|"+e.From+"|"+e.To+"|"+string(e.Mechanism)+"|"+c.SourceID+"|"+c.Locator+"|"+c.Note)
		}
	}
	header, rows := fetchCSV(t, h, "/export/relationships.csv")
	got := project(t, header, rows, "type", "from", "to", "mechanism", "basis", "inherited", "confidence", "note", "sources")
	if !slices.Equal(sorted(got), sorted(want)) {
		t.Errorf("%d rows, the dataset %d relationships; first difference:\n%s", len(got), len(want), firstDiff(strings.Join(sorted(want), "\n"), strings.Join(sorted(got), "\n")))
	}
	header, rows = fetchCSV(t, h, "/export/relationship-citations.csv")
	if got := project(t, header, rows, "type", "from", "to", "mechanism", "sources", "locator", "note"); !slices.Equal(sorted(got), sorted(wantCites)) {
		t.Errorf("%d citation rows, the dataset %d; first difference:\n%s", len(got), len(wantCites), firstDiff(strings.Join(sorted(wantCites), "\n"), strings.Join(sorted(got), "\n")))
	}

	header, rows = fetchCSV(t, h, "/export/citations.csv?country=MEX")
	of := map[string]bool{}
	for _, id := range column(t, header, rows, "entity") {
		of[id] = true
	}
	want = nil
	for _, e := range ds.Edges {
		if of[e.From] || of[e.To] {
			want = append(want, row(e))
		}
	}
	header, rows = fetchCSV(t, h, "/export/relationships.csv?country=MEX")
	got = project(t, header, rows, "type", "from", "to", "mechanism", "basis", "inherited", "confidence", "note", "sources")
	if !slices.Equal(sorted(got), sorted(want)) || len(got) == 0 {
		t.Errorf("Mexico: %d rows, want %d", len(got), len(want))
	}
}
