package analysis

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// wrap names op on a store error, keeping its code and user-safe message.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return graph.Wrap(graph.ErrorCode(err), op, err, graph.ErrorMessage(err))
}

// checkRange rejects an inverted range as graph.Invalid under op.
func checkRange(op string, r graph.DateRange) error {
	if err := r.Validate(); err != nil {
		return graph.Errorf(graph.Invalid, op, "%s", graph.ErrorMessage(err))
	}
	return nil
}

// normalizeCountries turns each argument into a country ID (graph.CountryID); blank ones are
// Invalid. It keeps the order and the original spelling (for messages).
func normalizeCountries(op string, raw []string) ([]string, error) {
	ids := make([]string, len(raw))
	for i, c := range raw {
		if strings.TrimSpace(c) == "" {
			return nil, graph.Errorf(graph.Invalid, op, "country must not be blank")
		}
		ids[i] = graph.CountryID(c)
	}
	return ids, nil
}

// loadCountries checks that every ID names a country, in one Get; raw holds the values as the
// caller gave them, for the NotFound message.
func loadCountries(ctx context.Context, s graph.Store, op string, ids, raw []string) error {
	_, err := loadCountryNodes(ctx, s, op, ids, raw)
	return err
}

// loadCountryNodes is loadCountries that returns the countries, by ID.
func loadCountryNodes(ctx context.Context, s graph.Store, op string, ids, raw []string) (nodeMap, error) {
	nodes, err := s.Get(ctx, ids)
	if err != nil {
		return nil, wrap(op, err)
	}
	var unknown []string
	m := nodeMap{}
	for i, n := range nodes {
		if _, ok := n.(*graph.Country); !ok {
			unknown = append(unknown, `"`+raw[i]+`"`)
			continue
		}
		m[ids[i]] = n
	}
	switch len(unknown) {
	case 0:
		return m, nil
	case 1:
		return nil, graph.Errorf(graph.NotFound, op, "unknown country %s", unknown[0])
	}
	return nil, graph.Errorf(graph.NotFound, op, "unknown countries %s", strings.Join(unknown, ", "))
}

// loadCountry is loadCountries for one argument; it returns the normalized ID.
func loadCountry(ctx context.Context, s graph.Store, op, raw string) (string, error) {
	ids, err := normalizeCountries(op, []string{raw})
	if err != nil {
		return "", err
	}
	if err := loadCountries(ctx, s, op, ids, []string{raw}); err != nil {
		return "", err
	}
	return ids[0], nil
}

// edges is Store.Edges that skips the call when there is no ID.
func edges(ctx context.Context, s graph.Store, op string, ids []string, rel graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	if len(ids) == 0 {
		return map[string][]graph.Edge{}, nil
	}
	m, err := s.Edges(ctx, ids, rel, dir)
	if err != nil {
		return nil, wrap(op, err)
	}
	return m, nil
}

// nodeMap is nodes by ID, loaded in one Get.
type nodeMap map[string]graph.Node

// load gets every ID of ids (de-duplicated) in one call, skipped when there is none. An ID the
// store does not have is Internal: every ID here comes from a relationship, whose ends exist.
func load(ctx context.Context, s graph.Store, op string, ids []string) (nodeMap, error) {
	ids = distinct(ids)
	m := nodeMap{}
	if len(ids) == 0 {
		return m, nil
	}
	nodes, err := s.Get(ctx, ids)
	if err != nil {
		return nil, wrap(op, err)
	}
	for i, n := range nodes {
		if n == nil {
			return nil, graph.Errorf(graph.Internal, op, "a relationship points at %s, which the store does not have", ids[i])
		}
		m[ids[i]] = n
	}
	return m, nil
}

// node returns the node id as a T, Internal when it is another kind or missing.
func node[T graph.Node](m nodeMap, op, id string) (T, error) {
	v, ok := m[id].(T)
	if !ok {
		var zero T
		return zero, graph.Errorf(graph.Internal, op, "%s is not the kind of node its relationship expects", id)
	}
	return v, nil
}

// distinct returns the IDs sorted, without duplicates or blanks.
func distinct(ids []string) []string {
	out := slices.Clone(ids)
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	return out
}

// ends collects one end of every edge in m: the From ends (from=true) or the To ends.
func ends(m map[string][]graph.Edge, from bool) []string {
	var out []string
	for _, es := range m {
		for _, e := range es {
			if from {
				out = append(out, e.From)
			} else {
				out = append(out, e.To)
			}
		}
	}
	return distinct(out)
}

// citeSet accumulates citations, de-duplicated by (source, locator).
type citeSet struct {
	seen map[[2]string]bool
	list []graph.Citation
}

func (c *citeSet) add(cs ...graph.Citation) {
	if c.seen == nil {
		c.seen = map[[2]string]bool{}
	}
	for _, x := range cs {
		k := [2]string{x.SourceID, x.Locator}
		if !c.seen[k] {
			c.seen[k] = true
			c.list = append(c.list, x)
		}
	}
}

// sorted returns the citations by source ID then locator; never nil.
func (c *citeSet) sorted() []graph.Citation {
	out := append([]graph.Citation{}, c.list...)
	slices.SortFunc(out, func(a, b graph.Citation) int {
		return cmp.Or(cmp.Compare(a.SourceID, b.SourceID), cmp.Compare(a.Locator, b.Locator))
	})
	return out
}

// citations is the sorted, de-duplicated union of cs.
func citations(cs ...[]graph.Citation) []graph.Citation {
	var set citeSet
	for _, c := range cs {
		set.add(c...)
	}
	return set.sorted()
}

// compareText orders display texts case- and accent-insensitively, then as written.
func compareText(a, b string) int {
	return cmp.Or(cmp.Compare(graph.Fold(a), graph.Fold(b)), cmp.Compare(a, b))
}
