package memory

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// List implements graph.Store.
func (s *Store) List(ctx context.Context, q graph.ListQuery) (graph.Page, error) {
	const op = "memory.List"
	if err := alive(ctx, op); err != nil {
		return graph.Page{}, err
	}
	if err := graph.ValidateList(q); err != nil {
		return graph.Page{}, err
	}
	if q.Country != "" && s.kindOf(q.Country) != graph.KindCountry {
		return graph.Page{}, graph.Errorf(graph.NotFound, op, "no country %q", q.Country)
	}
	if q.Mission != "" && s.kindOf(q.Mission) != graph.KindMission {
		return graph.Page{}, graph.Errorf(graph.NotFound, op, "no mission %q", q.Mission)
	}
	var items []graph.ListItem
	for _, n := range s.byKind[q.Kind] {
		if !s.matches(n, q) {
			continue
		}
		it := graph.ItemOf(n)
		if q.Kind == graph.KindMission {
			it.Count = s.missionCount(n.NodeID(), q.Order)
		}
		items = append(items, it)
	}
	p, err := graph.Paginate(items, q)
	if err != nil {
		return graph.Page{}, err
	}
	nodes, _ := s.Get(ctx, p.IDs)
	return graph.Page{Nodes: nodes, Cursors: p.Cursors, Total: p.Total, HasNext: p.HasNext, HasPrevious: p.HasPrevious}, nil
}

func (s *Store) kindOf(id string) graph.Kind {
	if n, ok := s.byID[id]; ok {
		return n.NodeKind()
	}
	return ""
}

// missionCount is the ordering count of a mission: its contributing countries or deployments.
func (s *Store) missionCount(id string, order graph.OrderField) int {
	deps := s.in[graph.RelInMission][id]
	if order == graph.OrderDeployments {
		return len(deps)
	}
	countries := map[string]bool{}
	for _, e := range deps {
		countries[s.byID[e.From].(*graph.Deployment).CountryID] = true
	}
	return len(countries)
}

func (s *Store) matches(n graph.Node, q graph.ListQuery) bool {
	if !graph.ActiveIn(n, q.Active) {
		return false
	}
	owner := func(country string) bool { return q.Country == "" || country == q.Country }
	sub := func(v string) bool { return q.SubKind == "" || v == q.SubKind }
	switch v := n.(type) {
	case *graph.Country:
		return q.CaseRole == "" || string(v.CaseRole) == q.CaseRole
	case *graph.Mission:
		if q.ChapterVII != nil && (v.ChapterVII == nil || *v.ChapterVII != *q.ChapterVII) {
			return false
		}
		if q.Country != "" && !slices.ContainsFunc(s.in[graph.RelInMission][v.ID], func(e graph.Edge) bool {
			return s.byID[e.From].(*graph.Deployment).CountryID == q.Country
		}) {
			return false
		}
		return sub(v.MissionKind)
	case *graph.Deployment:
		if !owner(v.CountryID) || (q.Mission != "" && v.MissionID != q.Mission) {
			return false
		}
		if len(q.Personnel) > 0 && !slices.ContainsFunc(v.Personnel, func(p string) bool { return slices.Contains(q.Personnel, p) }) {
			return false
		}
		if q.Function != "" && !slices.ContainsFunc(s.out[graph.RelPerformed][v.ID], func(e graph.Edge) bool { return e.To == q.Function }) {
			return false
		}
		return true
	case *graph.LegalInstrument:
		return owner(v.CountryID) && sub(v.InstrumentKind)
	case *graph.Safeguard:
		return owner(v.CountryID) && sub(v.SafeguardKind)
	case *graph.Reform:
		return owner(v.CountryID) && sub(v.ReformKind)
	case *graph.Principle:
		if q.Country != "" && !slices.ContainsFunc(s.in[graph.RelHolds][v.ID], func(e graph.Edge) bool { return e.From == q.Country }) {
			return false
		}
		return sub(v.Scope)
	case *graph.Threat:
		return sub(v.ThreatKind)
	case *graph.Source:
		return sub(v.SourceKind)
	case *graph.Obstacle:
		return owner(v.CountryID)
	case *graph.Benefit:
		return owner(v.CountryID)
	case *graph.Recommendation:
		return owner(v.CountryID)
	case *graph.Event:
		return owner(v.CountryID)
	}
	return true
}

// Search implements graph.Store: candidates from the inverted index (every query token must be
// a prefix of some indexed token), ranked by graph.ScoreNode.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	const op = "memory.Search"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	qt, err := graph.ValidateSearch(q)
	if err != nil {
		return nil, err
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
		if score, snippet, ok := s.docs[id].Score(qt); ok {
			hits = append(hits, graph.SearchHit{NodeID: id, Score: score, Snippet: snippet})
		}
	}
	return graph.RankHits(hits, q.First), nil
}

// ShortestPath implements graph.Store with a breadth-first search that keeps every shortest
// path, then picks the smallest by graph.PathLess, as the Neo4j store does.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int) ([]graph.PathStep, error) {
	const op = "memory.ShortestPath"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	if maxHops < 1 || maxHops > graph.MaxPathHops {
		return nil, graph.Errorf(graph.Invalid, op, "maxHops must be between 1 and %d", graph.MaxPathHops)
	}
	for _, id := range []string{from, to} {
		if _, ok := s.byID[id]; !ok {
			return nil, graph.Errorf(graph.NotFound, op, "no node %q", id)
		}
	}
	if from == to {
		return []graph.PathStep{{NodeID: from}}, nil
	}
	// Level-by-level BFS; best[id] is the smallest path reaching id at the current depth.
	best := map[string][]graph.PathStep{from: {{NodeID: from}}}
	frontier := []string{from}
	for depth := 1; depth <= maxHops && len(frontier) > 0; depth++ {
		next := map[string][]graph.PathStep{}
		for _, id := range frontier {
			for _, step := range s.adj[id] {
				if _, seen := best[step.NodeID]; seen {
					continue
				}
				p := append(slices.Clone(best[id]), step)
				if cur, ok := next[step.NodeID]; !ok || graph.PathLess(p, cur) {
					next[step.NodeID] = p
				}
			}
		}
		if p, ok := next[to]; ok {
			return p, nil
		}
		frontier = frontier[:0]
		for id, p := range next {
			best[id] = p
			frontier = append(frontier, id)
		}
		slices.Sort(frontier)
	}
	return []graph.PathStep{}, nil
}
