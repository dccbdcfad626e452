package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Rendering: a table's rows as CSV (RFC 4180, encoding/csv) or JSON, in column order; the
// citations table's bibliographies; the graph as GraphML.

// Result is a rendered export.
type Result struct {
	ContentType string
	Filename    string
	Body        []byte
}

func tableNamed(name string) *Table {
	i := slices.IndexFunc(Tables, func(t Table) bool { return t.Name == name })
	if i < 0 {
		return nil
	}
	return &Tables[i]
}

// Render renders file ("deployments.csv", "citations.bib", "graph.graphml") with the query
// parameters. Errors are *graph.Error: NotFound for an unknown table or format, Invalid for a
// bad parameter, or the store's own.
func Render(ctx context.Context, s graph.Store, file string, params url.Values) (Result, error) {
	const op = "export.Render"
	name, format, _ := strings.Cut(file, ".")
	t := tableNamed(name)
	_, bib := bibFormats[format]
	switch {
	case file == strings.TrimPrefix(graphFile, "/export/"):
		f, err := parseFilter(ctx, s, tableNamed("nodes"), params)
		if err != nil {
			return Result{}, err
		}
		body, err := renderGraphML(ctx, s, f)
		if err != nil {
			return Result{}, err
		}
		return Result{"application/graphml+xml; charset=utf-8", "peacegraph-" + file, body}, nil
	case t != nil && t.Name == "citations" && bib:
		f, err := parseFilter(ctx, s, nil, params)
		if err != nil {
			return Result{}, err
		}
		items, _, err := bibliography(ctx, s, f)
		if err != nil {
			return Result{}, err
		}
		bf := bibFormats[format]
		return Result{bf.media, "peacegraph-" + file, bf.write(items)}, nil
	case t == nil || (format != "csv" && format != "json"):
		var names []string
		for _, t := range Tables {
			names = append(names, t.Name)
		}
		return Result{}, graph.Errorf(graph.NotFound, op, "no export %q: the tables are %s, as .csv or .json; citations also as .bib, .csl.json and .ris; graph.graphml (see /export)", file, strings.Join(names, ", "))
	}
	f, err := parseFilter(ctx, s, t, params)
	if err != nil {
		return Result{}, err
	}
	rows, err := t.rows(ctx, s, f)
	if err != nil {
		return Result{}, err
	}
	for i := range rows {
		rows[i] = expand(t, rows[i])
	}
	if format == "csv" {
		return Result{"text/csv; charset=utf-8; header=present", "peacegraph-" + file, renderCSV(t.Columns, rows)}, nil
	}
	return Result{"application/json; charset=utf-8", "peacegraph-" + file, renderJSON(t.Columns, rows)}, nil
}

// expand turns each partial date cell of a row into its four cells (see dateColumns) and each
// span bound into its eight (boundColumns).
func expand(t *Table, row []any) []any {
	if len(t.dates) == 0 && len(t.bounds) == 0 {
		return row
	}
	out := make([]any, 0, len(t.Columns))
	for i, v := range row {
		if slices.Contains(t.bounds, i) {
			switch b := v.(type) {
			case graph.Bound:
				out = append(out, boundCells(&b)...)
			case *graph.Bound:
				out = append(out, boundCells(b)...)
			default:
				out = append(out, boundCells(nil)...)
			}
			continue
		}
		if !slices.Contains(t.dates, i) {
			out = append(out, v)
			continue
		}
		d, _ := v.(*graph.PartialDate)
		if d == nil || d.IsZero() {
			out = append(out, nil, nil, nil, nil)
			continue
		}
		out = append(out, d.String(), d.Precision(), d.First(), d.Last())
	}
	return out
}

// csv is the source_urls cell in CSV: "-" for a source without a URL, so that the list stays
// aligned with sources.
func (u urls) csv() []string {
	out := make([]string, len(u))
	for i, v := range u {
		if out[i] = v; v == "" {
			out[i] = "-"
		}
	}
	return out
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
			case urls:
				rec[i] = strings.Join(v.csv(), " ")
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
			switch x := v.(type) {
			case string:
				if x == "" {
					v = nil
				}
			case []string:
				if x == nil {
					v = []string{}
				}
			case urls:
				list := make([]any, len(x))
				for j, u := range x {
					if u != "" {
						list[j] = u
					}
				}
				v = list
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
