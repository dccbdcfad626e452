package memory

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// List implements graph.Store: the relationship filters by walking graph.KindInfo.Paths, the
// rest by graph.ListNodes.
func (s *Store) List(ctx context.Context, q graph.ListQuery) (graph.Page, error) {
	const op = "memory.List"
	if err := alive(ctx, op); err != nil {
		return graph.Page{}, err
	}
	if err := graph.ValidateList(q); err != nil {
		return graph.Page{}, graph.WithOp(op, err)
	}
	if q.Country != "" && s.kindOf(q.Country) != graph.KindCountry {
		return graph.Page{}, graph.Errorf(graph.NotFound, op, "no country %q", q.Country)
	}
	if q.Mission != "" && s.kindOf(q.Mission) != graph.KindMission {
		return graph.Page{}, graph.Errorf(graph.NotFound, op, "no mission %q", q.Mission)
	}
	info, _ := graph.InfoOf(q.Kind)
	filters := q.Filters()
	var nodes []graph.Node
	for _, n := range s.byKind[q.Kind] {
		if s.reachesAll(n.NodeID(), info, filters) {
			nodes = append(nodes, n)
		}
	}
	var count func(graph.Node) int
	switch q.Order {
	case graph.OrderContributors:
		count = func(n graph.Node) int { return len(s.walk(n.NodeID(), graph.ContributorPath)) }
	case graph.OrderDeployments:
		count = func(n graph.Node) int { return len(s.in[graph.RelInMission][n.NodeID()]) }
	}
	p, err := graph.ListNodes(nodes, q, count)
	return p, graph.WithOp(op, err)
}

func (s *Store) kindOf(id string) graph.Kind {
	if n, ok := s.byID[id]; ok {
		return n.NodeKind()
	}
	return ""
}

// reachesAll reports whether id reaches, for every filter, the node it names along the kind's
// path for it.
func (s *Store) reachesAll(id string, info graph.KindInfo, filters map[graph.Filter]string) bool {
	for f, target := range filters {
		if !slices.Contains(s.walk(id, info.Paths[f]), target) {
			return false
		}
	}
	return true
}

// walk returns the distinct nodes at the end of path from id.
func (s *Store) walk(id string, path graph.Path) []string {
	at := []string{id}
	for _, h := range path {
		var next []string
		for _, n := range at {
			if h.Dir == graph.Out || h.Dir == graph.Both {
				for _, e := range s.out[h.Rel][n] {
					next = append(next, e.To)
				}
			}
			if h.Dir == graph.In || h.Dir == graph.Both {
				for _, e := range s.in[h.Rel][n] {
					next = append(next, e.From)
				}
			}
		}
		slices.Sort(next)
		at = slices.Compact(next)
	}
	return at
}

// Search implements graph.Store: candidates from the inverted index (every query token must be
// a prefix of some indexed token), ranked by graph.SearchDoc.Hit and graph.RankHits.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	const op = "memory.Search"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	qt, err := graph.ValidateSearch(q)
	if err != nil {
		return nil, graph.WithOp(op, err)
	}
	var candidates map[string]bool
	for _, t := range qt {
		found := map[string]bool{}
		i := sort.SearchStrings(s.tokens, t)
		for ; i < len(s.tokens) && strings.HasPrefix(s.tokens[i], t); i++ {
			for _, id := range s.index[s.tokens[i]] {
				if candidates == nil || candidates[id] {
					found[id] = true
				}
			}
		}
		candidates = found
		if len(candidates) == 0 {
			return []graph.SearchHit{}, nil
		}
	}
	hits := []graph.SearchHit{}
	for id := range candidates {
		n := s.byID[id]
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, n.NodeKind()) {
			continue
		}
		if h, ok := s.docs[id].Hit(id, qt); ok {
			hits = append(hits, h)
		}
	}
	return graph.RankHits(hits, q.First), nil
}

// EvidencePath implements graph.Store: graph.BestPath over the whole graph, each step with
// its relationship.
func (s *Store) EvidencePath(ctx context.Context, from, to string, maxHops int) ([]graph.PathStep, error) {
	const op = "memory.EvidencePath"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	if err := graph.ValidatePath(op, maxHops); err != nil {
		return nil, err
	}
	for _, id := range []string{from, to} {
		if _, ok := s.byID[id]; !ok {
			return nil, graph.Errorf(graph.NotFound, op, "no node %q", id)
		}
	}
	p := graph.BestPath(s.paths, from, to, maxHops)
	for i := 1; i < len(p); i++ {
		e := s.byKey[p[i].Key]
		p[i].Edge = &e
	}
	return p, nil
}
