package export

import (
	"bytes"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Column describes one column of a table.
type Column struct {
	Name        string `json:"name"`
	Type        string `json:"type"` // string, integer, boolean, date (a PartialDate) or list (of strings)
	Description string `json:"description"`
}

// Table describes one export.
type Table struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Order       string   `json:"order"`
	Columns     []Column `json:"columns"`
	CSV         string   `json:"csv"`
	JSON        string   `json:"json"`

	rows func(ctx context.Context, s graph.Store, f filter) ([][]any, error)
}

// The columns every table ends with.
var sourceColumns = []Column{
	{"sources", "list", "IDs of the sources cited for this row, in citation order"},
	{"source_urls", "list", "URLs of those sources that have one"},
}

func cols(cs ...Column) []Column { return append(cs, sourceColumns...) }

// Tables lists the exports, in the index's order.
var Tables = []Table{
	{Name: "deployments", Description: "One country's participation in one mission.", Order: "start date (undated last), then id",
		Columns: cols(
			Column{"id", "string", "deployment ID"},
			Column{"country", "string", "ISO3 code of the deploying country"},
			Column{"mission", "string", "mission acronym"},
			Column{"title", "string", "readable label"},
			Column{"start", "date", "first day of participation, at its precision"},
			Column{"end", "date", "last day; empty while ongoing or unknown"},
			Column{"personnel", "list", "personnel types: TROOPS POLICE MILITARY_OBSERVERS STAFF_OFFICERS CIVILIANS"},
			Column{"peak_strength", "integer", "largest number of personnel at once"},
			Column{"unit", "string", "unit or contingent name"},
			Column{"functions", "list", "codes of the functions performed"},
			Column{"confidence", "string", "HIGH, MEDIUM or LOW"},
		), rows: deploymentRows},
	{Name: "missions", Description: "UN operations (and precursor bodies) in the study.", Order: "start date, then id",
		Columns: cols(
			Column{"id", "string", "mission ID"},
			Column{"acronym", "string", "mission acronym"},
			Column{"name", "string", "full name (English)"},
			Column{"start", "date", "start"},
			Column{"end", "date", "end; empty while ongoing or unknown"},
			Column{"kind", "string", "OBSERVER, TRADITIONAL, MULTIDIMENSIONAL, POLITICAL or OTHER"},
			Column{"chapter_vii", "boolean", "whether the establishing resolution invokes Chapter VII; empty when the sources do not say"},
			Column{"host", "string", "host country or territory"},
			Column{"contributors", "list", "ISO3 codes of the countries with a deployment in it"},
			Column{"deployments", "integer", "number of deployments in it"},
			Column{"confidence", "string", "HIGH, MEDIUM or LOW"},
		), rows: missionRows},
	{Name: "reforms", Description: "Changes in law, institutions, training, doctrine or forces.", Order: "date (undated last), then id",
		Columns: cols(
			Column{"id", "string", "reform ID"},
			Column{"country", "string", "ISO3 code"},
			Column{"kind", "string", "LEGAL, INSTITUTIONAL, TRAINING, DOCTRINE, FORCE_STRUCTURE, CIVIL_MILITARY or PERSONNEL"},
			Column{"title", "string", "title (English)"},
			Column{"date", "date", "when it happened"},
			Column{"description", "string", "what changed"},
			Column{"confidence", "string", "HIGH, MEDIUM or LOW"},
		), rows: reformRows},
	{Name: "legal-instruments", Description: "Constitution provisions, statutes, decrees, resolutions, declarations, treaties.", Order: "adoption date (undated last), then id",
		Columns: cols(
			Column{"id", "string", "instrument ID"},
			Column{"country", "string", "ISO3 code; empty for international instruments"},
			Column{"kind", "string", "InstrumentKind, e.g. STATUTE or UN_RESOLUTION"},
			Column{"title", "string", "title (English)"},
			Column{"reference", "string", "official reference, e.g. \"Ley 25.880\""},
			Column{"adopted", "date", "adoption"},
			Column{"in_force", "date", "entry into force"},
			Column{"confidence", "string", "HIGH, MEDIUM or LOW"},
		), rows: instrumentRows},
	{Name: "safeguards", Description: "Legal limits on participation.", Order: "start (undated last), then id",
		Columns: cols(
			Column{"id", "string", "safeguard ID"},
			Column{"country", "string", "ISO3 code"},
			Column{"kind", "string", "SafeguardKind, e.g. CONSENT or USE_OF_FORCE"},
			Column{"title", "string", "title"},
			Column{"since", "date", "in force since"},
			Column{"confidence", "string", "HIGH, MEDIUM or LOW"},
		), rows: safeguardRows},
	{Name: "events", Description: "Dated happenings, for timelines.", Order: "date, then id",
		Columns: cols(
			Column{"id", "string", "event ID"},
			Column{"country", "string", "ISO3 code; empty for events of no one country"},
			Column{"date", "date", "when"},
			Column{"title", "string", "title (English)"},
			Column{"confidence", "string", "HIGH, MEDIUM or LOW"},
		), rows: eventRows},
	{Name: "personnel", Description: "Monthly uniformed personnel in UN peacekeeping, per country.", Order: "country, then month",
		Columns: cols(
			Column{"country", "string", "ISO3 code"},
			Column{"date", "date", "month (end of month)"},
			Column{"troops", "integer", "troops; empty when none is reported"},
			Column{"police", "integer", "police; empty when none is reported"},
			Column{"experts", "integer", "experts on mission; empty when none is reported"},
			Column{"total", "integer", "sum of the reported categories"},
			Column{"confidence", "string", "HIGH, MEDIUM or LOW"},
		), rows: personnelRows},
	{Name: "citations", Description: "One row per (entity, citation): the evidence behind every entity but sources. With country, the entities of those countries as the other tables define them (a country itself; threats and functions, of no country, are left out).",
		Order: "entity id, then the entity's citation order",
		Columns: cols(
			Column{"entity", "string", "ID of the cited entity"},
			Column{"kind", "string", "its EntityKind"},
			Column{"label", "string", "its name or title (English)"},
			Column{"country", "string", "its country: the country itself, or the owner of a deployment, reform, instrument, safeguard, obstacle, benefit, recommendation or event; empty otherwise"},
			Column{"source_title", "string", "title of the cited source"},
			Column{"locator", "string", "where in the source (page, article, paragraph)"},
			Column{"note", "string", "what the citation supports"},
		), rows: citationRows},
}

func init() {
	for i := range Tables {
		Tables[i].CSV = "/export/" + Tables[i].Name + ".csv"
		Tables[i].JSON = "/export/" + Tables[i].Name + ".json"
	}
}

// Parameter describes a query parameter of the exports.
type Parameter struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Index is what /export serves.
type Index struct {
	Tables     []Table     `json:"tables"`
	Parameters []Parameter `json:"parameters"`
	Format     string      `json:"format"`
}

// TheIndex returns the machine-readable description of the exports.
func TheIndex() Index {
	return Index{Tables: Tables,
		Parameters: []Parameter{
			{"country", "ISO 3166 alpha-3 code, repeatable or comma-separated; rows of any of them (each table says what 'of a country' means)"},
			{"from", "PartialDate (YYYY, YYYY-MM or YYYY-MM-DD); rows active on or after it, inclusive at its precision"},
			{"to", "PartialDate; rows active on or before it, inclusive at its precision"},
		},
		Format: "CSV: RFC 4180 (encoding/csv), UTF-8 without BOM, header row, one row per record, list cells space-separated, empty cells unknown. " +
			"JSON: an array of objects in column order; empty cells null, lists arrays. Dates are PartialDates at their precision.",
	}
}

// Result is a rendered export.
type Result struct {
	ContentType string
	Filename    string
	Body        []byte
}

// Render renders file ("deployments.csv") with the query parameters. Errors are *graph.Error:
// NotFound for an unknown table or format, Invalid for a bad parameter, or the store's own.
func Render(ctx context.Context, s graph.Store, file string, params url.Values) (Result, error) {
	const op = "export.Render"
	name, format, _ := strings.Cut(file, ".")
	i := slices.IndexFunc(Tables, func(t Table) bool { return t.Name == name })
	if i < 0 || (format != "csv" && format != "json") {
		var names []string
		for _, t := range Tables {
			names = append(names, t.Name)
		}
		return Result{}, graph.Errorf(graph.NotFound, op, "no export %q: the tables are %s, as .csv or .json (see /export)", file, strings.Join(names, ", "))
	}
	t := Tables[i]
	f, err := parseFilter(ctx, s, params)
	if err != nil {
		return Result{}, err
	}
	rows, err := t.rows(ctx, s, f)
	if err != nil {
		return Result{}, err
	}
	if format == "csv" {
		return Result{"text/csv; charset=utf-8; header=present", "peacegraph-" + file, renderCSV(t.Columns, rows)}, nil
	}
	return Result{"application/json; charset=utf-8", "peacegraph-" + file, renderJSON(t.Columns, rows)}, nil
}

func renderCSV(columns []Column, rows [][]any) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	rec := make([]string, len(columns))
	for i, c := range columns {
		rec[i] = c.Name
	}
	_ = w.Write(rec) // csv.Writer keeps the first error; Flush below reports it
	for _, row := range rows {
		for i, v := range row {
			switch v := v.(type) {
			case nil:
				rec[i] = ""
			case string:
				rec[i] = v
			case int:
				rec[i] = strconv.Itoa(v)
			case bool:
				rec[i] = strconv.FormatBool(v)
			case []string:
				rec[i] = strings.Join(v, " ")
			default:
				rec[i] = fmt.Sprint(v)
			}
		}
		_ = w.Write(rec)
	}
	w.Flush() // writes to a buffer cannot fail
	return b.Bytes()
}

func renderJSON(columns []Column, rows [][]any) []byte {
	var b bytes.Buffer
	b.WriteByte('[')
	for r, row := range rows {
		if r > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n{")
		for i, v := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(columns[i].Name)
			if s, ok := v.(string); ok && s == "" {
				v = nil
			}
			if l, ok := v.([]string); ok && l == nil {
				v = []string{}
			}
			val, _ := json.Marshal(v)
			b.Write(k)
			b.WriteByte(':')
			b.Write(val)
		}
		b.WriteByte('}')
	}
	b.WriteString("\n]\n")
	return b.Bytes()
}

// filter is the parsed query parameters.
type filter struct {
	countries []string // country IDs, in the order given
	dates     graph.DateRange
}

var iso3 = regexp.MustCompile(`^[A-Za-z]{3}$`)

func parseFilter(ctx context.Context, s graph.Store, params url.Values) (filter, error) {
	const op = "export.filter"
	var f filter
	for key, values := range params {
		switch key {
		case "country":
			for _, v := range values {
				for _, c := range strings.Split(v, ",") {
					c = strings.TrimSpace(c)
					if c == "" {
						continue
					}
					if !iso3.MatchString(c) {
						return f, graph.Errorf(graph.Invalid, op, "country must be an ISO 3166 alpha-3 code such as MEX, got %q", c)
					}
					if _, err := s.Lookup(ctx, graph.KindCountry, c); graph.ErrorCode(err) == graph.NotFound {
						return f, graph.Errorf(graph.Invalid, op, "no country %q in the dataset", strings.ToUpper(c))
					} else if err != nil {
						return f, err
					}
					if id := graph.CountryID(c); !slices.Contains(f.countries, id) {
						f.countries = append(f.countries, id)
					}
				}
			}
		case "from", "to":
			d, err := graph.ParseDate(params.Get(key))
			if err != nil {
				return f, graph.Errorf(graph.Invalid, op, "%s: %v", key, err)
			}
			if key == "from" {
				f.dates.From = &d
			} else {
				f.dates.To = &d
			}
		default:
			return f, graph.Errorf(graph.Invalid, op, "unknown parameter %q: the exports take country, from and to", key)
		}
	}
	return f, f.dates.Validate()
}

// list returns the nodes of kind k that pass f, in the store's default order (date, undated
// last, then ID): one List per country, merged.
func list[T graph.Node](ctx context.Context, s graph.Store, k graph.Kind, f filter) ([]T, error) {
	countries := f.countries
	if len(countries) == 0 {
		countries = []string{""}
	}
	var out []T
	seen := map[string]bool{}
	for _, c := range countries {
		p, err := s.List(ctx, graph.ListQuery{Kind: k, Country: c, Active: f.dates})
		if err != nil {
			return nil, err
		}
		for _, n := range p.Nodes {
			if t, ok := n.(T); ok && !seen[n.NodeID()] {
				seen[n.NodeID()] = true
				out = append(out, t)
			}
		}
	}
	if len(f.countries) > 1 {
		slices.SortStableFunc(out, func(a, b T) int {
			return cmp.Or(graph.ComparePtr(graph.ItemOf(a).Date, graph.ItemOf(b).Date), cmp.Compare(a.NodeID(), b.NodeID()))
		})
	}
	return out, nil
}

// refs loads the nodes that rows refer to (countries, missions, functions, sources) in one
// store call.
type refs map[string]graph.Node

func loadRefs(ctx context.Context, s graph.Store, ids []string) (refs, error) {
	ids = slices.DeleteFunc(ids, func(id string) bool { return id == "" })
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) == 0 {
		return refs{}, nil
	}
	nodes, err := s.Get(ctx, ids)
	if err != nil {
		return nil, err
	}
	r := refs{}
	for i, n := range nodes {
		if n != nil {
			r[ids[i]] = n
		}
	}
	return r, nil
}

func (r refs) iso3(countryID string) string {
	if c, ok := r[countryID].(*graph.Country); ok {
		return c.ISO3
	}
	return ""
}

// sourceIDs is the IDs of a node's citations, each once, in citation order.
func sourceIDs(cs []graph.Citation) []string {
	var ids []string
	for _, c := range cs {
		if !slices.Contains(ids, c.SourceID) {
			ids = append(ids, c.SourceID)
		}
	}
	return ids
}

// withSources appends the sources and source_urls cells.
func (r refs) withSources(row []any, cs []graph.Citation) []any {
	ids := sourceIDs(cs)
	var urls []string
	for _, id := range ids {
		if s, ok := r[id].(*graph.Source); ok && s.URL != "" {
			urls = append(urls, s.URL)
		}
	}
	return append(row, ids, urls)
}

func date(d *graph.PartialDate) any {
	if d == nil {
		return nil
	}
	return d.String()
}

func intp(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// citedIDs lists the source IDs of nodes, plus extra IDs, for loadRefs.
func citedIDs[T graph.Node](nodes []T, extra ...string) []string {
	ids := extra
	for _, n := range nodes {
		ids = append(ids, sourceIDs(graph.NodeBase(n).Citations)...)
	}
	return ids
}

func deploymentRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	ds, err := list[*graph.Deployment](ctx, s, graph.KindDeployment, f)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ds))
	for i, d := range ds {
		ids[i] = d.ID
	}
	performed, err := s.Edges(ctx, ids, graph.RelPerformed, graph.Out)
	if err != nil {
		return nil, err
	}
	var extra []string
	for _, d := range ds {
		extra = append(extra, d.CountryID, d.MissionID)
		for _, e := range performed[d.ID] {
			extra = append(extra, e.To)
		}
	}
	r, err := loadRefs(ctx, s, citedIDs(ds, extra...))
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(ds))
	for _, d := range ds {
		var functions []string
		for _, e := range performed[d.ID] {
			if fn, ok := r[e.To].(*graph.Function); ok {
				functions = append(functions, fn.Code)
			}
		}
		mission := ""
		if m, ok := r[d.MissionID].(*graph.Mission); ok {
			mission = m.Acronym
		}
		rows = append(rows, r.withSources([]any{d.ID, r.iso3(d.CountryID), mission, d.Title, date(d.Start), date(d.End),
			graph.Strings(d.Personnel), intp(d.PeakStrength), d.Unit, functions, string(d.Confidence)}, d.Citations))
	}
	return rows, nil
}

func missionRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	ms, err := list[*graph.Mission](ctx, s, graph.KindMission, f)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	in, err := s.Edges(ctx, ids, graph.RelInMission, graph.In)
	if err != nil {
		return nil, err
	}
	var deps []string
	for _, es := range in {
		for _, e := range es {
			deps = append(deps, e.From)
		}
	}
	dr, err := loadRefs(ctx, s, deps)
	if err != nil {
		return nil, err
	}
	var countries []string
	for _, n := range dr {
		countries = append(countries, n.(*graph.Deployment).CountryID)
	}
	r, err := loadRefs(ctx, s, citedIDs(ms, countries...))
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(ms))
	for _, m := range ms {
		var contributors []string
		for _, e := range in[m.ID] {
			if d, ok := dr[e.From].(*graph.Deployment); ok {
				contributors = append(contributors, r.iso3(d.CountryID))
			}
		}
		slices.Sort(contributors)
		var chapterVII any
		if m.ChapterVII != nil {
			chapterVII = *m.ChapterVII
		}
		rows = append(rows, r.withSources([]any{m.ID, m.Acronym, m.Name, m.Start.String(), date(m.End), m.MissionKind,
			chapterVII, m.Host, slices.Compact(contributors), len(in[m.ID]), string(m.Confidence)}, m.Citations))
	}
	return rows, nil
}

func reformRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	rs, err := list[*graph.Reform](ctx, s, graph.KindReform, f)
	if err != nil {
		return nil, err
	}
	var owners []string
	for _, x := range rs {
		owners = append(owners, x.CountryID)
	}
	r, err := loadRefs(ctx, s, citedIDs(rs, owners...))
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(rs))
	for _, x := range rs {
		rows = append(rows, r.withSources([]any{x.ID, r.iso3(x.CountryID), x.ReformKind, x.Title, date(x.Date), x.Description, string(x.Confidence)}, x.Citations))
	}
	return rows, nil
}

func instrumentRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	ls, err := list[*graph.LegalInstrument](ctx, s, graph.KindLegalInstrument, f)
	if err != nil {
		return nil, err
	}
	var owners []string
	for _, x := range ls {
		owners = append(owners, x.CountryID)
	}
	r, err := loadRefs(ctx, s, citedIDs(ls, owners...))
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(ls))
	for _, x := range ls {
		rows = append(rows, r.withSources([]any{x.ID, r.iso3(x.CountryID), x.InstrumentKind, x.Title, x.Reference, date(x.Adopted), date(x.InForce), string(x.Confidence)}, x.Citations))
	}
	return rows, nil
}

func safeguardRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	ss, err := list[*graph.Safeguard](ctx, s, graph.KindSafeguard, f)
	if err != nil {
		return nil, err
	}
	var owners []string
	for _, x := range ss {
		owners = append(owners, x.CountryID)
	}
	r, err := loadRefs(ctx, s, citedIDs(ss, owners...))
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(ss))
	for _, x := range ss {
		rows = append(rows, r.withSources([]any{x.ID, r.iso3(x.CountryID), x.SafeguardKind, x.Title, date(x.Since), string(x.Confidence)}, x.Citations))
	}
	return rows, nil
}

func eventRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	es, err := list[*graph.Event](ctx, s, graph.KindEvent, f)
	if err != nil {
		return nil, err
	}
	var owners []string
	for _, x := range es {
		owners = append(owners, x.CountryID)
	}
	r, err := loadRefs(ctx, s, citedIDs(es, owners...))
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(es))
	for _, x := range es {
		rows = append(rows, r.withSources([]any{x.ID, r.iso3(x.CountryID), x.Date.String(), x.Title, string(x.Confidence)}, x.Citations))
	}
	return rows, nil
}

func personnelRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	countries := f.countries
	if len(countries) == 0 {
		cs, err := list[*graph.Country](ctx, s, graph.KindCountry, filter{})
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			countries = append(countries, c.ID)
		}
	}
	series := map[string][]graph.PersonnelPoint{}
	var ids []string
	for _, c := range countries {
		ps, err := s.PersonnelSeries(ctx, c, f.dates)
		if err != nil {
			return nil, err
		}
		series[c] = ps
		ids = append(ids, c)
		for _, p := range ps {
			ids = append(ids, sourceIDs(p.Citations)...)
		}
	}
	r, err := loadRefs(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(countries, func(a, b string) int { return cmp.Compare(r.iso3(a), r.iso3(b)) })
	var rows [][]any
	for _, c := range countries {
		for _, p := range series[c] {
			rows = append(rows, r.withSources([]any{r.iso3(c), p.Date.String(), intp(p.Troops), intp(p.Police), intp(p.Experts), p.Total(), string(p.Confidence)}, p.Citations))
		}
	}
	return rows, nil
}

// ownerOf is the country column of the citations table.
func ownerOf(n graph.Node) string {
	switch v := n.(type) {
	case *graph.Country:
		return v.ID
	case *graph.Deployment:
		return v.CountryID
	case *graph.Reform:
		return v.CountryID
	case *graph.LegalInstrument:
		return v.CountryID
	case *graph.Safeguard:
		return v.CountryID
	case *graph.Obstacle:
		return v.CountryID
	case *graph.Benefit:
		return v.CountryID
	case *graph.Recommendation:
		return v.CountryID
	case *graph.Event:
		return v.CountryID
	}
	return ""
}

func citationRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	var nodes []graph.Node
	for _, k := range graph.Kinds {
		switch {
		case k.Kind == graph.KindSource:
			continue // sources are what is cited
		case len(f.countries) > 0 && (k.Kind == graph.KindThreat || k.Kind == graph.KindFunction):
			continue // of no country
		case len(f.countries) > 0 && k.Kind == graph.KindCountry:
			// The country filter does not apply to countries in List: take the countries named.
			cs, err := s.Get(ctx, f.countries)
			if err != nil {
				return nil, err
			}
			nodes = append(nodes, cs...)
			continue
		}
		ns, err := list[graph.Node](ctx, s, k.Kind, f)
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, ns...)
	}
	slices.SortFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.NodeID(), b.NodeID()) })
	ids := citedIDs(nodes)
	for _, n := range nodes {
		ids = append(ids, ownerOf(n))
	}
	r, err := loadRefs(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for _, n := range nodes {
		for _, c := range graph.NodeBase(n).Citations {
			title := ""
			if src, ok := r[c.SourceID].(*graph.Source); ok {
				title = src.Title
			}
			rows = append(rows, r.withSources([]any{n.NodeID(), string(n.NodeKind()), n.Label(), r.iso3(ownerOf(n)),
				title, c.Locator, c.Note}, []graph.Citation{c}))
		}
	}
	return rows, nil
}
