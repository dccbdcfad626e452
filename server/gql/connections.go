package gql

import (
	"context"
	"encoding/base64"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Relay connections over legal instruments, reforms, sources and search hits. The first three
// page in the store (graph.Paginate) exactly as missions and deployments do, so totalCount is
// the store's Page.Total and cursors are the store's; search ranks in graph.RankHits and pages
// here, over the best MaxSearchResults hits.

// page is one store page of nodes of type T, with what every connection type carries.
type page[T graph.Node] struct {
	nodes    []T
	cursors  []string
	total    int
	pageInfo *PageInfo
}

// listPage runs q with the paging arguments and returns its nodes as T.
func listPage[T graph.Node](ctx context.Context, r *Resolver, q graph.ListQuery, first *int, after *string, last *int, before *string) (page[T], error) {
	if err := r.pageArgs(&q, first, after, last, before); err != nil {
		return page[T]{}, err
	}
	p, err := r.Store.List(ctx, q)
	if err != nil {
		return page[T]{}, err
	}
	out := page[T]{nodes: make([]T, 0, len(p.Nodes)), cursors: p.Cursors, total: p.Total, pageInfo: pageInfo(p)}
	for _, n := range p.Nodes {
		out.nodes = append(out.nodes, n.(T))
	}
	return out, nil
}

// order maps a GraphQL order input onto the store's order field and direction.
func order[F comparable](field F, dir *OrderDirection, fields map[F]graph.OrderField) (graph.OrderField, bool) {
	return fields[field], dir != nil && *dir == OrderDirectionDesc
}

func (r *Resolver) legalInstrumentConnection(ctx context.Context, f *LegalInstrumentFilter, first *int, after *string, last *int, before *string, o *LegalInstrumentOrder) (*LegalInstrumentConnection, error) {
	q := graph.ListQuery{Kind: graph.KindLegalInstrument}
	if f != nil {
		q.Country, q.SubKind = optCountry(f.Country), deref(f.Kind)
		q.Active = graph.DateRange{From: f.From, To: f.To}
	}
	if o != nil {
		q.Order, q.Desc = order(o.Field, o.Direction, map[LegalInstrumentOrderField]graph.OrderField{
			LegalInstrumentOrderFieldAdopted: graph.OrderDate, LegalInstrumentOrderFieldTitle: graph.OrderName})
	}
	p, err := listPage[*graph.LegalInstrument](ctx, r, q, first, after, last, before)
	if err != nil {
		return nil, err
	}
	c := &LegalInstrumentConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Edges: []*LegalInstrumentEdge{}}
	for i, n := range p.nodes {
		c.Edges = append(c.Edges, &LegalInstrumentEdge{Cursor: p.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Resolver) reformConnection(ctx context.Context, f *ReformFilter, first *int, after *string, last *int, before *string, o *ReformOrder) (*ReformConnection, error) {
	q := graph.ListQuery{Kind: graph.KindReform}
	if f != nil {
		q.Country, q.SubKind = optCountry(f.Country), deref(f.Kind)
		q.Active = graph.DateRange{From: f.From, To: f.To}
	}
	if o != nil {
		q.Order, q.Desc = order(o.Field, o.Direction, map[ReformOrderField]graph.OrderField{
			ReformOrderFieldDate: graph.OrderDate, ReformOrderFieldTitle: graph.OrderName})
	}
	p, err := listPage[*graph.Reform](ctx, r, q, first, after, last, before)
	if err != nil {
		return nil, err
	}
	c := &ReformConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Edges: []*ReformEdge{}}
	for i, n := range p.nodes {
		c.Edges = append(c.Edges, &ReformEdge{Cursor: p.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Resolver) sourceConnection(ctx context.Context, f *SourceFilter, first *int, after *string, last *int, before *string, o *SourceOrder) (*SourceConnection, error) {
	q := graph.ListQuery{Kind: graph.KindSource}
	if f != nil {
		q.SubKind = deref(f.Kind)
	}
	if o != nil {
		q.Order, q.Desc = order(o.Field, o.Direction, map[SourceOrderField]graph.OrderField{
			SourceOrderFieldTitle: graph.OrderName, SourceOrderFieldID: graph.OrderID})
	}
	p, err := listPage[*graph.Source](ctx, r, q, first, after, last, before)
	if err != nil {
		return nil, err
	}
	c := &SourceConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Edges: []*SourceEdge{}}
	for i, n := range p.nodes {
		c.Edges = append(c.Edges, &SourceEdge{Cursor: p.cursors[i], Node: n})
	}
	return c, nil
}

// DefaultSearchPage is searchConnection's page size when first is not given (as search's).
const DefaultSearchPage = 20

// searchConnection ranks the best MaxSearchResults hits and cuts the page after the cursor.
// Ranking is deterministic (score, then ID), so a cursor naming a hit's node ID finds its place
// again on the next request.
func (r *Resolver) searchConnection(ctx context.Context, text string, kinds []graph.Kind, first *int, after *string) (*SearchConnection, error) {
	const op = "gql.searchConnection"
	n := DefaultSearchPage
	if first != nil {
		n = *first
	}
	if n < 0 || n > graph.MaxSearchResults {
		return nil, graph.Errorf(graph.Invalid, op, "first must be between 0 and %d", graph.MaxSearchResults)
	}
	hits, err := r.Store.Search(ctx, graph.SearchQuery{Text: text, Kinds: kinds, First: graph.MaxSearchResults})
	if err != nil {
		return nil, err
	}
	start := 0
	if after != nil && *after != "" {
		id, ok := decodeSearchCursor(*after)
		i := slices.IndexFunc(hits, func(h graph.SearchHit) bool { return h.NodeID == id })
		if !ok || i < 0 {
			return nil, graph.Errorf(graph.Invalid, op, "malformed cursor %q, or one from another search", *after)
		}
		start = i + 1
	}
	end := min(start+n, len(hits))
	pageHits := hits[start:end]
	ids := make([]string, len(pageHits))
	for i, h := range pageHits {
		ids[i] = h.NodeID
	}
	nodes, err := r.loaders(ctx).nodes.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	c := &SearchConnection{TotalCount: len(hits), Edges: []*SearchHitEdge{}, Nodes: []*SearchHit{},
		PageInfo: &PageInfo{HasPreviousPage: start > 0, HasNextPage: end < len(hits)}}
	for i, h := range pageHits {
		hit := &SearchHit{Node: nodes[i], Score: h.Score, Snippet: optString(h.Snippet)}
		c.Edges = append(c.Edges, &SearchHitEdge{Cursor: encodeSearchCursor(h.NodeID), Node: hit})
		c.Nodes = append(c.Nodes, hit)
	}
	if len(c.Edges) > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &c.Edges[0].Cursor, &c.Edges[len(c.Edges)-1].Cursor
	}
	return c, nil
}

// Search cursors are opaque like the store's, and tagged so a list cursor is not taken for one.
func encodeSearchCursor(id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte("v1|SEARCH|" + id))
}

func decodeSearchCursor(c string) (string, bool) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", false
	}
	id, ok := strings.CutPrefix(string(b), "v1|SEARCH|")
	return id, ok && id != ""
}
