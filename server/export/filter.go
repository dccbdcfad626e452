package export

import (
	"context"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Filters: the query parameters (country, from, to) and the store queries they make.

// filter is the parsed query parameters.
type filter struct {
	countries        []string // country IDs, in the order given
	dates            graph.DateRange
	started          graph.DateRange
	includeUncertain bool
}

// time is the filter's time part, graph's one rule.
func (f filter) time() graph.TimeFilter {
	return graph.TimeFilter{Active: f.dates, Started: f.started, IncludeUncertain: f.includeUncertain}
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
			}
		case "from", "to", "started_from", "started_to":
			d, err := graph.ParseDate(params.Get(key))
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
		default:
			return f, graph.Errorf(graph.Invalid, op, "unknown parameter %q: the exports take country, from, to, started_from, started_to and include_uncertain", key)
		}
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
