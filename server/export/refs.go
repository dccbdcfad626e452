package export

import (
	"context"
	"maps"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// The nodes the rows refer to, loaded in one Get, and the cells made from them.

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

// addOwners loads the countries that own the loaded nodes, when they are not loaded yet (a
// mission's deployments are loaded with the missions; their countries after them).
func (r refs) addOwners(ctx context.Context, s graph.Store) error {
	var ids []string
	for _, n := range r {
		if o := n.OwnerID(); o != "" && r[o] == nil {
			ids = append(ids, o)
		}
	}
	more, err := loadRefs(ctx, s, ids)
	if err != nil {
		return err
	}
	maps.Copy(r, more)
	return nil
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

// urls is the source_urls cell: one URL per source, aligned with the sources cell; "" for a
// source without one ("-" in CSV, null in JSON).
type urls []string

// withSources appends the sources and source_urls cells.
func (r refs) withSources(row []any, cs []graph.Citation) []any {
	ids := sourceIDs(cs)
	u := make(urls, len(ids))
	for i, id := range ids {
		if s, ok := r[id].(*graph.Source); ok {
			u[i] = s.URL
		}
	}
	return append(row, ids, u)
}

// sourceTitle is the title of a loaded source, "" if it is not loaded.
func (r refs) sourceTitle(id string) string {
	if src, ok := r[id].(*graph.Source); ok {
		return src.Title
	}
	return ""
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
