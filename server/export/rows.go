package export

import (
	"cmp"
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// Rows: what each table holds. The tables of one node kind share one builder (nodeRows); the
// personnel series and the citations have their own shape.

// rowsFunc builds a table's rows for a filter.
type rowsFunc func(ctx context.Context, s graph.Store, f filter) ([][]any, error)

// related is a relationship every row of a table follows, with the nodes at its other end.
type related struct {
	rel graph.RelType
	dir graph.Direction
}

// rowCtx is what a row's cells are made from: the nodes the rows refer to, and the rows'
// relationships.
type rowCtx struct {
	refs
	edges map[graph.RelType]map[string][]graph.Edge
}

// others are the nodes at the other end of id's edges of type rel, of type T, in edge order.
func others[T graph.Node](c rowCtx, id string, rel graph.RelType) []T {
	var out []T
	for _, e := range c.edges[rel][id] {
		if n, ok := c.refs[e.Other(id)].(T); ok {
			out = append(out, n)
		}
	}
	return out
}

// nodeRows is the one row builder of the node tables: the nodes of kind as the filter selects
// them (list), the relationships the table follows (one Edges call each), then every node the
// rows refer to in one Get (the countries that own them, the other ends, the cited sources) and
// the owners of those in a second, and one row per node from cells, ending with its sources.
func nodeRows[T graph.Node](kind graph.Kind, follow []related, cells func(c rowCtx, n T, f filter) []any) rowsFunc {
	return func(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
		ns, err := list[T](ctx, s, kind, f)
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(ns))
		var need []string
		for i, n := range ns {
			ids[i] = n.NodeID()
			need = append(need, n.OwnerID())
		}
		c := rowCtx{edges: map[graph.RelType]map[string][]graph.Edge{}}
		for _, r := range follow {
			es, err := s.Edges(ctx, ids, r.rel, r.dir)
			if err != nil {
				return nil, err
			}
			c.edges[r.rel] = es
			for id, list := range es {
				for _, e := range list {
					need = append(need, e.Other(id))
				}
			}
		}
		if c.refs, err = loadRefs(ctx, s, citedIDs(ns, need...)); err != nil {
			return nil, err
		}
		if err := c.addOwners(ctx, s); err != nil {
			return nil, err
		}
		rows := make([][]any, 0, len(ns))
		for _, n := range ns {
			rows = append(rows, c.withSources(cells(c, n, f), graph.NodeBase(n).Citations))
		}
		return rows, nil
	}
}

var (
	deploymentRows = nodeRows(graph.KindDeployment, []related{{graph.RelInMission, graph.Out}, {graph.RelPerformed, graph.Out}}, func(c rowCtx, d *graph.Deployment, f filter) []any {
		var functions []string
		for _, fn := range others[*graph.Function](c, d.ID, graph.RelPerformed) {
			functions = append(functions, fn.Code)
		}
		mission := ""
		for _, m := range others[*graph.Mission](c, d.ID, graph.RelInMission) {
			mission = m.Acronym
		}
		row := []any{d.ID, c.iso3(d.CountryID), mission, d.Title}
		row = append(append(append(row, boundCells(d.Span.Start)...), boundCells(d.Span.End)...), activity(d, f))
		return append(row, graph.Strings(d.Personnel), intp(d.PeakStrength), d.Unit, functions, string(d.Confidence))
	})
	missionRows = nodeRows(graph.KindMission, []related{{graph.RelInMission, graph.In}}, func(c rowCtx, m *graph.Mission, f filter) []any {
		deps := others[*graph.Deployment](c, m.ID, graph.RelInMission)
		var contributors []string
		for _, id := range graph.Contributors(deps) {
			contributors = append(contributors, c.iso3(id))
		}
		slices.Sort(contributors)
		var chapterVII any
		if m.ChapterVII != nil {
			chapterVII = *m.ChapterVII
		}
		row := []any{m.ID, m.Acronym, m.Name}
		row = append(append(append(row, boundCells(m.Span.Start)...), boundCells(m.Span.End)...), activity(m, f))
		return append(row, string(m.MissionKind), chapterVII, m.Host, contributors, len(c.edges[graph.RelInMission][m.ID]), string(m.Confidence))
	})
	reformRows = nodeRows(graph.KindReform, nil, func(c rowCtx, x *graph.Reform, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), string(x.ReformKind), x.Title, date(x.Date), x.Description, string(x.Confidence)}
	})
	instrumentRows = nodeRows(graph.KindLegalInstrument, nil, func(c rowCtx, x *graph.LegalInstrument, _ filter) []any {
		row := []any{x.ID, c.iso3(x.CountryID), string(x.InstrumentKind), x.Title, x.Reference, date(x.Adopted())}
		row = append(append(row, boundCells(x.InForce.Start)...), boundCells(x.InForce.End)...)
		return append(row, string(x.Confidence))
	})
	safeguardRows = nodeRows(graph.KindSafeguard, nil, func(c rowCtx, x *graph.Safeguard, f filter) []any {
		row := []any{x.ID, c.iso3(x.CountryID), string(x.SafeguardKind), x.Title}
		row = append(append(append(row, boundCells(x.InForce.Start)...), boundCells(x.InForce.End)...), activity(x, f))
		return append(row, string(x.Confidence))
	})
	eventRows = nodeRows(graph.KindEvent, nil, func(c rowCtx, x *graph.Event, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), x.Date.String(), x.Title, string(x.Confidence)}
	})
)

func personnelRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	countries := f.countries
	if len(countries) == 0 {
		cs, err := list[*graph.Country](ctx, s, graph.KindCountry, filter{})
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			countries = append(countries, c.ID)
		}
	}
	series := map[string][]graph.PersonnelPoint{}
	var ids []string
	for _, c := range countries {
		ps, err := s.PersonnelSeries(ctx, c, f.dates)
		if err != nil {
			return nil, err
		}
		series[c] = ps
		ids = append(ids, c)
		for _, p := range ps {
			ids = append(ids, sourceIDs(p.Citations)...)
		}
	}
	r, err := loadRefs(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(countries, func(a, b string) int { return cmp.Compare(r.iso3(a), r.iso3(b)) })
	var rows [][]any
	for _, c := range countries {
		for _, p := range series[c] {
			rows = append(rows, r.withSources([]any{r.iso3(c), p.Date.String(), intp(p.Troops), intp(p.Police), intp(p.Experts), p.Total(), string(p.Confidence)}, p.Citations))
		}
	}
	return rows, nil
}

func citationRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	nodes, err := nodesOf(ctx, s, f)
	if err != nil {
		return nil, err
	}
	ids := citedIDs(nodes)
	for _, n := range nodes {
		ids = append(ids, graph.CountryOf(n))
	}
	r, err := loadRefs(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for _, n := range nodes {
		for _, c := range graph.NodeBase(n).Citations {
			title := ""
			if src, ok := r[c.SourceID].(*graph.Source); ok {
				title = src.Title
			}
			rows = append(rows, r.withSources([]any{n.NodeID(), string(n.NodeKind()), n.Label(), r.iso3(graph.CountryOf(n)),
				title, c.Locator, c.Note}, []graph.Citation{c}))
		}
	}
	return rows, nil
}

// nodesOf is every node but sources that f selects, by ID: with countries, the nodes of those
// countries as the citations table defines them (a country itself, the owned kinds).
func nodesOf(ctx context.Context, s graph.Store, f filter) ([]graph.Node, error) {
	var nodes []graph.Node
	for _, k := range graph.Kinds {
		switch {
		case k.Kind == graph.KindSource:
			continue // sources are what is cited
		case len(f.countries) > 0 && k.Kind == graph.KindCountry:
			// The country filter does not apply to countries in List: take the countries named.
			cs, err := s.Get(ctx, f.countries)
			if err != nil {
				return nil, err
			}
			nodes = append(nodes, cs...)
			continue
		case len(f.countries) > 0 && k.Paths[graph.ByCountry] == nil:
			continue // of no country (threats, functions)
		}
		ns, err := list[graph.Node](ctx, s, k.Kind, f)
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, ns...)
	}
	slices.SortFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.NodeID(), b.NodeID()) })
	return nodes, nil
}

// relationshipsOf is every relationship that f selects (see the relationships table), each
// once, by type, from, to and mechanism: the relationships of the selected nodes, read in one
// call.
func relationshipsOf(ctx context.Context, s graph.Store, f filter) ([]graph.Edge, error) {
	nodes, err := nodesOf(ctx, s, filter{countries: f.countries}) // relationships are not dated
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.NodeID()
	}
	dir := graph.Both
	if len(f.countries) == 0 {
		dir = graph.Out // every node is asked: each relationship once, from its From end
	}
	m, err := s.Relationships(ctx, ids, nil, dir)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []graph.Edge
	for _, id := range ids {
		for _, e := range m[id] {
			if k := graph.EdgeKey(e); !seen[k] {
				seen[k] = true
				out = append(out, e)
			}
		}
	}
	slices.SortFunc(out, func(a, b graph.Edge) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Mechanism, b.Mechanism))
	})
	return out, nil
}

func kindOf(id string) string {
	k, _ := graph.KindOfID(id)
	return string(k)
}

func relationshipRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	es, err := relationshipsOf(ctx, s, f)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, e := range es {
		ids = append(ids, sourceIDs(e.Citations)...)
	}
	r, err := loadRefs(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(es))
	for _, e := range es {
		rows = append(rows, r.withSources([]any{string(e.Type), e.From, kindOf(e.From), e.To, kindOf(e.To), string(e.Mechanism), e.Explanation,
			date(e.Since()), e.Note, string(e.Basis), e.Inherited, slices.Clone(e.Facts), string(e.Confidence)}, e.Citations))
	}
	return rows, nil
}

func relationshipCitationRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	es, err := relationshipsOf(ctx, s, f)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, e := range es {
		ids = append(ids, sourceIDs(e.Citations)...)
	}
	r, err := loadRefs(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for _, e := range es {
		for _, c := range e.Citations {
			title := ""
			if src, ok := r[c.SourceID].(*graph.Source); ok {
				title = src.Title
			}
			rows = append(rows, r.withSources([]any{string(e.Type), e.From, e.To, string(e.Mechanism), e.Inherited, title, c.Locator, c.Note},
				[]graph.Citation{c}))
		}
	}
	return rows, nil
}
