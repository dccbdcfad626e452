package gql

import (
	"context"

	"github.com/peacegraph/peacegraph/graph"
)

// Relay connections over legal instruments, reforms, sources and search hits. The first three
// page in the store (graph.Paginate) exactly as missions and deployments do, so totalCount is
// the store's Page.Total and cursors are the store's; search ranks in graph.RankHits and pages
// with graph.PageHits, over the best MaxSearchResults hits.

func (r *Resolver) legalInstrumentConnection(ctx context.Context, f *LegalInstrumentFilter, first *int, after *string, last *int, before *string, o *LegalInstrumentOrder) (*LegalInstrumentConnection, error) {
	q := graph.ListQuery{Kind: graph.KindLegalInstrument}
	if f != nil {
		q.Country, q.SubKind = optCountry(f.Country), string(deref(f.Kind))
		q.Active = graph.DateRange{From: f.From, To: f.To}
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		q.Order, q.Desc = order(o.Field, o.Direction, map[LegalInstrumentOrderField]graph.OrderField{
			LegalInstrumentOrderFieldAdopted: graph.OrderDate, LegalInstrumentOrderFieldTitle: graph.OrderName})
	}
	p, err := list[*graph.LegalInstrument](ctx, r, q, first, after, last, before)
	if err != nil {
		return nil, err
	}
	c := &LegalInstrumentConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Edges: []*LegalInstrumentEdge{}, Uncertain: p.uncertain}
	for i, n := range p.nodes {
		c.Edges = append(c.Edges, &LegalInstrumentEdge{Cursor: p.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Resolver) reformConnection(ctx context.Context, f *ReformFilter, first *int, after *string, last *int, before *string, o *ReformOrder) (*ReformConnection, error) {
	q := graph.ListQuery{Kind: graph.KindReform}
	if f != nil {
		q.Country, q.SubKind = optCountry(f.Country), string(deref(f.Kind))
		q.Active = graph.DateRange{From: f.From, To: f.To}
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		q.Order, q.Desc = order(o.Field, o.Direction, map[ReformOrderField]graph.OrderField{
			ReformOrderFieldDate: graph.OrderDate, ReformOrderFieldTitle: graph.OrderName})
	}
	p, err := list[*graph.Reform](ctx, r, q, first, after, last, before)
	if err != nil {
		return nil, err
	}
	c := &ReformConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Edges: []*ReformEdge{}, Uncertain: p.uncertain}
	for i, n := range p.nodes {
		c.Edges = append(c.Edges, &ReformEdge{Cursor: p.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Resolver) sourceConnection(ctx context.Context, f *SourceFilter, first *int, after *string, last *int, before *string, o *SourceOrder) (*SourceConnection, error) {
	q := graph.ListQuery{Kind: graph.KindSource}
	if f != nil {
		q.SubKind = string(deref(f.Kind))
	}
	if o != nil {
		q.Order, q.Desc = order(o.Field, o.Direction, map[SourceOrderField]graph.OrderField{
			SourceOrderFieldTitle: graph.OrderName, SourceOrderFieldID: graph.OrderID})
	}
	p, err := list[*graph.Source](ctx, r, q, first, after, last, before)
	if err != nil {
		return nil, err
	}
	c := &SourceConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Edges: []*SourceEdge{}}
	for i, n := range p.nodes {
		c.Edges = append(c.Edges, &SourceEdge{Cursor: p.cursors[i], Node: n})
	}
	return c, nil
}

// searchHits ranks the best n hits and loads their nodes, in one batch.
func (r *Resolver) searchHits(ctx context.Context, hits []graph.SearchHit) ([]*SearchHit, error) {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.NodeID
	}
	nodes, err := r.loaders(ctx).nodes.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*SearchHit, len(hits))
	for i, h := range hits {
		out[i] = &SearchHit{Node: nodes[i], Named: h.Named, Score: h.Score, Snippet: optString(h.Snippet)}
	}
	return out, nil
}

// searchConnection pages the best MaxSearchResults hits with graph.PageHits.
func (r *Resolver) searchConnection(ctx context.Context, text string, kinds []graph.Kind, first int, after *string) (*SearchConnection, error) {
	hits, err := r.Store.Search(ctx, graph.SearchQuery{Text: text, Kinds: kinds, First: graph.MaxSearchResults})
	if err != nil {
		return nil, err
	}
	p, err := graph.PageHits(hits, first, deref(after))
	if err != nil {
		return nil, err
	}
	nodes, err := r.searchHits(ctx, p.Hits)
	if err != nil {
		return nil, err
	}
	c := &SearchConnection{TotalCount: p.Total, Edges: []*SearchHitEdge{}, Nodes: nodes, PageInfo: pageInfo(p.Cursors, p.HasNext, p.HasPrevious)}
	for i, h := range nodes {
		c.Edges = append(c.Edges, &SearchHitEdge{Cursor: p.Cursors[i], Node: h})
	}
	return c, nil
}
