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

// Get returns the nodes with the given IDs in the order asked (nil for unknown IDs), in one
// query whatever the number of IDs.
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
		n, err := decodeNode(kind, doc)
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored node "+id+" is corrupt")
		}
		byID[id] = n
	}
	for i, id := range ids {
		if n, ok := byID[id]; ok {
			out[i] = n
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
	n, err := decodeNode(str(recs[0], "kind"), str(recs[0], "doc"))
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
	count := "0"
	switch q.Order {
	case graph.OrderContributors:
		count = fmt.Sprintf(`COUNT { MATCH %s RETURN DISTINCT c }`, pathPattern(graph.ContributorPath, "(c:Country)"))
	case graph.OrderDeployments:
		count = fmt.Sprintf(`COUNT { MATCH %s }`, pathPattern(graph.ContributorPath[:1], "(:Deployment)"))
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, "\n  AND ")
	}
	cypher := fmt.Sprintf(`
CALL () {
  MATCH (n:%s)
  %s
  RETURN collect([n.id, n.label, n.sortDate, %s,
    [n.spanStartLo, n.spanStartHi, n.spanEndLo, n.spanEndHi, n.spanStartKnown, n.spanEndKnown]]) AS items
}
RETURN items,
  $country IS NULL OR EXISTS { MATCH (:Country {id: $country}) } AS countryOK,
  $mission IS NULL OR EXISTS { MATCH (:Mission {id: $mission}) } AS missionOK`,
		mustName(info.Label), cond, count)
	return cypher, params
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
	tf := q.Time()
	dated := graph.DatedKind(q.Kind)
	for _, row := range rows {
		cols, _ := row.([]any)
		if len(cols) != 5 {
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
		c, _ := cols[3].(int64)
		it.Count = int(c)
		it.Time = graph.Yes
		if iv, ok := cols[4].([]any); ok && len(iv) == 6 && dated && !tf.IsZero() {
			it.Time = tf.Match(spanInterval(iv))
		}
		items = append(items, it)
	}
	page, err := graph.Paginate(items, q)
	if err != nil {
		return graph.Page{}, graph.WithOp(op, err)
	}
	out := graph.Page{Cursors: page.Cursors, Total: page.Total, HasNext: page.HasNext, HasPrevious: page.HasPrevious, Uncertain: page.Uncertain}
	if len(page.IDs) == 0 {
		return out, nil
	}
	nodes, err := s.Get(ctx, page.IDs)
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
// Go with graph.ScoreNode and graph.RankHits: one query.
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
		n, err := decodeNode(str(r, "kind"), str(r, "doc"))
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "stored node is corrupt")
		}
		if score, snippet, ok := graph.ScoreNode(n, toks); ok {
			hits = append(hits, graph.SearchHit{NodeID: n.NodeID(), Score: score, Snippet: snippet})
		}
	}
	return graph.RankHits(hits, q.First), nil
}

// pathQuery finds every shortest path of at most $maxHops domain relationships (never CITES),
// in either direction. Cypher cannot take the bound of a variable-length pattern as a
// parameter, so the pattern has the fixed bound graph.MaxPathHops and the path length is
// filtered; all shortest paths have the same length, so filtering after the search is exact.
var pathQuery = func() string {
	expr, _ := domainTypes()
	return fmt.Sprintf(`
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
  WITH p WHERE p IS NOT NULL AND length(p) <= $maxHops
  RETURN collect([[x IN nodes(p) | x.id], [r IN relationships(p) | type(r)], [r IN relationships(p) | startNode(r).id]]) AS paths
}
RETURN a IS NOT NULL AS fromOK, b IS NOT NULL AS toOK, paths`, expr, graph.MaxPathHops)
}()

// ShortestPath returns the shortest path between two nodes over domain relationships, at most
// maxHops long; the smallest by graph.PathLess of equally short ones. One query.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int) ([]graph.PathStep, error) {
	const op = "neo4j.ShortestPath"
	if maxHops < 1 || maxHops > graph.MaxPathHops {
		return nil, graph.Errorf(graph.Invalid, op, "maxHops must be between 1 and %d", graph.MaxPathHops)
	}
	if from == to {
		// Neo4j's shortest-path search refuses equal ends; the path is the node itself.
		ns, err := s.Get(ctx, []string{from})
		if err != nil {
			return nil, graph.WithOp(op, err)
		}
		if ns[0] == nil {
			return nil, graph.Errorf(graph.NotFound, op, "no node %q", from)
		}
		return []graph.PathStep{{NodeID: from}}, nil
	}
	recs, err := s.read(ctx, op, pathQuery, map[string]any{"from": from, "to": to, "maxHops": maxHops})
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, graph.Errorf(graph.Internal, op, "path query returned %d rows", len(recs))
	}
	r := recs[0]
	if ok, _ := r.Get("fromOK"); ok != true {
		return nil, graph.Errorf(graph.NotFound, op, "no node %q", from)
	}
	if ok, _ := r.Get("toOK"); ok != true {
		return nil, graph.Errorf(graph.NotFound, op, "no node %q", to)
	}
	raw, _ := r.Get("paths")
	paths, _ := raw.([]any)
	best := []graph.PathStep{} // none within maxHops
	for _, p := range paths {
		steps, err := pathSteps(p)
		if err != nil {
			return nil, graph.Wrap(graph.Internal, op, err, "malformed path")
		}
		if len(best) == 0 || graph.PathLess(steps, best) {
			best = steps
		}
	}
	return best, nil
}

func pathSteps(raw any) ([]graph.PathStep, error) {
	parts, _ := raw.([]any)
	if len(parts) != 3 {
		return nil, fmt.Errorf("want [nodes, types, starts], got %v", raw)
	}
	nodes, _ := parts[0].([]any)
	types, _ := parts[1].([]any)
	starts, _ := parts[2].([]any)
	if len(nodes) != len(types)+1 || len(types) != len(starts) {
		return nil, fmt.Errorf("inconsistent path lengths")
	}
	steps := make([]graph.PathStep, len(nodes))
	for i, n := range nodes {
		steps[i].NodeID, _ = n.(string)
		if i > 0 {
			t, _ := types[i-1].(string)
			start, _ := starts[i-1].(string)
			steps[i].Relationship = graph.RelType(t)
			steps[i].Forward = start == steps[i-1].NodeID
		}
	}
	return steps, nil
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
