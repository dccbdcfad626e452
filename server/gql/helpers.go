package gql

import (
	"cmp"
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// The resolvers only map: GraphQL arguments to graph.ListQuery and graph's page helpers, store
// answers to GraphQL types. Filters, order, paging and cursors are graph's (list.go, search.go).

func localizedNames(m map[string]string) []*LocalizedName {
	out := make([]*LocalizedName, 0, len(m))
	for l, v := range m {
		out = append(out, &LocalizedName{Lang: l, Value: v})
	}
	slices.SortFunc(out, func(a, b *LocalizedName) int { return cmp.Compare(a.Lang, b.Lang) })
	return out
}

// localName is the node's label in lang (a Lang enum value), falling back to English.
func localName(n graph.Node, lang *string) string {
	if lang == nil {
		return n.Label()
	}
	return graph.LocalName(n, *lang)
}

// relatedBy loads the nodes of kind q.Kind related to id and keeps those that pass q, in its
// order (graph.Select): a country's reforms by date, its events in a range.
func relatedBy[T graph.Node](ctx context.Context, r *Resolver, id string, rel graph.RelType, dir graph.Direction, q graph.ListQuery) ([]T, error) {
	ns, err := related[T](ctx, r, id, rel, dir)
	if err != nil {
		return nil, err
	}
	return graph.Select(ns, q)
}

// nodesAs loads nodes by ID, keeping those of type T in order.
func nodesAs[T graph.Node](ctx context.Context, r *Resolver, ids []string) ([]T, error) {
	nodes, err := r.loaders(ctx).nodes.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(nodes))
	for _, n := range nodes {
		if t, ok := n.(T); ok {
			out = append(out, t)
		}
	}
	return out, nil
}

func compatibilities(self string, es []graph.Edge) []*Compatibility {
	out := make([]*Compatibility, len(es))
	for i, e := range es {
		out[i] = &Compatibility{Edge: e, Self: self}
	}
	return out
}

func reformLinks(es []graph.Edge, err error) ([]*ReformLink, error) {
	out := make([]*ReformLink, len(es))
	for i, e := range es {
		out[i] = &ReformLink{e}
	}
	return out, err
}

// linkMission is the mission of a ReformLink's source: the mission itself, or the
// deployment's mission.
func (r *Resolver) linkMission(ctx context.Context, from string) (*graph.Mission, error) {
	n, err := r.node(ctx, from)
	if err != nil || n == nil {
		return nil, err
	}
	switch v := n.(type) {
	case *graph.Mission:
		return v, nil
	case *graph.Deployment:
		return nodeAs[*graph.Mission](ctx, r, v.MissionID)
	}
	return nil, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// optCountry turns an optional ISO3 argument into a country ID ("" for none).
func optCountry(s *string) string {
	if s == nil || *s == "" {
		return ""
	}
	return graph.CountryID(*s)
}

// page is one page of nodes of type T, with what every connection type carries.
type page[T graph.Node] struct {
	nodes     []T
	cursors   []string
	total     int
	pageInfo  *PageInfo
	uncertain []string
}

func pageOf[T graph.Node](p graph.Page) page[T] {
	out := page[T]{nodes: make([]T, 0, len(p.Nodes)), cursors: p.Cursors, total: p.Total, pageInfo: pageInfo(p.Cursors, p.HasNext, p.HasPrevious),
		uncertain: append([]string{}, p.Uncertain...)}
	for _, n := range p.Nodes {
		out.nodes = append(out.nodes, n.(T))
	}
	return out
}

func pageInfo(cursors []string, next, previous bool) *PageInfo {
	pi := &PageInfo{HasNextPage: next, HasPreviousPage: previous}
	if len(cursors) > 0 {
		pi.StartCursor = &cursors[0]
		pi.EndCursor = &cursors[len(cursors)-1]
	}
	return pi
}

// list runs q through the store as a connection page (graph.ListQuery.WithPage).
func list[T graph.Node](ctx context.Context, r *Resolver, q graph.ListQuery, first *int, after *string, last *int, before *string) (page[T], error) {
	p, err := r.Store.List(ctx, q.WithPage(first, after, last, before))
	if err != nil {
		return page[T]{}, err
	}
	return pageOf[T](p), nil
}

// listAll returns every node of a query, in its order, for the plain list fields.
func listAll[T graph.Node](ctx context.Context, r *Resolver, q graph.ListQuery) ([]T, error) {
	p, err := r.Store.List(ctx, q)
	if err != nil {
		return nil, err
	}
	return pageOf[T](p).nodes, nil
}

func deploymentQuery(f *DeploymentFilter) graph.ListQuery {
	q := graph.ListQuery{Kind: graph.KindDeployment}
	if f != nil {
		q.Country = optCountry(f.Country)
		if f.Mission != nil {
			q.Mission = graph.MissionID(*f.Mission)
		}
		if f.Function != nil {
			q.Function = graph.FunctionID(*f.Function)
		}
		q.Personnel = f.Personnel
		q.Active = graph.DateRange{From: f.ActiveFrom, To: f.ActiveTo}
		q.Started = graph.DateRange{From: f.StartedFrom, To: f.StartedTo}
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	return q
}

// deploymentConnection lists deployments: all of them (Query.deployments), or those of one
// country or mission (Country.deployments, Mission.deployments: by is the filter the parent
// fixes, id the parent). A nested connection whose other filters the relationship already
// implies is answered from the relationship through the per-request loaders, with the same
// rules as Store.List (graph.ListNodes), so that a list of countries costs one batched call per
// level; any other goes to Store.List.
func (r *Resolver) deploymentConnection(ctx context.Context, f *DeploymentFilter, where map[string]any, first *int, after *string, last *int, before *string, o *DeploymentOrder, by graph.Filter, id string) (*DeploymentConnection, error) {
	q := deploymentQuery(f)
	w, err := whereOf(q.Kind, where)
	if err != nil {
		return nil, err
	}
	q.Where = w
	if o != nil {
		orderInput(&q, &o.Field, o.Direction)
	}
	p, err := r.deployments(ctx, q, by, id, first, after, last, before)
	if err != nil {
		return nil, err
	}
	pg := pageOf[*graph.Deployment](p)
	c := &DeploymentConnection{TotalCount: pg.total, PageInfo: pg.pageInfo, Edges: []*DeploymentEdge{}, Nodes: pg.nodes, Uncertain: pg.uncertain}
	for i, n := range pg.nodes {
		c.Edges = append(c.Edges, &DeploymentEdge{Cursor: pg.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Resolver) deployments(ctx context.Context, q graph.ListQuery, by graph.Filter, id string, first *int, after *string, last *int, before *string) (graph.Page, error) {
	if by == "" {
		return r.Store.List(ctx, q.WithPage(first, after, last, before))
	}
	nested, ok := q.Within(by, id)
	nested = nested.WithPage(first, after, last, before)
	info, _ := graph.InfoOf(graph.KindDeployment)
	path := info.Paths[by]
	switch {
	case !ok:
		return graph.ListNodes([]graph.Node{}, nested, nil)
	case len(nested.Filters()) > 1 || len(path) != 1 || len(nested.Counts()) > 0:
		// Other relationships to follow, or counts to compute: the store's.
		return r.Store.List(ctx, nested)
	}
	// The parent's own relationship, walked back from the parent (the loaders batch it).
	deps, err := related[*graph.Deployment](ctx, r, id, path[0].Rel, path[0].Dir.Reverse())
	if err != nil {
		return graph.Page{}, err
	}
	return graph.ListNodes(deps, nested, nil)
}

func (r *Resolver) missionConnection(ctx context.Context, f *MissionFilter, where map[string]any, first *int, after *string, last *int, before *string, o *MissionOrder) (*MissionConnection, error) {
	q := graph.ListQuery{Kind: graph.KindMission}
	if f != nil {
		q.Country = optCountry(f.Contributor)
		q.SubKind = string(deref(f.Kind))
		q.ChapterVII = f.ChapterVii
		q.Active = graph.DateRange{From: f.ActiveFrom, To: f.ActiveTo}
		q.Started = graph.DateRange{From: f.StartedFrom, To: f.StartedTo}
		q.IncludeUncertain = deref(f.IncludeUncertain)
	}
	if o != nil {
		q.Order, q.Desc = orderOf(q.Kind, string(o.Field), o.Direction, map[string]graph.OrderField{
			"START": graph.OrderDate, "NAME": graph.OrderName, "CONTRIBUTORS": graph.OrderContributors, "DEPLOYMENTS": graph.OrderDeployments})
	}
	p, err := listWhere[*graph.Mission](ctx, r, q, where, first, after, last, before)
	if err != nil {
		return nil, err
	}
	c := &MissionConnection{TotalCount: p.total, PageInfo: p.pageInfo, Edges: []*MissionEdge{}, Nodes: p.nodes, Uncertain: p.uncertain}
	for i, n := range p.nodes {
		c.Edges = append(c.Edges, &MissionEdge{Cursor: p.cursors[i], Node: n})
	}
	return c, nil
}
