package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peacegraph/peacegraph/graph"
)

// BatchSize is the number of rows a load sends per UNWIND query (one transaction each).
const BatchSize = 500

// Counts is what a load did to one kind of thing.
type Counts struct {
	Created   int `json:"created"`
	Updated   int `json:"updated"`
	Deleted   int `json:"deleted"`
	Unchanged int `json:"unchanged"`
}

func (c Counts) changed() bool { return c.Created+c.Updated+c.Deleted > 0 }

func (c Counts) String() string {
	return fmt.Sprintf("%d created, %d updated, %d deleted, %d unchanged", c.Created, c.Updated, c.Deleted, c.Unchanged)
}

// LoadReport says what Load changed.
type LoadReport struct {
	Version         string        `json:"version"`
	PreviousVersion string        `json:"previousVersion"`
	Nodes           Counts        `json:"nodes"`
	Relationships   Counts        `json:"relationships"`
	Personnel       Counts        `json:"personnelPoints"`
	CitesRebuilt    int           `json:"citesRebuiltNodes"` // nodes whose CITES were rewritten
	CitesCreated    int           `json:"citesCreated"`
	CitesDeleted    int           `json:"citesDeleted"`
	Queries         int           `json:"queries"`
	Duration        time.Duration `json:"durationNs"`
}

// Changed reports whether the load changed anything.
func (r LoadReport) Changed() bool {
	return r.Nodes.changed() || r.Relationships.changed() || r.Personnel.changed() ||
		r.CitesRebuilt > 0 || r.Version != r.PreviousVersion
}

func (r LoadReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dataset %s (was %q)\n", r.Version, r.PreviousVersion)
	fmt.Fprintf(&b, "nodes:            %s\n", r.Nodes)
	fmt.Fprintf(&b, "relationships:    %s\n", r.Relationships)
	fmt.Fprintf(&b, "personnel points: %s\n", r.Personnel)
	fmt.Fprintf(&b, "citations:        CITES of %d nodes rebuilt (%d created, %d deleted)\n", r.CitesRebuilt, r.CitesCreated, r.CitesDeleted)
	fmt.Fprintf(&b, "%d queries in %s\n", r.Queries, r.Duration.Round(time.Millisecond))
	return b.String()
}

// The load queries. Each takes a batch of rows; an entity is rewritten only when its stored
// properties differ from the wanted ones, so loading the same dataset twice writes nothing.

// nodeUpsert per label: MERGE on the stable ID (the :Entity uniqueness constraint), then replace
// every property (SET n = map drops properties no longer wanted).
var nodeUpsert = func() map[graph.Kind]string {
	m := map[graph.Kind]string{}
	for _, k := range graph.Kinds {
		m[k.Kind] = fmt.Sprintf(`
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, n.kind IS NULL AS created, properties(n) = row.props AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET n = row.props, n:%s)
RETURN count(*) AS rows,
  count(CASE WHEN created THEN 1 END) AS created,
  count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated`, mustName(k.Label))
	}
	return m
}()

// edgeUpsert per type: MERGE on (type, from, to, mechanism) via the key property.
var edgeUpsert = func() map[graph.RelType]string {
	m := map[graph.RelType]string{}
	for _, r := range graph.Relations {
		m[r.Type] = fmt.Sprintf(`
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:%s {key: row.props.key}]->(b)
WITH r, row, r.doc IS NULL AS created, properties(r) = row.props AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET r = row.props)
RETURN count(*) AS rows,
  count(CASE WHEN created THEN 1 END) AS created,
  count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated`, mustName(string(r.Type)))
	}
	return m
}()

const pointUpsert = `
UNWIND $rows AS row
MERGE (p:PersonnelPoint {key: row.props.key})
WITH p, row, p.doc IS NULL AS created, properties(p) = row.props AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET p = row.props)
RETURN count(*) AS rows,
  count(CASE WHEN created THEN 1 END) AS created,
  count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated`

// citesRebuild rewrites the CITES of the nodes whose stored citations differ from the wanted ones.
const citesRebuild = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WITH n, row, [(n)-[c:CITES]->(s:Source) | {source: s.id, locator: c.locator, note: c.note, ord: c.ord}] AS have
WHERE size(have) <> size(row.cites) OR any(x IN row.cites WHERE NOT x IN have)
CALL (n) {
  OPTIONAL MATCH (n)-[c:CITES]->()
  DELETE c
  RETURN count(c) AS deleted
}
CALL (n, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {id: cite.source})
  CREATE (n)-[c:CITES]->(s)
  SET c.locator = cite.locator, c.note = cite.note, c.ord = cite.ord
  RETURN count(c) AS created
}
RETURN count(n) AS rebuilt, sum(deleted) AS deleted, sum(created) AS created`

const edgeDelete = `
MATCH ()-[r]->()
WHERE type(r) IN $types AND NOT r.key IN $keys
DELETE r
RETURN count(*) AS deleted`

const nodeDelete = `
MATCH (n:Entity)
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted`

const pointDelete = `
MATCH (p:PersonnelPoint)
WHERE NOT p.key IN $keys
DELETE p
RETURN count(*) AS deleted`

const datasetVersionQuery = `OPTIONAL MATCH (m:DatasetMeta {name: 'dataset'}) RETURN m.version AS version`

const recordVersion = `
MERGE (m:DatasetMeta {name: 'dataset'})
SET m.version = $version
FOREACH (_ IN CASE WHEN $changed THEN [1] ELSE [] END | SET m.loadedAt = datetime())`

// Load writes ds into the database so that it holds exactly ds: nodes and relationships are
// MERGEd on their stable keys with every property set, those no longer in ds are deleted, the
// CITES of changed nodes are rebuilt, and the dataset version is recorded last. Rows go in
// batches of BatchSize, one transaction per batch (retried by the driver): a load that fails
// half-way leaves a mix of old and new, and running it again completes it. Loading the same
// dataset again changes nothing. The schema must be migrated first (see Migrate).
func (s *Store) Load(ctx context.Context, ds *graph.Dataset) (LoadReport, error) {
	const op = "neo4j.Load"
	start := time.Now()
	trips := s.trips.Load()
	if err := checkDataset(ds); err != nil {
		return LoadReport{}, graph.Wrap(graph.Invalid, op, err, "the dataset cannot be loaded")
	}
	rep := LoadReport{Version: ds.Version}
	if err := s.CheckSchema(ctx); err != nil {
		return rep, graph.WithOp(op, err)
	}
	recs, err := s.write(ctx, op, datasetVersionQuery, nil)
	if err != nil {
		return rep, err
	}
	if len(recs) == 1 {
		rep.PreviousVersion = str(recs[0], "version")
	}

	// Nodes, kind by kind (the label is part of the query). Each node stores its degree (its
	// domain relationships), which EvidencePath's path rules read for every node it reaches.
	degree := map[string]int64{}
	for _, e := range ds.Edges {
		degree[e.From]++
		degree[e.To]++
	}
	byKind := map[graph.Kind][]map[string]any{}
	nodeIDs := make([]string, 0, len(ds.Nodes))
	var cites []map[string]any
	for _, n := range ds.Nodes {
		p, err := nodeProps(n)
		if err != nil {
			return rep, graph.Wrap(graph.Internal, op, err, "cannot encode a node")
		}
		if d := degree[n.NodeID()]; d > 0 {
			p["degree"] = d
		}
		byKind[n.NodeKind()] = append(byKind[n.NodeKind()], map[string]any{"id": n.NodeID(), "props": map[string]any(p)})
		nodeIDs = append(nodeIDs, n.NodeID())
		cites = append(cites, map[string]any{"id": n.NodeID(), "cites": citeRows(n)})
	}
	for _, k := range graph.Kinds {
		c, err := s.upsert(ctx, op, nodeUpsert[k.Kind], byKind[k.Kind])
		if err != nil {
			return rep, err
		}
		rep.Nodes.add(c)
	}

	// Relationships, type by type.
	byType := map[graph.RelType][]map[string]any{}
	keys := make([]string, 0, len(ds.Edges))
	for _, e := range ds.Edges {
		p, err := edgeProps(e)
		if err != nil {
			return rep, graph.Wrap(graph.Internal, op, err, "cannot encode a relationship")
		}
		byType[e.Type] = append(byType[e.Type], map[string]any{"from": e.From, "to": e.To, "props": map[string]any(p)})
		keys = append(keys, edgeKey(e))
	}
	for _, r := range graph.Relations {
		c, err := s.upsert(ctx, op, edgeUpsert[r.Type], byType[r.Type])
		if err != nil {
			return rep, err
		}
		rep.Relationships.add(c)
	}
	_, types := domainTypes()
	if rep.Relationships.Deleted, err = s.deleteStale(ctx, op, edgeDelete, map[string]any{"types": types, "keys": keys}); err != nil {
		return rep, err
	}
	if rep.Nodes.Deleted, err = s.deleteStale(ctx, op, nodeDelete, map[string]any{"ids": nodeIDs}); err != nil {
		return rep, err
	}

	// CITES, after every node (sources included) exists.
	for b := range slices.Chunk(cites, BatchSize) {
		recs, err := s.write(ctx, op, citesRebuild, map[string]any{"rows": b})
		if err != nil {
			return rep, err
		}
		if len(recs) == 1 {
			rep.CitesRebuilt += integer(recs[0], "rebuilt")
			rep.CitesDeleted += integer(recs[0], "deleted")
			rep.CitesCreated += integer(recs[0], "created")
		}
	}

	// Personnel points.
	var points []map[string]any
	pointKeys := []string{}
	countries := make([]string, 0, len(ds.Personnel))
	for c := range ds.Personnel {
		countries = append(countries, c)
	}
	slices.Sort(countries)
	for _, c := range countries {
		for _, pt := range ds.Personnel[c] {
			p, err := pointProps(c, pt)
			if err != nil {
				return rep, graph.Wrap(graph.Internal, op, err, "cannot encode a personnel point")
			}
			points = append(points, map[string]any{"props": map[string]any(p)})
			pointKeys = append(pointKeys, pointKey(c, pt.Date))
		}
	}
	c, err := s.upsert(ctx, op, pointUpsert, points)
	if err != nil {
		return rep, err
	}
	rep.Personnel.add(c)
	if rep.Personnel.Deleted, err = s.deleteStale(ctx, op, pointDelete, map[string]any{"keys": pointKeys}); err != nil {
		return rep, err
	}

	if _, err := s.write(ctx, op, recordVersion, map[string]any{"version": ds.Version, "changed": rep.Changed()}); err != nil {
		return rep, err
	}
	rep.Queries = int(s.trips.Load() - trips)
	rep.Duration = time.Since(start)
	s.log.Info("neo4j: dataset loaded", "version", ds.Version, "nodes", rep.Nodes.String(),
		"relationships", rep.Relationships.String(), "personnel", rep.Personnel.String(), "queries", rep.Queries)
	return rep, nil
}

func (c *Counts) add(o Counts) {
	c.Created += o.Created
	c.Updated += o.Updated
	c.Deleted += o.Deleted
	c.Unchanged += o.Unchanged
}

// upsert sends rows in batches to an upsert query and sums what it reports. Every row must
// match (a relationship whose end is missing is an error, not a silent skip).
func (s *Store) upsert(ctx context.Context, op, cypher string, rows []map[string]any) (Counts, error) {
	var c Counts
	for b := range slices.Chunk(rows, BatchSize) {
		recs, err := s.write(ctx, op, cypher, map[string]any{"rows": b})
		if err != nil {
			return c, err
		}
		if len(recs) != 1 {
			return c, graph.Errorf(graph.Internal, op, "upsert returned %d rows", len(recs))
		}
		r := recs[0]
		n, created, updated := integer(r, "rows"), integer(r, "created"), integer(r, "updated")
		if n != len(b) {
			return c, graph.Errorf(graph.Internal, op, "%d of %d rows were not written (missing end nodes?)", len(b)-n, len(b))
		}
		c.Created += created
		c.Updated += updated
		c.Unchanged += n - created - updated
	}
	return c, nil
}

func (s *Store) deleteStale(ctx context.Context, op, cypher string, params map[string]any) (int, error) {
	recs, err := s.write(ctx, op, cypher, params)
	if err != nil || len(recs) != 1 {
		return 0, err
	}
	return integer(recs[0], "deleted"), nil
}

// checkDataset rejects what the loader cannot store faithfully: unknown kinds and types,
// duplicate keys. (seed.Load has already validated everything else.)
func checkDataset(ds *graph.Dataset) error {
	if ds == nil {
		return fmt.Errorf("no dataset")
	}
	ids := map[string]bool{}
	for _, n := range ds.Nodes {
		if n == nil {
			return fmt.Errorf("nil node")
		}
		if _, ok := graph.InfoOf(n.NodeKind()); !ok {
			return fmt.Errorf("node %s has unknown kind %q", n.NodeID(), n.NodeKind())
		}
		if ids[n.NodeID()] {
			return fmt.Errorf("duplicate node id %s", n.NodeID())
		}
		ids[n.NodeID()] = true
	}
	keys := map[string]bool{}
	for _, e := range ds.Edges {
		if _, ok := graph.RelInfoOf(e.Type); !ok {
			return fmt.Errorf("relationship %s has unknown type", edgeKey(e))
		}
		if !ids[e.From] || !ids[e.To] {
			return fmt.Errorf("relationship %s has an end that is not in the dataset", edgeKey(e))
		}
		if keys[edgeKey(e)] {
			return fmt.Errorf("duplicate relationship %s", edgeKey(e))
		}
		keys[edgeKey(e)] = true
	}
	for c, ps := range ds.Personnel {
		seen := map[string]bool{}
		for _, p := range ps {
			if seen[p.Date.String()] {
				return fmt.Errorf("duplicate personnel point %s", pointKey(c, p.Date))
			}
			seen[p.Date.String()] = true
		}
	}
	return nil
}
