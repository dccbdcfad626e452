package gql

import (
	"context"

	"github.com/peacegraph/peacegraph/graph"
)

// Relay connections over legal instruments, reforms, sources and search hits. The first three
// page in the store (graph.Paginate) exactly as missions and deployments do, so totalCount is
// the store's Page.Total and cursors are the store's; search ranks in graph.RankHits and pages
// with graph.PageHits, over the best MaxSearchResults hits.

func (r *Resolver) legalInstrumentConnection(ctx context.Context, f *LegalInstrumentFilter, where map[string]any, first *int, after *string, last *int, before *string, o *LegalInstrumentOrder) (*LegalInstrumentConnection, error) {
	q := graph.ListQuery{Kind: graph.KindLegalInstrument}
	if f != nil {
		q.Country, q.SubKind = optCountry(f.Country), string(deref(f.Kind))
		q.Active = graph.DateRange{From: f.From, To: f.To}
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		q.Order, q.Desc = orderOf(q.Kind, string(o.Field), o.Direction, map[string]graph.OrderField{"ADOPTED": graph.OrderDate, "TITLE": graph.OrderName})
	}
	p, err := listWhere[*graph.LegalInstrument](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &LegalInstrumentConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.LegalInstrument) *LegalInstrumentEdge {
			return &LegalInstrumentEdge{Cursor: c, Node: n}
		})}, nil
}

func (r *Resolver) reformConnection(ctx context.Context, f *ReformFilter, where map[string]any, first *int, after *string, last *int, before *string, o *ReformOrder) (*ReformConnection, error) {
	q := graph.ListQuery{Kind: graph.KindReform}
	if f != nil {
		q.Country, q.SubKind = optCountry(f.Country), string(deref(f.Kind))
		q.Active = graph.DateRange{From: f.From, To: f.To}
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		q.Order, q.Desc = orderOf(q.Kind, string(o.Field), o.Direction, map[string]graph.OrderField{"DATE": graph.OrderDate, "TITLE": graph.OrderName})
	}
	p, err := listWhere[*graph.Reform](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &ReformConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Reform) *ReformEdge { return &ReformEdge{Cursor: c, Node: n} })}, nil
}

func (r *Resolver) sourceConnection(ctx context.Context, f *SourceFilter, where map[string]any, first *int, after *string, last *int, before *string, o *SourceOrder) (*SourceConnection, error) {
	q := graph.ListQuery{Kind: graph.KindSource}
	if f != nil {
		q.SubKind = string(deref(f.Kind))
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		q.Order, q.Desc = orderOf(q.Kind, string(o.Field), o.Direction, map[string]graph.OrderField{"TITLE": graph.OrderName, "ID": graph.OrderID})
	}
	p, err := listWhere[*graph.Source](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &SourceConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Source) *SourceEdge { return &SourceEdge{Cursor: c, Node: n} })}, nil
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

// The connections of the kinds without one before issue 12: one query each, mapped the same way.

// orderInput is what every <Kind>Order input holds.
func orderInput[F ~string](q *graph.ListQuery, field *F, dir *OrderDirection) {
	if field != nil {
		q.Order, q.Desc = orderOf(q.Kind, string(*field), dir, nil)
	}
}

func (r *Resolver) principleConnection(ctx context.Context, f *PrincipleFilter, where map[string]any, first *int, after *string, last *int, before *string, o *PrincipleOrder) (*PrincipleConnection, error) {
	q := graph.ListQuery{Kind: graph.KindPrinciple}
	if f != nil {
		q.Country, q.SubKind = optCountry(f.HeldBy), string(deref(f.Scope))
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := listWhere[*graph.Principle](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &PrincipleConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Principle) *PrincipleEdge { return &PrincipleEdge{Cursor: c, Node: n} })}, nil
}

func (r *Resolver) eventConnection(ctx context.Context, f *EventFilter, where map[string]any, first *int, after *string, last *int, before *string, o *EventOrder) (*EventConnection, error) {
	q := graph.ListQuery{Kind: graph.KindEvent}
	if f != nil {
		q.Country = optCountry(f.Country)
		q.Active = graph.DateRange{From: f.From, To: f.To}
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := listWhere[*graph.Event](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &EventConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Event) *EventEdge { return &EventEdge{Cursor: c, Node: n} })}, nil
}

func (r *Resolver) functionConnection(ctx context.Context, f *FunctionFilter, where map[string]any, first *int, after *string, last *int, before *string, o *FunctionOrder) (*FunctionConnection, error) {
	q := graph.ListQuery{Kind: graph.KindFunction}
	if f != nil {
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := listWhere[*graph.Function](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &FunctionConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Function) *FunctionEdge { return &FunctionEdge{Cursor: c, Node: n} })}, nil
}

func (r *Resolver) threatConnection(ctx context.Context, f *ThreatFilter, where map[string]any, first *int, after *string, last *int, before *string, o *ThreatOrder) (*ThreatConnection, error) {
	q := graph.ListQuery{Kind: graph.KindThreat}
	if f != nil {
		q.SubKind = string(deref(f.Kind))
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := listWhere[*graph.Threat](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &ThreatConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Threat) *ThreatEdge { return &ThreatEdge{Cursor: c, Node: n} })}, nil
}

func findingQuery(k graph.Kind, f *FindingFilter) graph.ListQuery {
	q := graph.ListQuery{Kind: k}
	if f != nil {
		q.Country = optCountry(f.Country)
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	return q
}

func (r *Resolver) obstacleConnection(ctx context.Context, f *FindingFilter, where map[string]any, first *int, after *string, last *int, before *string, o *ObstacleOrder) (*ObstacleConnection, error) {
	q := findingQuery(graph.KindObstacle, f)
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := listWhere[*graph.Obstacle](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &ObstacleConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Obstacle) *ObstacleEdge { return &ObstacleEdge{Cursor: c, Node: n} })}, nil
}

func (r *Resolver) benefitConnection(ctx context.Context, f *FindingFilter, where map[string]any, first *int, after *string, last *int, before *string, o *BenefitOrder) (*BenefitConnection, error) {
	q := findingQuery(graph.KindBenefit, f)
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := listWhere[*graph.Benefit](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &BenefitConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Benefit) *BenefitEdge { return &BenefitEdge{Cursor: c, Node: n} })}, nil
}

func (r *Resolver) recommendationConnection(ctx context.Context, f *FindingFilter, where map[string]any, first *int, after *string, last *int, before *string, o *RecommendationOrder) (*RecommendationConnection, error) {
	q := findingQuery(graph.KindRecommendation, f)
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := listWhere[*graph.Recommendation](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	return &RecommendationConnection{Nodes: p.nodes, TotalCount: p.total, PageInfo: p.pageInfo, Uncertain: p.uncertain,
		Edges: edgesOf(p, func(c string, n *graph.Recommendation) *RecommendationEdge {
			return &RecommendationEdge{Cursor: c, Node: n}
		})}, nil
}

// edgesOf makes a connection's edges from its page.
func edgesOf[T graph.Node, E any](p page[T], edge func(cursor string, n T) *E) []*E {
	out := make([]*E, len(p.nodes))
	for i, n := range p.nodes {
		out[i] = edge(p.cursors[i], n)
	}
	return out
}
