// Package memory is the in-process graph.Store: the embedded default, serving the seed dataset
// with no database. It is read-only; every index is built once by New, so concurrent readers
// need no locks.
package memory

import (
	"context"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Store serves a graph.Dataset from memory.
type Store struct {
	ds     *graph.Dataset
	byID   map[string]graph.Node
	alias  map[string]graph.Node // Base.Aliases -> the node merged into
	byKind map[graph.Kind][]graph.Node
	out    map[graph.RelType]map[string][]graph.Edge // by From
	in     map[graph.RelType]map[string][]graph.Edge // by To
	keys   map[graph.Kind]map[string]string          // lower-case natural key -> ID, per keyed kind
	index  map[string][]string                       // search token -> node IDs
	docs   map[string]graph.SearchDoc                // node ID -> its tokenized text
	tokens []string                                  // sorted keys of index, for prefix lookups
	paths  graph.PathGraph                           // every relationship, for EvidencePath
	byKey  map[string]graph.Edge                     // graph.EdgeKey -> the relationship
	info   graph.DatasetInfo
}

var _ graph.Store = (*Store)(nil)

// New indexes ds. The dataset must not be changed afterwards.
func New(ds *graph.Dataset) (*Store, error) {
	s := &Store{
		ds:     ds,
		byID:   map[string]graph.Node{},
		alias:  map[string]graph.Node{},
		byKind: map[graph.Kind][]graph.Node{},
		out:    map[graph.RelType]map[string][]graph.Edge{},
		in:     map[graph.RelType]map[string][]graph.Edge{},
		keys:   map[graph.Kind]map[string]string{},
		index:  map[string][]string{},
		docs:   map[string]graph.SearchDoc{},
		paths:  graph.NewPathGraph(),
		byKey:  map[string]graph.Edge{},
	}
	sources := 0
	for _, n := range ds.Nodes {
		id := n.NodeID()
		if _, dup := s.byID[id]; dup {
			return nil, graph.Errorf(graph.Internal, "memory.New", "duplicate node %s", id)
		}
		s.byID[id] = n
		for _, a := range graph.NodeBase(n).Aliases {
			s.alias[a] = n
		}
		s.byKind[n.NodeKind()] = append(s.byKind[n.NodeKind()], n)
		if info, _ := graph.InfoOf(n.NodeKind()); info.Keyed {
			if s.keys[info.Kind] == nil {
				s.keys[info.Kind] = map[string]string{}
			}
			s.keys[info.Kind][strings.ToLower(n.LookupKey())] = id
		}
		if n.NodeKind() == graph.KindSource {
			sources++
		}
		for _, t := range strings.Fields(graph.SearchText(n)) {
			s.index[t] = append(s.index[t], id)
		}
		s.docs[id] = graph.NewSearchDoc(n)
	}
	for a, n := range s.alias {
		if s.byID[a] != nil {
			return nil, graph.Errorf(graph.Internal, "memory.New", "%s is both a node and an alias of %s", a, n.NodeID())
		}
	}
	for t := range s.index {
		s.tokens = append(s.tokens, t)
	}
	slices.Sort(s.tokens)
	for _, e := range ds.Edges {
		if s.byID[e.From] == nil || s.byID[e.To] == nil {
			return nil, graph.Errorf(graph.Internal, "memory.New", "edge %s %s->%s has a missing end", e.Type, e.From, e.To)
		}
		if s.out[e.Type] == nil {
			s.out[e.Type], s.in[e.Type] = map[string][]graph.Edge{}, map[string][]graph.Edge{}
		}
		s.out[e.Type][e.From] = append(s.out[e.Type][e.From], e)
		s.in[e.Type][e.To] = append(s.in[e.Type][e.To], e)
		s.paths.Add(e)
		s.byKey[graph.EdgeKey(e)] = e
	}
	s.paths.Sort()
	for _, m := range []map[graph.RelType]map[string][]graph.Edge{s.out, s.in} {
		for _, byNode := range m {
			for id, es := range byNode {
				graph.SortEdges(id, es)
			}
		}
	}
	s.info = graph.DatasetInfo{Version: ds.Version, Nodes: len(ds.Nodes), Relationships: len(ds.Edges), Sources: sources, Backend: "memory"}
	return s, nil
}

func alive(ctx context.Context, op string) error {
	if err := ctx.Err(); err != nil {
		return graph.Wrap(graph.Unavailable, op, err, "request cancelled or timed out")
	}
	return nil
}

// Get implements graph.Store.
func (s *Store) Get(ctx context.Context, ids []string) ([]graph.Node, error) {
	if err := alive(ctx, "memory.Get"); err != nil {
		return nil, err
	}
	out := make([]graph.Node, len(ids))
	for i, id := range ids {
		if out[i] = s.byID[id]; out[i] == nil {
			out[i] = s.alias[id]
		}
	}
	return out, nil
}

// Lookup implements graph.Store.
func (s *Store) Lookup(ctx context.Context, kind graph.Kind, key string) (graph.Node, error) {
	const op = "memory.Lookup"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	if info, _ := graph.InfoOf(kind); !info.Keyed {
		return nil, graph.Errorf(graph.Invalid, op, "no lookup key for kind %s", kind)
	}
	id := s.keys[kind][strings.ToLower(strings.TrimSpace(key))]
	if id == "" {
		return nil, graph.Errorf(graph.NotFound, op, "no %s %q", strings.ToLower(string(kind)), key)
	}
	return s.byID[id], nil
}

// Edges implements graph.Store.
func (s *Store) Edges(ctx context.Context, ids []string, rel graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	const op = "memory.Edges"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	if _, ok := graph.RelInfoOf(rel); !ok {
		return nil, graph.Errorf(graph.Invalid, op, "unknown relationship type %q", rel)
	}
	return s.edges(ids, []graph.RelType{rel}, dir), nil
}

// Relationships implements graph.Store.
func (s *Store) Relationships(ctx context.Context, ids []string, types []graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	const op = "memory.Relationships"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	types, err := graph.CheckRelTypes(op, types)
	if err != nil {
		return nil, err
	}
	return s.edges(ids, types, dir), nil
}

// edges collects the relationships of the given types of each ID, in SortEdges order (the
// per-node lists are kept sorted, so one type one way needs no sort).
func (s *Store) edges(ids []string, types []graph.RelType, dir graph.Direction) map[string][]graph.Edge {
	out := map[string][]graph.Edge{}
	for _, id := range ids {
		var es []graph.Edge
		for _, rel := range types {
			if dir == graph.Out || dir == graph.Both {
				es = append(es, s.out[rel][id]...)
			}
			if dir == graph.In || dir == graph.Both {
				es = append(es, s.in[rel][id]...)
			}
		}
		if len(es) == 0 {
			continue
		}
		if dir == graph.Both || len(types) > 1 {
			es = slices.Clone(es)
			graph.SortEdges(id, es)
		}
		out[id] = es
	}
	return out
}

// PersonnelSeries implements graph.Store.
func (s *Store) PersonnelSeries(ctx context.Context, countryID string, r graph.DateRange) ([]graph.PersonnelPoint, error) {
	const op = "memory.PersonnelSeries"
	if err := alive(ctx, op); err != nil {
		return nil, err
	}
	if err := r.Validate(); err != nil {
		return nil, graph.WithOp(op, err)
	}
	if n, ok := s.byID[countryID]; !ok || n.NodeKind() != graph.KindCountry {
		return nil, graph.Errorf(graph.NotFound, op, "no country %q", countryID)
	}
	out := []graph.PersonnelPoint{}
	for _, p := range s.ds.Personnel[countryID] {
		if r.Contains(p.Date) {
			out = append(out, p)
		}
	}
	return out, nil
}

// Info implements graph.Store.
func (s *Store) Info(ctx context.Context) (graph.DatasetInfo, error) {
	if err := alive(ctx, "memory.Info"); err != nil {
		return graph.DatasetInfo{}, err
	}
	return s.info, nil
}

// Ping implements graph.Store: memory is always there.
func (s *Store) Ping(ctx context.Context) error { return alive(ctx, "memory.Ping") }
