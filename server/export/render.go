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

// Rendering: a table's rows as CSV (RFC 4180, encoding/csv) or JSON, in column order.

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
