package export

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Rows: what each table holds. The tables of one node kind share one builder (nodeRows); the
// personnel series, the citations, the sources and the graph tables have their own shape.
// A date cell is a *graph.PartialDate (or nil): render expands it into its four columns.

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

// iso3s is the ISO3 codes of countries, sorted.
func (c rowCtx) iso3s(cs []*graph.Country) []string {
	var out []string
	for _, x := range cs {
		out = append(out, x.ISO3)
	}
	slices.Sort(out)
	return out
}

// load follows the relationships of ids and loads every node the rows refer to (the countries
// that own them, the other ends, the cited sources) in one Get, and the owners of those in a
// second.
func loadRowCtx(ctx context.Context, s graph.Store, ids []string, follow []related, need []string) (rowCtx, error) {
	c := rowCtx{edges: map[graph.RelType]map[string][]graph.Edge{}}
	for _, r := range follow {
		es := map[string][]graph.Edge{}
		if len(ids) > 0 {
			var err error
			if es, err = s.Edges(ctx, ids, r.rel, r.dir); err != nil {
				return rowCtx{}, err
			}
		}
		c.edges[r.rel] = es
		for id, list := range es {
			for _, e := range list {
				need = append(need, e.Other(id))
				need = append(need, sourceIDs(e.Citations)...)
			}
		}
	}
	var err error
	if c.refs, err = loadRefs(ctx, s, need); err != nil {
		return rowCtx{}, err
	}
	return c, c.addOwners(ctx, s)
}

// nodeRows is the one row builder of the node tables: the nodes of kind as the filter selects
// them (list, then keep when not nil), the relationships the table follows (one Edges call
// each), every node the rows refer to, and one row per node from cells, ending with its
// sources.
func nodeRows[T graph.Node](kind graph.Kind, follow []related, keep func(c rowCtx, n T, f filter) bool, cells func(c rowCtx, n T, f filter) []any) rowsFunc {
	return func(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
		lf := f
		if info, _ := graph.InfoOf(kind); info.Paths[graph.ByCountry] == nil {
			lf.countries = nil // of no country: keep decides
		}
		ns, err := list[T](ctx, s, kind, lf)
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(ns))
		need := citedIDs(ns)
		for i, n := range ns {
			ids[i] = n.NodeID()
			need = append(need, n.OwnerID())
		}
		c, err := loadRowCtx(ctx, s, ids, follow, need)
		if err != nil {
			return nil, err
		}
		rows := make([][]any, 0, len(ns))
		for _, n := range ns {
			if keep != nil && !keep(c, n, f) {
				continue
			}
			rows = append(rows, c.withSources(cells(c, n, f), graph.NodeBase(n).Citations))
		}
		return rows, nil
	}
}

var (
	deploymentRows = nodeRows(graph.KindDeployment, []related{{graph.RelInMission, graph.Out}, {graph.RelPerformed, graph.Out}}, nil, func(c rowCtx, d *graph.Deployment, f filter) []any {
		var functions []string
		for _, fn := range others[*graph.Function](c, d.ID, graph.RelPerformed) {
			functions = append(functions, fn.Code)
		}
		mission := ""
		for _, m := range others[*graph.Mission](c, d.ID, graph.RelInMission) {
			mission = m.Acronym
		}
		return []any{d.ID, c.iso3(d.CountryID), mission, d.Title, d.Span.Start, d.Span.End, activity(d, f),
			graph.Strings(d.Personnel), intp(d.PeakStrength), d.Unit, functions, string(d.Confidence)}
	})
	missionRows = nodeRows(graph.KindMission, []related{{graph.RelInMission, graph.In}}, nil, func(c rowCtx, m *graph.Mission, f filter) []any {
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
		return []any{m.ID, m.Acronym, m.Name, m.Span.Start, m.Span.End, activity(m, f), string(m.MissionKind),
			chapterVII, m.Host, contributors, len(c.edges[graph.RelInMission][m.ID]), string(m.Confidence)}
	})
	reformRows = nodeRows(graph.KindReform, nil, nil, func(c rowCtx, x *graph.Reform, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), string(x.ReformKind), x.Title, x.Date, x.Description, string(x.Confidence)}
	})
	instrumentRows = nodeRows(graph.KindLegalInstrument, nil, nil, func(c rowCtx, x *graph.LegalInstrument, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), string(x.InstrumentKind), x.Title, x.Reference, x.Adopted(), x.InForce.Start, x.InForce.End, string(x.Confidence)}
	})
	safeguardRows = nodeRows(graph.KindSafeguard, nil, nil, func(c rowCtx, x *graph.Safeguard, f filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), string(x.SafeguardKind), x.Title, x.InForce.Start, x.InForce.End, activity(x, f), string(x.Confidence)}
	})
	eventRows = nodeRows(graph.KindEvent, nil, nil, func(c rowCtx, x *graph.Event, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), &x.Date, x.Title, string(x.Confidence)}
	})
	principleRows = sortedRows(nodeRows(graph.KindPrinciple, []related{{graph.RelHolds, graph.In}, {graph.RelCompatibleWith, graph.Both}}, nil, func(c rowCtx, p *graph.Principle, _ filter) []any {
		var compatible []string
		for _, o := range others[*graph.Principle](c, p.ID, graph.RelCompatibleWith) {
			compatible = append(compatible, o.ID)
		}
		return []any{p.ID, string(p.Scope), p.Name, p.Description, c.iso3s(others[*graph.Country](c, p.ID, graph.RelHolds)), compatible, string(p.Confidence)}
	}))
	threatRows = sortedRows(nodeRows(graph.KindThreat, []related{{graph.RelPerceives, graph.In}}, func(c rowCtx, t *graph.Threat, f filter) bool {
		return len(f.countries) == 0 || slices.ContainsFunc(others[*graph.Country](c, t.ID, graph.RelPerceives), func(x *graph.Country) bool { return slices.Contains(f.countries, x.ID) })
	}, func(c rowCtx, t *graph.Threat, _ filter) []any {
		return []any{t.ID, string(t.ThreatKind), t.Name, t.Description, c.iso3s(others[*graph.Country](c, t.ID, graph.RelPerceives)), string(t.Confidence)}
	}))
	obstacleRows = sortedRows(nodeRows(graph.KindObstacle, []related{{graph.RelOvercomes, graph.In}}, nil, func(c rowCtx, x *graph.Obstacle, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), x.Title, x.Description, nodeIDs(others[*graph.Recommendation](c, x.ID, graph.RelOvercomes)), string(x.Confidence)}
	}))
	benefitRows = sortedRows(nodeRows(graph.KindBenefit, nil, nil, func(c rowCtx, x *graph.Benefit, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), x.Title, x.Description, string(x.Confidence)}
	}))
	recommendationRows = sortedRows(nodeRows(graph.KindRecommendation, []related{{graph.RelOvercomes, graph.Out}}, nil, func(c rowCtx, x *graph.Recommendation, _ filter) []any {
		return []any{x.ID, c.iso3(x.CountryID), x.Title, x.Description, nodeIDs(others[*graph.Obstacle](c, x.ID, graph.RelOvercomes)), string(x.Confidence)}
	}))
)

// sortedRows orders the rows of an undated table by their label (cell 2: name or title), then
// ID (cell 0), case- and accent-insensitively.
func sortedRows(f rowsFunc) rowsFunc {
	return func(ctx context.Context, s graph.Store, fl filter) ([][]any, error) {
		rows, err := f(ctx, s, fl)
		slices.SortStableFunc(rows, func(a, b []any) int {
			return cmp.Or(cmp.Compare(graph.Fold(a[2].(string)), graph.Fold(b[2].(string))), cmp.Compare(a[0].(string), b[0].(string)))
		})
		return rows, err
	}
}

func nodeIDs[T graph.Node](ns []T) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.NodeID())
	}
	return out
}

// reformLinkRows: the CATALYZED relationships into the reforms the filter selects.
func reformLinkRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	reforms, err := list[*graph.Reform](ctx, s, graph.KindReform, f)
	if err != nil {
		return nil, err
	}
	ids := nodeIDs(reforms)
	need := []string{}
	for _, r := range reforms {
		need = append(need, r.CountryID)
	}
	c, err := loadRowCtx(ctx, s, ids, []related{{graph.RelCatalyzed, graph.In}}, need)
	if err != nil {
		return nil, err
	}
	// The missions of the linked deployments, in one more Get.
	var missions []string
	for _, n := range c.refs {
		if d, ok := n.(*graph.Deployment); ok {
			missions = append(missions, d.MissionID)
		}
	}
	more, err := loadRefs(ctx, s, missions)
	if err != nil {
		return nil, err
	}
	for id, n := range more {
		c.refs[id] = n
	}
	var rows [][]any
	for _, r := range reforms {
		for _, e := range c.edges[graph.RelCatalyzed][r.ID] {
			deployment, mission := "", ""
			switch from := c.refs[e.From].(type) {
			case *graph.Deployment:
				deployment = from.ID
				if m, ok := c.refs[from.MissionID].(*graph.Mission); ok {
					mission = m.Acronym
				}
			case *graph.Mission:
				mission = from.Acronym
			}
			rows = append(rows, c.withSources([]any{r.ID, c.iso3(r.CountryID), deployment, mission, string(e.Mechanism), e.Explanation, string(e.Confidence)}, e.Citations))
		}
	}
	return rows, nil
}

// countriesOf is the filter's countries, or every country.
func countriesOf(ctx context.Context, s graph.Store, f filter) ([]string, error) {
	if len(f.countries) > 0 {
		return slices.Clone(f.countries), nil
	}
	cs, err := list[*graph.Country](ctx, s, graph.KindCountry, filter{})
	if err != nil {
		return nil, err
	}
	return nodeIDs(cs), nil
}

// perceptionRows: the PERCEIVES relationships of the filter's countries, a perception lasting
// from its since date on.
func perceptionRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	countries, err := countriesOf(ctx, s, f)
	if err != nil {
		return nil, err
	}
	c, err := loadRowCtx(ctx, s, countries, []related{{graph.RelPerceives, graph.Out}}, countries)
	if err != nil {
		return nil, err
	}
	type row struct {
		e    graph.Edge
		iso3 string
	}
	var kept []row
	tf := f.time()
	for _, id := range countries {
		for _, e := range c.edges[graph.RelPerceives][id] {
			if !tf.IsZero() && !tf.Keeps(tf.Match(perceptionSpan(e).Interval())) {
				continue
			}
			kept = append(kept, row{e, c.iso3(id)})
		}
	}
	slices.SortFunc(kept, func(a, b row) int {
		return cmp.Or(cmp.Compare(a.iso3, b.iso3), graph.ComparePtr(a.e.Since(), b.e.Since()), cmp.Compare(a.e.To, b.e.To))
	})
	rows := make([][]any, 0, len(kept))
	for _, k := range kept {
		name := ""
		if t, ok := c.refs[k.e.To].(*graph.Threat); ok {
			name = t.Name
		}
		sp := perceptionSpan(k.e)
		var act any
		if !tf.IsZero() {
			if ce := graph.CertaintyOf(tf.Match(sp.Interval())); ce != "" {
				act = string(ce)
			}
		}
		rows = append(rows, c.withSources([]any{k.iso3, k.e.To, name, sp.Start, sp.End, act, k.e.Note, string(k.e.Confidence)}, k.e.Citations))
	}
	return rows, nil
}

// perceptionSpan is a perception's span: its own, or, when the sources date none, one of
// unknown bounds (a perception is always dated or not; never taken as "always").
func perceptionSpan(e graph.Edge) graph.Span {
	if e.Span != nil {
		return *e.Span
	}
	return graph.PointSpan(nil)
}

// personnel is the filter's personnel series, by country ISO3, with what their rows refer to.
func personnel(ctx context.Context, s graph.Store, f filter) (countries []string, series map[string][]graph.PersonnelPoint, r refs, err error) {
	if countries, err = countriesOf(ctx, s, f); err != nil {
		return nil, nil, nil, err
	}
	series = map[string][]graph.PersonnelPoint{}
	var ids []string
	for _, c := range countries {
		ps, err := s.PersonnelSeries(ctx, c, f.dates)
		if err != nil {
			return nil, nil, nil, err
		}
		series[c] = ps
		ids = append(ids, c)
		for _, p := range ps {
			ids = append(ids, sourceIDs(p.Citations)...)
		}
	}
	if r, err = loadRefs(ctx, s, ids); err != nil {
		return nil, nil, nil, err
	}
	slices.SortFunc(countries, func(a, b string) int { return cmp.Compare(r.iso3(a), r.iso3(b)) })
	return countries, series, r, nil
}

func personnelRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	countries, series, r, err := personnel(ctx, s, f)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for _, c := range countries {
		for _, p := range series[c] {
			rows = append(rows, r.withSources([]any{r.iso3(c), &p.Date, intp(p.Troops), intp(p.Police), intp(p.Experts), p.Total(), string(p.Confidence)}, p.Citations))
		}
	}
	return rows, nil
}

func personnelLongRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	countries, series, r, err := personnel(ctx, s, f)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for _, c := range countries {
		for _, p := range series[c] {
			for _, v := range []struct {
				category string
				n        *int
			}{{"troops", p.Troops}, {"police", p.Police}, {"experts", p.Experts}} {
				if v.n != nil {
					rows = append(rows, r.withSources([]any{r.iso3(c), &p.Date, v.category, *v.n, string(p.Confidence)}, p.Citations))
				}
			}
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
			rows = append(rows, r.withSources([]any{n.NodeID(), string(n.NodeKind()), n.Label(), r.iso3(graph.CountryOf(n)),
				r.sourceTitle(c.SourceID), c.Locator, c.Note}, []graph.Citation{c}))
		}
	}
	return rows, nil
}

// relationshipsOf is every relationship that f selects (see the relationships table), each
// once, by type, from, to and mechanism: the relationships of the selected nodes, read in one
// call.
func relationshipsOf(ctx context.Context, s graph.Store, f filter) ([]graph.Edge, error) {
	nodes, err := nodesOf(ctx, s, filter{countries: f.countries}) // relationships are not dated
	if err != nil {
		return nil, err
	}
	ids := nodeIDs(nodes)
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

// relationshipCells are a relationship's cells, in the relationships table's order.
func (r refs) relationshipCells(e graph.Edge) []any {
	var since, until any
	if e.Span != nil {
		since, until = e.Span.Start, e.Span.End
	}
	return r.withSources([]any{graph.EdgeKey(e), string(e.Type), e.From, kindOf(e.From), e.To, kindOf(e.To), string(e.Mechanism), e.Explanation,
		since, until, string(e.Role), e.Note, string(e.Basis), e.Inherited, slices.Clone(e.Facts), string(e.Confidence)}, e.Citations)
}

// relationshipRefs loads the sources the relationships cite.
func relationshipRefs(ctx context.Context, s graph.Store, es []graph.Edge) (refs, error) {
	var ids []string
	for _, e := range es {
		ids = append(ids, sourceIDs(e.Citations)...)
	}
	return loadRefs(ctx, s, ids)
}

func relationshipRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	es, err := relationshipsOf(ctx, s, f)
	if err != nil {
		return nil, err
	}
	r, err := relationshipRefs(ctx, s, es)
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(es))
	for _, e := range es {
		rows = append(rows, r.relationshipCells(e))
	}
	return rows, nil
}

func relationshipCitationRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	es, err := relationshipsOf(ctx, s, f)
	if err != nil {
		return nil, err
	}
	r, err := relationshipRefs(ctx, s, es)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for _, e := range es {
		for _, c := range e.Citations {
			rows = append(rows, r.withSources([]any{string(e.Type), e.From, e.To, string(e.Mechanism), e.Inherited, r.sourceTitle(c.SourceID), c.Locator, c.Note},
				[]graph.Citation{c}))
		}
	}
	return rows, nil
}

// subgraph is the graph tables' selection: the relationships table's rows and their nodes:
// the entities the citations table selects for the countries, and the other ends.
type subgraph struct {
	nodes    []graph.Node // by ID
	selected map[string]bool
	edges    []graph.Edge
	refs     refs // the nodes, their countries and the cited sources
}

func loadSubgraph(ctx context.Context, s graph.Store, f filter) (subgraph, error) {
	sel, err := nodesOf(ctx, s, filter{countries: f.countries})
	if err != nil {
		return subgraph{}, err
	}
	g := subgraph{selected: map[string]bool{}}
	if g.edges, err = relationshipsOf(ctx, s, f); err != nil {
		return subgraph{}, err
	}
	var need []string
	for _, e := range g.edges {
		need = append(need, e.From, e.To)
		need = append(need, sourceIDs(e.Citations)...)
	}
	for _, n := range sel {
		g.selected[n.NodeID()] = true
		need = append(need, graph.CountryOf(n))
		need = append(need, sourceIDs(graph.NodeBase(n).Citations)...)
	}
	if g.refs, err = loadRefs(ctx, s, need); err != nil {
		return subgraph{}, err
	}
	for _, n := range sel {
		g.refs[n.NodeID()] = n
	}
	if err := g.refs.addOwners(ctx, s); err != nil {
		return subgraph{}, err
	}
	in := map[string]bool{}
	for _, n := range sel {
		in[n.NodeID()] = true
		g.nodes = append(g.nodes, n)
	}
	for _, e := range g.edges {
		for _, id := range []string{e.From, e.To} {
			if !in[id] {
				in[id] = true
				if n := g.refs[id]; n != nil {
					g.nodes = append(g.nodes, n)
				}
			}
		}
	}
	slices.SortFunc(g.nodes, func(a, b graph.Node) int { return cmp.Compare(a.NodeID(), b.NodeID()) })
	return g, nil
}

func (g subgraph) nodeCells(n graph.Node) []any {
	var start, end any
	if sp, ok := n.TimeSpan(); ok {
		start, end = sp.Start, sp.End
	}
	return g.refs.withSources([]any{n.NodeID(), string(n.NodeKind()), n.Label(), n.SubKind(), g.refs.iso3(graph.CountryOf(n)),
		start, end, g.selected[n.NodeID()], string(graph.NodeBase(n).Confidence)}, graph.NodeBase(n).Citations)
}

func nodeRowsAll(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	g, err := loadSubgraph(ctx, s, f)
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(g.nodes))
	for _, n := range g.nodes {
		rows = append(rows, g.nodeCells(n))
	}
	return rows, nil
}

// authorsCell joins a source's authors for the sources table.
func authorsCell(s *graph.Source) string { return strings.Join(s.Authors, "; ") }
