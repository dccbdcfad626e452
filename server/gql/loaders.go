package gql

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/vikstrous/dataloadgen"
)

// Per-request loaders batch the node and relationship look-ups of one nesting level into one
// store call each: gqlgen resolves the fields of a list's elements concurrently, and every
// Load made within the wait window goes out as one Store.Get or Store.Edges.

// DefaultLoaderWait is how long a loader collects keys before fetching, when the Resolver does
// not say. Sibling resolvers start within microseconds of each other, but on a busy machine the
// results of the previous level reach them over a few milliseconds: 5 ms batches them reliably.
// Every nesting level pays it (docs/benchmarks.md), so an in-process store, whose calls cost
// microseconds, is better served by a shorter window (the server uses 1 ms for memory).
const DefaultLoaderWait = 5 * time.Millisecond

type edgeKey struct {
	rel graph.RelType
	dir graph.Direction
}

type loaders struct {
	store graph.Store
	wait  time.Duration
	nodes *dataloadgen.Loader[string, graph.Node]

	mu    sync.Mutex
	edges map[edgeKey]*dataloadgen.Loader[string, []graph.Edge]
	rels  map[relsKey]*dataloadgen.Loader[string, []graph.Edge]
}

// relsKey names a Relationships loader: a set of types (sorted, joined) and a direction.
type relsKey struct {
	types string
	dir   graph.Direction
}

type loadersKey struct{}

// WithLoaders returns a context carrying fresh loaders over s, for one GraphQL operation; wait
// is the batching window (DefaultLoaderWait when zero).
func WithLoaders(ctx context.Context, s graph.Store, wait time.Duration) context.Context {
	if wait <= 0 {
		wait = DefaultLoaderWait
	}
	l := &loaders{store: s, wait: wait, edges: map[edgeKey]*dataloadgen.Loader[string, []graph.Edge]{},
		rels: map[relsKey]*dataloadgen.Loader[string, []graph.Edge]{}}
	l.nodes = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]graph.Node, []error) {
		nodes, err := s.Get(ctx, ids)
		if err != nil {
			return make([]graph.Node, len(ids)), fill(len(ids), err)
		}
		return nodes, nil
	}, dataloadgen.WithWait(wait))
	return context.WithValue(ctx, loadersKey{}, l)
}

// fill gives every key of a failed batch the store's own error. The results slice beside it
// must have one (zero) element per key too: dataloadgen checks the lengths first and, given
// nil results, replaces every error with "bug in fetch function: 0 values returned", which
// the error presenter cannot tell from bad input (issue 14: an outage answered as "no such
// country").
func fill(n int, err error) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}

// loadersFor returns the request's loaders, creating uncached ones if the server did not
// install any (as in resolver unit tests).
func (r *Resolver) loaders(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return WithLoaders(ctx, r.Store, r.LoaderWait).Value(loadersKey{}).(*loaders)
}

func (l *loaders) edgeLoader(rel graph.RelType, dir graph.Direction) *dataloadgen.Loader[string, []graph.Edge] {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := edgeKey{rel, dir}
	if ld, ok := l.edges[k]; ok {
		return ld
	}
	ld := dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]graph.Edge, []error) {
		m, err := l.store.Edges(ctx, ids, rel, dir)
		if err != nil {
			return make([][]graph.Edge, len(ids)), fill(len(ids), err)
		}
		out := make([][]graph.Edge, len(ids))
		for i, id := range ids {
			out[i] = m[id]
		}
		return out, nil
	}, dataloadgen.WithWait(l.wait))
	l.edges[k] = ld
	return ld
}

// relsLoader batches Store.Relationships for one set of types (nil: every type) and direction.
func (l *loaders) relsLoader(types []graph.RelType, dir graph.Direction) *dataloadgen.Loader[string, []graph.Edge] {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := relsKey{strings.Join(graph.Strings(types), "|"), dir}
	if ld, ok := l.rels[k]; ok {
		return ld
	}
	ld := dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]graph.Edge, []error) {
		m, err := l.store.Relationships(ctx, ids, types, dir)
		if err != nil {
			return make([][]graph.Edge, len(ids)), fill(len(ids), err)
		}
		out := make([][]graph.Edge, len(ids))
		for i, id := range ids {
			out[i] = m[id]
		}
		return out, nil
	}, dataloadgen.WithWait(l.wait))
	l.rels[k] = ld
	return ld
}

// relationshipEdges loads the relationships of one node of any of types (none: every type);
// an unknown type is Invalid before any store call.
func (r *Resolver) relationshipEdges(ctx context.Context, id string, types []graph.RelType, dir graph.Direction) ([]graph.Edge, error) {
	types, err := graph.CheckRelTypes("gql.relationships", types)
	if err != nil {
		return nil, err
	}
	if len(types) == len(graph.Relations) {
		types = nil
	}
	return r.loaders(ctx).relsLoader(types, dir).Load(ctx, id)
}

// relationships is every node type's relationships field.
func (r *Resolver) relationships(ctx context.Context, id string, types []graph.RelType, dir *graph.Direction) ([]*Relationship, error) {
	d := graph.Both
	if dir != nil {
		d = *dir
	}
	es, err := r.relationshipEdges(ctx, id, types, d)
	return relationships(id, es), err
}

// node loads one node, nil if it does not exist.
func (r *Resolver) node(ctx context.Context, id string) (graph.Node, error) {
	if id == "" {
		return nil, nil
	}
	return r.loaders(ctx).nodes.Load(ctx, id)
}

// nodeAs loads one node of type T; nil if it does not exist.
func nodeAs[T graph.Node](ctx context.Context, r *Resolver, id string) (T, error) {
	var zero T
	n, err := r.node(ctx, id)
	if err != nil || n == nil {
		return zero, err
	}
	t, ok := n.(T)
	if !ok {
		return zero, graph.Errorf(graph.Internal, "gql.node", "%s is a %s", id, n.NodeKind())
	}
	return t, nil
}

// edges loads the relationships of one node.
func (r *Resolver) edges(ctx context.Context, id string, rel graph.RelType, dir graph.Direction) ([]graph.Edge, error) {
	return r.loaders(ctx).edgeLoader(rel, dir).Load(ctx, id)
}

// related loads the nodes at the other end of id's relationships, in edge order, skipping
// duplicates (a node linked twice, e.g. by two mechanisms).
func related[T graph.Node](ctx context.Context, r *Resolver, id string, rel graph.RelType, dir graph.Direction) ([]T, error) {
	es, err := r.edges(ctx, id, rel, dir)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(es))
	seen := map[string]bool{}
	for _, e := range es {
		o := e.Other(id)
		if !seen[o] {
			seen[o] = true
			ids = append(ids, o)
		}
	}
	ns, err := nodesAs[T](ctx, r, ids)
	graph.OrdinalOrder(ns)
	return ns, err
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
