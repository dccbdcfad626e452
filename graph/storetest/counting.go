package storetest

import (
	"context"
	"maps"
	"sync"

	"github.com/peacegraph/peacegraph/graph"
)

// Counting is a graph.Store that forwards every call to Store and counts it by method: the one
// call-counting store of the tests (the analysis call bounds, the server's no-N+1 test, the
// benchmarks' calls per request). It implements each method itself, with no embedding, so no
// call can slip past uncounted.
type Counting struct {
	Store graph.Store

	mu    sync.Mutex
	calls map[string]int
}

var _ graph.Store = (*Counting)(nil)

// NewCounting counts the calls made to s.
func NewCounting(s graph.Store) *Counting { return &Counting{Store: s, calls: map[string]int{}} }

func (c *Counting) count(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.calls == nil {
		c.calls = map[string]int{}
	}
	c.calls[method]++
}

// Take returns the counts by method so far and resets them.
func (c *Counting) Take() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.calls
	c.calls = map[string]int{}
	return out
}

// Calls returns the number of calls so far, all methods together.
func (c *Counting) Calls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for v := range maps.Values(c.calls) {
		n += v
	}
	return n
}

// Reset forgets the counts.
func (c *Counting) Reset() { c.Take() }

func (c *Counting) Get(ctx context.Context, ids []string) ([]graph.Node, error) {
	c.count("Get")
	return c.Store.Get(ctx, ids)
}

func (c *Counting) Lookup(ctx context.Context, kind graph.Kind, key string) (graph.Node, error) {
	c.count("Lookup")
	return c.Store.Lookup(ctx, kind, key)
}

func (c *Counting) List(ctx context.Context, q graph.ListQuery) (graph.Page, error) {
	c.count("List")
	return c.Store.List(ctx, q)
}

func (c *Counting) Edges(ctx context.Context, ids []string, rel graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	c.count("Edges")
	return c.Store.Edges(ctx, ids, rel, dir)
}

func (c *Counting) Relationships(ctx context.Context, ids []string, types []graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	c.count("Relationships")
	return c.Store.Relationships(ctx, ids, types, dir)
}

func (c *Counting) PersonnelSeries(ctx context.Context, countryID string, r graph.DateRange) ([]graph.PersonnelPoint, error) {
	c.count("PersonnelSeries")
	return c.Store.PersonnelSeries(ctx, countryID, r)
}

func (c *Counting) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	c.count("Search")
	return c.Store.Search(ctx, q)
}

func (c *Counting) EvidencePath(ctx context.Context, from, to string, maxHops int) ([]graph.PathStep, error) {
	c.count("EvidencePath")
	return c.Store.EvidencePath(ctx, from, to, maxHops)
}

func (c *Counting) Info(ctx context.Context) (graph.DatasetInfo, error) {
	c.count("Info")
	return c.Store.Info(ctx)
}

func (c *Counting) Ping(ctx context.Context) error {
	c.count("Ping")
	return c.Store.Ping(ctx)
}
