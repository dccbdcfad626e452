package gql

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Page sizes for connections when the Resolver does not set its own.
const (
	DefaultPageSize = 100
	DefaultMaxFirst = 500
)

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

// byDate orders nodes by their date (see graph.Span), undated last, then by ID.
func byDate[T graph.Node](ns []T, err error) ([]T, error) {
	slices.SortStableFunc(ns, func(a, b T) int {
		da, _, _ := graph.Span(a)
		db, _, _ := graph.Span(b)
		return cmp.Or(graph.ComparePtr(da, db), cmp.Compare(a.NodeID(), b.NodeID()))
	})
	return ns, err
}

func dateRange(from, to *graph.PartialDate) (graph.DateRange, error) {
	r := graph.DateRange{From: from, To: to}
	return r, r.Validate()
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

func (r *Resolver) pageArgs(q *graph.ListQuery, first *int, after *string, last *int, before *string) error {
	max := r.MaxFirst
	if max == 0 {
		max = DefaultMaxFirst
	}
	for name, v := range map[string]*int{"first": first, "last": last} {
		if v != nil && *v > max {
			return graph.Errorf(graph.Invalid, "gql.page", "%s must be at most %d (got %d); page through the list with after/before", name, max, *v)
		}
	}
	q.First, q.Last = first, last
	if first == nil && last == nil {
		n := DefaultPageSize
		q.First = &n
	}
	if after != nil {
		q.After = *after
	}
	if before != nil {
		q.Before = *before
	}
	return nil
}

// deploymentConnection lists deployments; countryID or missionID fix the owner when the
// connection hangs off a Country or a Mission (a filter naming another one gives no rows).
func (r *Resolver) deploymentConnection(ctx context.Context, f *DeploymentFilter, first *int, after *string, last *int, before *string, countryID, missionID string) (*DeploymentConnection, error) {
	q := graph.ListQuery{Kind: graph.KindDeployment, Country: countryID, Mission: missionID}
	empty := false
	if f != nil {
		if f.Country != nil {
			c := graph.CountryID(*f.Country)
			empty = empty || (countryID != "" && c != countryID)
			q.Country = c
		}
		if f.Mission != nil {
			m := graph.MissionID(*f.Mission)
			empty = empty || (missionID != "" && m != missionID)
			q.Mission = m
		}
		q.Personnel = f.Personnel
		if f.Function != nil {
			fn := strings.ToLower(*f.Function)
			if !strings.HasPrefix(fn, "function:") {
				fn = "function:" + strings.ReplaceAll(fn, "_", "-")
			}
			q.Function = fn
		}
		q.Active = graph.DateRange{From: f.ActiveFrom, To: f.ActiveTo}
	}
	if err := r.pageArgs(&q, first, after, last, before); err != nil {
		return nil, err
	}
	if empty {
		return &DeploymentConnection{Edges: []*DeploymentEdge{}, Nodes: []*graph.Deployment{}, PageInfo: &PageInfo{}}, nil
	}
	var p graph.Page
	var err error
	if (countryID != "" || missionID != "") && q.Function == "" && q.Country == countryID && q.Mission == missionID {
		p, err = r.nestedDeployments(ctx, q, countryID, missionID)
	} else {
		p, err = r.Store.List(ctx, q)
	}
	if err != nil {
		return nil, err
	}
	c := &DeploymentConnection{TotalCount: p.Total, PageInfo: pageInfo(p), Edges: []*DeploymentEdge{}, Nodes: []*graph.Deployment{}}
	for i, n := range p.Nodes {
		d := n.(*graph.Deployment)
		c.Edges = append(c.Edges, &DeploymentEdge{Cursor: p.Cursors[i], Node: d})
		c.Nodes = append(c.Nodes, d)
	}
	return c, nil
}

func pageInfo(p graph.Page) *PageInfo {
	pi := &PageInfo{HasNextPage: p.HasNext, HasPreviousPage: p.HasPrevious}
	if len(p.Cursors) > 0 {
		pi.StartCursor = &p.Cursors[0]
		pi.EndCursor = &p.Cursors[len(p.Cursors)-1]
	}
	return pi
}

// listAll returns every node of a query, in its order, for the plain list fields.
func listAll[T graph.Node](ctx context.Context, r *Resolver, q graph.ListQuery) ([]T, error) {
	p, err := r.Store.List(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(p.Nodes))
	for _, n := range p.Nodes {
		out = append(out, n.(T))
	}
	return out, nil
}

// optCountry turns an optional ISO3 argument into a country ID ("" for none).
func optCountry(s *string) string {
	if s == nil || *s == "" {
		return ""
	}
	return graph.CountryID(*s)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func (r *Resolver) missionConnection(ctx context.Context, f *MissionFilter, first *int, after *string, last *int, before *string, order *MissionOrder) (*MissionConnection, error) {
	q := graph.ListQuery{Kind: graph.KindMission}
	if f != nil {
		q.Country = optCountry(f.Contributor)
		q.SubKind = deref(f.Kind)
		q.ChapterVII = f.ChapterVii
		q.Active = graph.DateRange{From: f.ActiveFrom, To: f.ActiveTo}
	}
	if order != nil {
		q.Order = map[MissionOrderField]graph.OrderField{
			MissionOrderFieldStart: graph.OrderDate, MissionOrderFieldName: graph.OrderName,
			MissionOrderFieldContributors: graph.OrderContributors, MissionOrderFieldDeployments: graph.OrderDeployments,
		}[order.Field]
		q.Desc = order.Direction != nil && *order.Direction == OrderDirectionDesc
	}
	if err := r.pageArgs(&q, first, after, last, before); err != nil {
		return nil, err
	}
	p, err := r.Store.List(ctx, q)
	if err != nil {
		return nil, err
	}
	c := &MissionConnection{TotalCount: p.Total, PageInfo: pageInfo(p), Edges: []*MissionEdge{}, Nodes: []*graph.Mission{}}
	for i, n := range p.Nodes {
		m := n.(*graph.Mission)
		c.Edges = append(c.Edges, &MissionEdge{Cursor: p.Cursors[i], Node: m})
		c.Nodes = append(c.Nodes, m)
	}
	return c, nil
}

// nestedDeployments pages the deployments of one country or one mission through the
// per-request loaders, so that `countries { deployments { ... } }` costs one batched store
// call per level instead of one List per country. Filtering and ordering use the same shared
// rules as Store.List (graph.ActiveIn, graph.Paginate), so the answer is the same.
func (r *Resolver) nestedDeployments(ctx context.Context, q graph.ListQuery, countryID, missionID string) (graph.Page, error) {
	if err := graph.ValidateList(q); err != nil {
		return graph.Page{}, err
	}
	owner, rel := countryID, graph.RelDeployedBy
	if owner == "" {
		owner, rel = missionID, graph.RelInMission
	}
	deps, err := related[*graph.Deployment](ctx, r, owner, rel, graph.In)
	if err != nil {
		return graph.Page{}, err
	}
	byID := map[string]graph.Node{}
	var items []graph.ListItem
	for _, d := range deps {
		if (countryID != "" && d.CountryID != countryID) || (missionID != "" && d.MissionID != missionID) {
			continue
		}
		if len(q.Personnel) > 0 && !slices.ContainsFunc(d.Personnel, func(p string) bool { return slices.Contains(q.Personnel, p) }) {
			continue
		}
		if !graph.ActiveIn(d, q.Active) {
			continue
		}
		byID[d.ID] = d
		items = append(items, graph.ItemOf(d))
	}
	ids, err := graph.Paginate(items, q)
	if err != nil {
		return graph.Page{}, err
	}
	p := graph.Page{Cursors: ids.Cursors, Total: ids.Total, HasNext: ids.HasNext, HasPrevious: ids.HasPrevious}
	for _, id := range ids.IDs {
		p.Nodes = append(p.Nodes, byID[id])
	}
	return p, nil
}
