package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peacegraph/peacegraph/graph"
)

// Every query below is a constant, or assembled from constant fragments and from names taken
// from graph.Kinds and graph.Relations (checked by mustName). Values from callers always travel
// as parameters.

// searchIndex is the full-text index of schema/neo4j/003_fulltext.cypher.
const searchIndex = "entity_search"

const getQuery = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind, n.doc AS doc`

// aliasQuery finds the nodes that IDs not found by getQuery were merged into (Base.Aliases,
// stored as the aliases list property). Rare, so not indexed: a scan of the entities.
const aliasQuery = `
MATCH (n:Entity) WHERE any(a IN n.aliases WHERE a IN $ids)
RETURN n.aliases AS aliases, n.kind AS kind, n.doc AS doc`

// Get returns the nodes with the given IDs in the order asked (nil for unknown IDs), in one
// query whatever the number of IDs, and a second only when some ID is not a node's (it may
// be an alias).
func (s *Store) Get(ctx context.Context, ids []string) ([]graph.Node, error) {
	const op = "neo4j.Get"
	out := make([]graph.Node, len(ids))
	if len(ids) == 0 {
		return out, s.usable(op)
	}
	recs, err := s.read(ctx, op, getQuery, map[string]any{"ids": uniq(ids)})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]graph.Node, len(recs))
	for _, r := range recs {
		id, kind, doc := str(r, "id"), str(r, "kind"), str(r, "doc")
		n, err := s.node(kind, doc)
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored node "+id+" is corrupt")
		}
		byID[id] = n
	}
	var missing []string
	for i, id := range ids {
		if n, ok := byID[id]; ok {
			out[i] = n
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	recs, err = s.read(ctx, op, aliasQuery, map[string]any{"ids": uniq(missing)})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		n, err := s.node(str(r, "kind"), str(r, "doc"))
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored node is corrupt")
		}
		for _, a := range graph.NodeBase(n).Aliases {
			byID[a] = n
		}
	}
	for i, id := range ids {
		if out[i] == nil {
			out[i] = byID[id]
		}
	}
	return out, nil
}

// lookupQueries finds a keyed kind (graph.KindInfo.Keyed) by its lower-cased natural key.
var lookupQueries = func() map[graph.Kind]string {
	m := map[graph.Kind]string{}
	for _, k := range graph.Kinds {
		if k.Keyed {
			m[k.Kind] = fmt.Sprintf(`MATCH (n:%s {lookupKey: $key}) RETURN n.kind AS kind, n.doc AS doc ORDER BY n.id LIMIT 1`, mustName(k.Label))
		}
	}
	return m
}()

// Lookup finds a node of a keyed kind (a Country by ISO3 code, a Mission by acronym),
// case-insensitively.
func (s *Store) Lookup(ctx context.Context, kind graph.Kind, key string) (graph.Node, error) {
	const op = "neo4j.Lookup"
	q, ok := lookupQueries[kind]
	if !ok {
		return nil, graph.Errorf(graph.Invalid, op, "no lookup key for kind %s", kind)
	}
	recs, err := s.read(ctx, op, q, map[string]any{"key": strings.ToLower(strings.TrimSpace(key))})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, graph.Errorf(graph.NotFound, op, "no %s %q", strings.ToLower(string(kind)), key)
	}
	n, err := s.node(str(recs[0], "kind"), str(recs[0], "doc"))
	if err != nil {
		return nil, graph.Wrap(graph.Internal, op, err, "stored node is corrupt")
	}
	return n, nil
}

// filterEnd is the node a relationship filter names: its label and the query parameter.
var filterEnd = map[graph.Filter]struct{ label, param string }{
	graph.ByCountry:  {"Country", "country"},
	graph.ByMission:  {"Mission", "mission"},
	graph.ByFunction: {"Function", "function"},
}

// pathPattern is the Cypher pattern of a graph.Path from (n), ending in end: "(n)-[:A]->()<-[:B]-(end)".
func pathPattern(p graph.Path, end string) string {
	var b strings.Builder
	b.WriteString("(n)")
	for i, h := range p {
		t := mustName(string(h.Rel))
		switch h.Dir {
		case graph.Out:
			b.WriteString("-[:" + t + "]->")
		case graph.In:
			b.WriteString("<-[:" + t + "]-")
		default:
			b.WriteString("-[:" + t + "]-")
		}
		if i == len(p)-1 {
			b.WriteString(end)
		} else {
			b.WriteString("()")
		}
	}
	return b.String()
}

// listCypher builds the List query for q: a MATCH on the kind's label, the WHERE clauses of the
// filters that apply to the kind, and the count the order needs. The existence of the named
// country and mission is checked in the same query (NotFound).
func listCypher(q graph.ListQuery) (string, map[string]any) {
	info, _ := graph.InfoOf(q.Kind)
	params := map[string]any{"country": nil, "mission": nil}
	var where []string
	if q.Country != "" {
		params["country"] = q.Country
	}
	if q.Mission != "" {
		params["mission"] = q.Mission
	}
	for f, id := range q.Filters() {
		end := filterEnd[f]
		params[end.param] = id
		where = append(where, fmt.Sprintf(`EXISTS { MATCH %s }`, pathPattern(info.Paths[f], fmt.Sprintf("(:%s {id: $%s})", end.label, end.param))))
	}
	slices.Sort(where) // map order: keep the query text stable
	if q.CaseRole != "" && q.Kind == graph.KindCountry {
		params["caseRole"] = q.CaseRole
		where = append(where, `n.caseRole = $caseRole`)
	}
	if q.SubKind != "" && info.SubKind != "" {
		params["subKind"] = q.SubKind
		where = append(where, `n.subKind = $subKind`)
	}
	if q.Kind == graph.KindDeployment && len(q.Personnel) > 0 {
		params["personnel"] = graph.Strings(q.Personnel)
		where = append(where, `any(p IN coalesce(n.personnel, []) WHERE p IN $personnel)`)
	}
	if q.ChapterVII != nil && q.Kind == graph.KindMission {
		params["chapterVII"] = *q.ChapterVII
		where = append(where, `n.chapterVII = $chapterVII`)
	}
	// The time filter (graph.TimeFilter.Match) is applied in Go on each match's stored interval
	// (the span* properties), so that its rule is graph's and the uncertain are reported.
	// The counts the where and the order need (graph.ListQuery.Counts), as a map per node, and
	// the stored document of every candidate when a where must be evaluated on it (graph's one
	// evaluation, graph.ListQuery.Truth).
	var counts []string
	for _, name := range q.Counts() {
		f, _ := graph.FieldOf(q.Kind, name)
		counts = append(counts, fmt.Sprintf("%s: COUNT { MATCH %s RETURN DISTINCT c }", mustName(name), pathPattern(f.Path, "(c)")))
	}
	doc := "null"
	if needDocs(q) {
		doc = "n.doc"
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, "\n  AND ")
	}
	cypher := fmt.Sprintf(`
CALL () {
  MATCH (n:%s)
  %s
  RETURN collect([n.id, n.label, n.sortDate, {%s}, %s,
    [n.spanStartLo, n.spanStartHi, n.spanEndLo, n.spanEndHi, n.spanStartKnown, n.spanEndKnown]]) AS items
}
RETURN items,
  $country IS NULL OR EXISTS { MATCH (:Country {id: $country}) } AS countryOK,
  $mission IS NULL OR EXISTS { MATCH (:Mission {id: $mission}) } AS missionOK`,
		mustName(info.Label), cond, strings.Join(counts, ", "), doc)
	return cypher, params
}

// needDocs reports whether List must decode every candidate: to evaluate a where, or to read
// the value of a field it is ordered by (counts come from Cypher).
func needDocs(q graph.ListQuery) bool {
	f, ok := q.OrderFieldOf()
	return q.Where != nil || (ok && f.Type != graph.FieldCount)
}

// List filters in Cypher (one query returning each match's ID and ordering keys), orders and
// cuts the page with graph.Paginate, then loads the page's nodes with Get: two queries, one if
// the page is empty.
func (s *Store) List(ctx context.Context, q graph.ListQuery) (graph.Page, error) {
	const op = "neo4j.List"
	if err := graph.ValidateList(q); err != nil {
		return graph.Page{}, graph.WithOp(op, err)
	}
	cypher, params := listCypher(q)
	recs, err := s.read(ctx, op, cypher, params)
	if err != nil {
		return graph.Page{}, err
	}
	if len(recs) != 1 {
		return graph.Page{}, graph.Errorf(graph.Internal, op, "list query returned %d rows", len(recs))
	}
	r := recs[0]
	if ok, _ := r.Get("countryOK"); ok != true {
		return graph.Page{}, graph.Errorf(graph.NotFound, op, "no country %q", q.Country)
	}
	if ok, _ := r.Get("missionOK"); ok != true {
		return graph.Page{}, graph.Errorf(graph.NotFound, op, "no mission %q", q.Mission)
	}
	raw, _ := r.Get("items")
	rows, _ := raw.([]any)
	items := make([]graph.ListItem, 0, len(rows))
	var nodes []graph.Node
	counts := map[string]map[string]int{}
	tf := q.Time()
	dated := graph.DatedKind(q.Kind)
	for _, row := range rows {
		cols, _ := row.([]any)
		if len(cols) != 6 {
			return graph.Page{}, graph.Errorf(graph.Internal, op, "malformed list row")
		}
		it := graph.ListItem{}
		it.ID, _ = cols[0].(string)
		it.Name, _ = cols[1].(string)
		if d, ok := cols[2].(string); ok && d != "" {
			pd, err := graph.ParseDate(d)
			if err != nil {
				return graph.Page{}, graph.Wrap(graph.Internal, op, err, "stored node "+it.ID+" has a corrupt date")
			}
			it.Date = &pd
		}
		c := map[string]int{}
		m, _ := cols[3].(map[string]any)
		for k, v := range m {
			n, _ := v.(int64)
			c[k] = int(n)
		}
		counts[it.ID] = c
		if doc, ok := cols[4].(string); ok {
			n, err := s.node(string(q.Kind), doc)
			if err != nil {
				return graph.Page{}, graph.Wrap(graph.Internal, op, err, "stored node "+it.ID+" is corrupt")
			}
			nodes = append(nodes, n)
			continue
		}
		if f, ok := q.OrderFieldOf(); ok {
			it.Value = c[f.Name] // a count: needDocs is false
		}
		it.Time = graph.Yes
		if iv, ok := cols[5].([]any); ok && len(iv) == 6 && dated && !tf.IsZero() {
			it.Time = tf.Match(spanInterval(iv))
		}
		items = append(items, it)
	}
	if needDocs(q) {
		// The where is graph's to evaluate, on the decoded candidates (issue 11 may compile
		// it to Cypher): the same function the memory store calls.
		page, err := graph.ListNodes(nodes, q, func(n graph.Node) map[string]int { return counts[n.NodeID()] })
		return page, graph.WithOp(op, err)
	}
	page, err := graph.Paginate(items, q)
	if err != nil {
		return graph.Page{}, graph.WithOp(op, err)
	}
	out := graph.Page{Cursors: page.Cursors, Total: page.Total, HasNext: page.HasNext, HasPrevious: page.HasPrevious, Uncertain: page.Uncertain}
	if len(page.IDs) == 0 {
		return out, nil
	}
	nodes, err = s.Get(ctx, page.IDs)
	if err != nil {
		return graph.Page{}, graph.WithOp(op, err)
	}
	for i, n := range nodes {
		if n == nil { // deleted between the two queries (a concurrent load)
			return graph.Page{}, graph.Errorf(graph.Unavailable, op, "node %s vanished while the list was read; retry", page.IDs[i])
		}
	}
	out.Nodes = nodes
	return out, nil
}

// edgeQueries holds, per relationship type and direction, the batched Edges query.
var edgeQueries = func() map[graph.RelType][3]string {
	m := map[graph.RelType][3]string{}
	for _, r := range graph.Relations {
		t := mustName(string(r.Type))
		var qs [3]string
		for dir, pat := range map[graph.Direction]string{
			graph.Out:  `(a)-[r:%s]->(:Entity)`,
			graph.In:   `(a)<-[r:%s]-(:Entity)`,
			graph.Both: `(a)-[r:%s]-(:Entity)`,
		} {
			qs[dir] = fmt.Sprintf(`
UNWIND $ids AS id
MATCH (a:Entity {id: id})
MATCH `+pat+`
RETURN id, r.doc AS doc`, t)
		}
		m[r.Type] = qs
	}
	return m
}()

// Edges returns each ID's relationships of type rel in direction dir, ordered by
// graph.SortEdges, in one query whatever the number of IDs.
func (s *Store) Edges(ctx context.Context, ids []string, rel graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	const op = "neo4j.Edges"
	qs, ok := edgeQueries[rel]
	if !ok {
		return nil, graph.Errorf(graph.Invalid, op, "unknown relationship type %q", rel)
	}
	if dir < graph.Out || dir > graph.Both {
		return nil, graph.Errorf(graph.Invalid, op, "unknown direction %d", dir)
	}
	out := map[string][]graph.Edge{}
	if len(ids) == 0 {
		return out, s.usable(op)
	}
	recs, err := s.read(ctx, op, qs[dir], map[string]any{"ids": uniq(ids)})
	if err != nil {
		return nil, err
	}
	return edgesOf(op, recs)
}

// relationshipsQueries holds, per direction, the batched Relationships query: any of $types.
var relationshipsQueries = func() [3]string {
	var qs [3]string
	for dir, pat := range map[graph.Direction]string{
		graph.Out:  `(a)-[r]->(:Entity)`,
		graph.In:   `(a)<-[r]-(:Entity)`,
		graph.Both: `(a)-[r]-(:Entity)`,
	} {
		qs[dir] = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})
MATCH ` + pat + `
WHERE type(r) IN $types
RETURN id, r.doc AS doc`
	}
	return qs
}()

// Relationships returns each ID's relationships of any of types in direction dir, ordered by
// graph.SortEdges, in one query whatever the number of IDs and types.
func (s *Store) Relationships(ctx context.Context, ids []string, types []graph.RelType, dir graph.Direction) (map[string][]graph.Edge, error) {
	const op = "neo4j.Relationships"
	types, err := graph.CheckRelTypes(op, types)
	if err != nil {
		return nil, err
	}
	if dir < graph.Out || dir > graph.Both {
		return nil, graph.Errorf(graph.Invalid, op, "unknown direction %d", dir)
	}
	out := map[string][]graph.Edge{}
	if len(ids) == 0 {
		return out, s.usable(op)
	}
	recs, err := s.read(ctx, op, relationshipsQueries[dir], map[string]any{"ids": uniq(ids), "types": graph.Strings(types)})
	if err != nil {
		return nil, err
	}
	return edgesOf(op, recs)
}

// edgesOf decodes (id, doc) rows into each ID's relationships, ordered by graph.SortEdges.
func edgesOf(op string, recs []*neo4j.Record) (map[string][]graph.Edge, error) {
	out := map[string][]graph.Edge{}
	for _, r := range recs {
		id := str(r, "id")
		e, err := decodeEdge(str(r, "doc"))
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored relationship is corrupt")
		}
		out[id] = append(out[id], e)
	}
	for id := range out {
		graph.SortEdges(id, out[id])
	}
	return out, nil
}

const personnelQuery = `
CALL () {
  MATCH (p:PersonnelPoint {countryId: $country})
  WHERE ($to IS NULL OR p.dateFirst <= $to) AND ($from IS NULL OR p.dateLast >= $from)
  RETURN collect(p.doc) AS docs
}
RETURN docs, EXISTS { MATCH (:Country {id: $country}) } AS found`

// PersonnelSeries returns a country's personnel points whose month overlaps r, by date.
func (s *Store) PersonnelSeries(ctx context.Context, countryID string, r graph.DateRange) ([]graph.PersonnelPoint, error) {
	const op = "neo4j.PersonnelSeries"
	if err := r.Validate(); err != nil {
		return nil, graph.WithOp(op, err)
	}
	var from, to any
	if r.From != nil {
		from = r.From.First()
	}
	if r.To != nil {
		to = r.To.Last()
	}
	recs, err := s.read(ctx, op, personnelQuery, map[string]any{"country": countryID, "from": from, "to": to})
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, graph.Errorf(graph.Internal, op, "personnel query returned %d rows", len(recs))
	}
	if found, _ := recs[0].Get("found"); found != true {
		return nil, graph.Errorf(graph.NotFound, op, "no country %q", countryID)
	}
	raw, _ := recs[0].Get("docs")
	docs, _ := raw.([]any)
	out := make([]graph.PersonnelPoint, 0, len(docs))
	for _, d := range docs {
		doc, _ := d.(string)
		p, err := decodePoint(doc)
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored personnel point is corrupt")
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b graph.PersonnelPoint) int { return a.Date.Compare(b.Date) })
	return out, nil
}

const searchQuery = `
CALL db.index.fulltext.queryNodes('` + searchIndex + `', $lucene) YIELD node
WHERE size($kinds) = 0 OR node.kind IN $kinds
RETURN node.kind AS kind, node.doc AS doc`

// luceneQuery turns folded query tokens into "tok1* AND tok2*". Tokens from graph.Tokens are
// letters and digits only, so none is a Lucene operator or special character; lower case, so
// none is AND/OR/NOT. The string travels as a query parameter.
func luceneQuery(toks []string) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t + "*"
	}
	return strings.Join(parts, " AND ")
}

// Search finds candidates with the full-text index (every token as a prefix) and ranks them in
// Go with graph.SearchDoc.Hit and graph.RankHits: one query.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	const op = "neo4j.Search"
	toks, err := graph.ValidateSearch(q)
	if err != nil {
		return nil, graph.WithOp(op, err)
	}
	kinds := make([]string, len(q.Kinds))
	for i, k := range q.Kinds {
		kinds[i] = string(k)
	}
	recs, err := s.read(ctx, op, searchQuery, map[string]any{"lucene": luceneQuery(toks), "kinds": kinds})
	if err != nil {
		return nil, err
	}
	hits := make([]graph.SearchHit, 0, len(recs))
	for _, r := range recs {
		d, err := s.docs.get(str(r, "kind"), str(r, "doc"))
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored node is corrupt")
		}
		if h, ok := d.searchDoc().Hit(d.node.NodeID(), toks); ok {
			hits = append(hits, h)
		}
	}
	return graph.RankHits(hits, q.First), nil
}

// expandQuery reads one ring of the graph around a path's ends: every domain relationship of
// the nodes $ids to nodes not in $done (those expanded before: their relationships are read
// already), with what the path rules need of it and the other end's degree (its domain
// relationships, stored at load), and one row with nulls for a node that has none, so that a
// missing row means a missing node.
const expandQuery = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})
OPTIONAL MATCH (a)-[r]-(b:Entity)
WHERE type(r) IN $types AND NOT b.id IN $done
RETURN id, b.id AS other, type(r) AS type, startNode(r) = a AS forward, r.key AS key,
  coalesce(r.inherited, false) AS inherited, r.confidence AS confidence, r.basis AS basis,
  coalesce(b.degree, 0) AS degree`

// pathEdgesQuery reads the relationships a path took, by key, with their evidence.
const pathEdgesQuery = `
UNWIND $hops AS h
MATCH (a:Entity {id: h.from})-[r]-(b:Entity {id: h.to})
WHERE r.key = h.key
RETURN h.i AS i, r.doc AS doc`

// EvidencePath reads the graph within graph.PathRadius(maxHops) hops of both ends, one ring per
// query (both ends at once), calls graph.BestPath on what it read and reads the chosen
// relationships' evidence: at most PathRadius + 1 queries, one for a node to itself.
func (s *Store) EvidencePath(ctx context.Context, from, to string, maxHops int) ([]graph.PathStep, error) {
	const op = "neo4j.EvidencePath"
	if err := graph.ValidatePath(op, maxHops); err != nil {
		return nil, err
	}
	if from == to {
		ns, err := s.Get(ctx, []string{from})
		if err != nil {
			return nil, graph.WithOp(op, err)
		}
		if ns[0] == nil {
			return nil, graph.Errorf(graph.NotFound, op, "no node %q", from)
		}
		return []graph.PathStep{{NodeID: from}}, nil
	}
	g, err := s.pathGraph(ctx, op, from, to, graph.PathRadius(maxHops))
	if err != nil {
		return nil, err
	}
	p := graph.BestPath(g, from, to, maxHops)
	if len(p) < 2 {
		return p, nil
	}
	hops := make([]map[string]any, 0, len(p)-1)
	for i := 1; i < len(p); i++ {
		hops = append(hops, map[string]any{"i": int64(i), "from": p[i-1].NodeID, "to": p[i].NodeID, "key": p[i].Key})
	}
	recs, err := s.read(ctx, op, pathEdgesQuery, map[string]any{"hops": hops})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		i := integer(r, "i")
		if i < 1 || i >= len(p) {
			return nil, graph.Errorf(graph.Internal, op, "path relationship row %d of a %d-step path", i, len(p))
		}
		e, err := decodeEdge(str(r, "doc"))
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored relationship is corrupt")
		}
		p[i].Edge = &e
	}
	for i := 1; i < len(p); i++ {
		if p[i].Edge == nil {
			return nil, graph.Errorf(graph.Unavailable, op, "relationship %s vanished while the path was read; retry", p[i].Key)
		}
	}
	return p, nil
}

// pathGraph reads the rings of the graph around from and to, radius rings out from each: one
// query per ring. NotFound when an end is missing.
func (s *Store) pathGraph(ctx context.Context, op, from, to string, radius int) (graph.PathGraph, error) {
	_, types := domainTypes()
	g := graph.NewPathGraph()
	// A relationship found from one end is a hop both ways: a path may run along it from the
	// node not expanded (the last ring's).
	seen := map[string]bool{}
	addHop := func(at string, h graph.PathHop) {
		if k := at + "|" + h.Key; !seen[k] {
			seen[k] = true
			g.Hops[at] = append(g.Hops[at], h)
		}
	}
	expanded := map[string]bool{}
	frontier := []string{from, to}
	for ring := 0; ring < radius && len(frontier) > 0; ring++ {
		done := make([]string, 0, len(expanded))
		for id := range expanded {
			done = append(done, id)
		}
		recs, err := s.read(ctx, op, expandQuery, map[string]any{"ids": frontier, "types": types, "done": done})
		if err != nil {
			return graph.PathGraph{}, err
		}
		found := map[string]bool{}
		next := map[string]bool{}
		for _, r := range recs {
			id := str(r, "id")
			found[id] = true
			other := str(r, "other")
			if other == "" {
				continue // a node with no relationship
			}
			fwd, _ := r.Get("forward")
			inh, _ := r.Get("inherited")
			f, _ := fwd.(bool)
			i, _ := inh.(bool)
			rel, key := graph.RelType(str(r, "type")), str(r, "key")
			w := graph.WeakEvidence(graph.Confidence(str(r, "confidence")), graph.EvidenceBasis(str(r, "basis")))
			addHop(id, graph.PathHop{NodeID: other, Rel: rel, Forward: f, Inherited: i, Weak: w, Key: key})
			addHop(other, graph.PathHop{NodeID: id, Rel: rel, Forward: !f, Inherited: i, Weak: w, Key: key})
			g.Degree[other] = integer(r, "degree")
			next[other] = true
		}
		if ring == 0 {
			for _, id := range []string{from, to} {
				if !found[id] {
					return graph.PathGraph{}, graph.Errorf(graph.NotFound, op, "no node %q", id)
				}
			}
		}
		for _, id := range frontier {
			expanded[id] = true
		}
		frontier = frontier[:0]
		for id := range next {
			if !expanded[id] {
				frontier = append(frontier, id)
			}
		}
		slices.Sort(frontier)
	}
	g.Sort()
	return g, nil
}

const infoQuery = `
RETURN COUNT { MATCH (n:Entity) } AS nodes,
  COUNT { MATCH ()-[r]->() WHERE type(r) IN $types } AS relationships,
  COUNT { MATCH (s:Source) } AS sources,
  COLLECT { MATCH (m:DatasetMeta {name: 'dataset'}) RETURN m.version }[0] AS version`

// Info returns the loaded dataset's version and counts: domain nodes (not personnel points or
// bookkeeping nodes), domain relationships (not CITES), sources. One query.
func (s *Store) Info(ctx context.Context) (graph.DatasetInfo, error) {
	const op = "neo4j.Info"
	_, types := domainTypes()
	recs, err := s.read(ctx, op, infoQuery, map[string]any{"types": types})
	if err != nil {
		return graph.DatasetInfo{}, err
	}
	if len(recs) != 1 {
		return graph.DatasetInfo{}, graph.Errorf(graph.Internal, op, "info query returned %d rows", len(recs))
	}
	r := recs[0]
	return graph.DatasetInfo{
		Version:       str(r, "version"),
		Nodes:         integer(r, "nodes"),
		Relationships: integer(r, "relationships"),
		Sources:       integer(r, "sources"),
		Backend:       "neo4j",
	}, nil
}

func str(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}

func integer(r *neo4j.Record, key string) int {
	v, _ := r.Get(key)
	n, _ := v.(int64)
	return int(n)
}

func uniq(ids []string) []string {
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}
