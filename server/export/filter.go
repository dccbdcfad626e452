package export

import (
	"context"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Filters: the query parameters (country, from, to, node) and the store queries they make.

// filter is the parsed query parameters.
type filter struct {
	countries        []string // country IDs, in the order given
	dates            graph.DateRange
	started          graph.DateRange
	includeUncertain bool
	nodes            []string // node IDs (node=), in the order given
}

// time is the filter's time part, graph's one rule.
func (f filter) time() graph.TimeFilter {
	return graph.TimeFilter{Active: f.dates, Started: f.started, IncludeUncertain: f.includeUncertain}
}

// selects reports whether the filter selects anything less than everything.
func (f filter) selects() bool { return len(f.countries) > 0 || !f.time().IsZero() }

// maxListValues bounds country= and node=: each value is a store lookup, and 10,000 countries
// cost 14 s of Neo4j CPU (issue 14). The dataset has 35 countries; a bibliography of a view's
// nodes stays well under it.
const maxListValues = 500

var iso3 = regexp.MustCompile(`^[A-Za-z]{3}$`)

// values splits a repeatable, comma-separated parameter, dropping blanks.
func values(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// parseFilter reads the parameters of table t (nil: a bibliography of the citations table,
// which takes node too).
func parseFilter(ctx context.Context, s graph.Store, t *Table, params url.Values) (filter, error) {
	const op = "export.filter"
	var f filter
	for key, vs := range params {
		// A single-valued parameter given twice would silently use the first value.
		if len(vs) > 1 && key != "country" && key != "node" {
			return f, graph.Errorf(graph.Invalid, op, "%s is given %d times; give it once", key, len(vs))
		}
		if n := len(values(vs)); n > maxListValues {
			return f, graph.Errorf(graph.Invalid, op, "%s lists %d values; at most %d are allowed", key, n, maxListValues)
		}
		switch key {
		case "country":
			for _, c := range values(vs) {
				if !iso3.MatchString(c) {
					return f, graph.Errorf(graph.Invalid, op, "country must be an ISO 3166 alpha-3 code such as MEX, got %q", c)
				}
				// An unknown country is NotFound here as in the GraphQL filters (one code
				// everywhere: server/apierror).
				if _, err := s.Lookup(ctx, graph.KindCountry, c); graph.ErrorCode(err) == graph.NotFound {
					return f, graph.Errorf(graph.NotFound, op, "no country %q in the dataset", strings.ToUpper(c))
				} else if err != nil {
					return f, err
				}
				if id := graph.CountryID(c); !slices.Contains(f.countries, id) {
					f.countries = append(f.countries, id)
				}
			}
		case "from", "to", "started_from", "started_to":
			d, err := graph.ParseDateOrInstant(params.Get(key))
			if err != nil {
				return f, graph.Errorf(graph.Invalid, op, "%s: %v", key, err)
			}
			switch key {
			case "from":
				f.dates.From = &d
			case "to":
				f.dates.To = &d
			case "started_from":
				f.started.From = &d
			default:
				f.started.To = &d
			}
		case "include_uncertain":
			switch params.Get(key) {
			case "true":
				f.includeUncertain = true
			case "false", "":
			default:
				return f, graph.Errorf(graph.Invalid, op, "include_uncertain must be true or false, got %q", params.Get(key))
			}
		case "node":
			if t != nil && !slices.Contains(t.Parameters, "node") {
				return f, graph.Errorf(graph.Invalid, op, "node applies to the sources, source-authors and citations bibliography exports (.bib, .csl.json, .ris), not to %s", t.Name)
			}
			for _, id := range values(vs) {
				if _, ok := graph.KindOfID(id); !ok {
					return f, graph.Errorf(graph.Invalid, op, "node must be a node ID such as law:arg-25880, got %q", id)
				}
				if !slices.Contains(f.nodes, id) {
					f.nodes = append(f.nodes, id)
				}
			}
		default:
			known := "country, from, to, started_from, started_to and include_uncertain"
			if t == nil || slices.Contains(t.Parameters, "node") {
				known = "country, from, to, started_from, started_to, include_uncertain and node"
			}
			return f, graph.Errorf(graph.Invalid, op, "unknown parameter %q: this export takes %s", key, known)
		}
	}
	if len(f.nodes) > 0 && f.selects() {
		return f, graph.Errorf(graph.Invalid, op, "node cannot be combined with country, from, to, started_from or started_to")
	}
	return f, f.time().Validate()
}

// list returns the nodes of kind k that pass f, in the store's default order: one List per
// country, merged.
func list[T graph.Node](ctx context.Context, s graph.Store, k graph.Kind, f filter) ([]T, error) {
	countries := f.countries
	if len(countries) == 0 {
		countries = []string{""}
	}
	var out []T
	seen := map[string]bool{}
	for _, c := range countries {
		p, err := s.List(ctx, graph.ListQuery{Kind: k, Country: c, Active: f.dates, Started: f.started, IncludeUncertain: f.includeUncertain})
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
		return graph.Select(out, graph.ListQuery{Kind: k}) // merged: back in the store's order
	}
	return out, nil
}

// nodesOf is every node but sources that f selects: the entities the citations table selects for f: every entity but sources, or,
// with a country, those of the countries as the other tables define them (a country itself;
// threats and functions, of no country, are left out); in ID order.
func nodesOf(ctx context.Context, s graph.Store, f filter) ([]graph.Node, error) {
	var nodes []graph.Node
	for _, k := range graph.Kinds {
		switch {
		case k.Kind == graph.KindSource:
			continue // sources are what is cited
		case len(f.countries) > 0 && k.Kind == graph.KindCountry:
			// The country filter does not apply to countries in List: take the countries named.
			cs, err := s.Get(ctx, f.countries)
			if err != nil {
				return nil, err
			}
			nodes = append(nodes, cs...)
			continue
		case len(f.countries) > 0 && k.Paths[graph.ByCountry] == nil:
			continue // of no country (threats, functions)
		}
		ns, err := list[graph.Node](ctx, s, k.Kind, f)
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, ns...)
	}
	slices.SortFunc(nodes, func(a, b graph.Node) int { return strings.Compare(a.NodeID(), b.NodeID()) })
	return nodes, nil
}
