package neo4j_test

import (
	"slices"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
)

// dbCounts counts what is stored, in Cypher.
type dbCounts struct {
	entities, domainRels, cites, points, other int64
}

func countDB(t *testing.T, cfg neo4j.Config) dbCounts {
	t.Helper()
	return dbCounts{
		entities:   neo4jtest.Count(t, cfg, "MATCH (n:Entity) RETURN count(n)"),
		domainRels: neo4jtest.Count(t, cfg, "MATCH ()-[r]->() WHERE type(r) <> 'CITES' RETURN count(r)"),
		cites:      neo4jtest.Count(t, cfg, "MATCH (:Entity)-[r:CITES]->(:Source) RETURN count(r)"),
		points:     neo4jtest.Count(t, cfg, "MATCH (p:PersonnelPoint) RETURN count(p)"),
		other:      neo4jtest.Count(t, cfg, "MATCH (n) WHERE NOT n:Entity AND NOT n:PersonnelPoint AND NOT n:SchemaMeta AND NOT n:DatasetMeta RETURN count(n)"),
	}
}

// expected is what a dataset should turn into.
func expected(ds *graph.Dataset) dbCounts {
	c := dbCounts{entities: int64(len(ds.Nodes)), domainRels: int64(len(ds.Edges))}
	for _, n := range ds.Nodes {
		c.cites += int64(len(graph.NodeBase(n).Citations))
	}
	for _, ps := range ds.Personnel {
		c.points += int64(len(ps))
	}
	return c
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	s, cfg := openEmpty(t)
	ctx := ctxT(t)
	ds := fixture(t)

	first, err := s.Load(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	want := expected(ds)
	if got := countDB(t, cfg); got != want {
		t.Fatalf("after the first load: %+v, want %+v", got, want)
	}
	if first.Nodes.Created != len(ds.Nodes) || first.Relationships.Created != len(ds.Edges) ||
		first.Personnel.Created != int(want.points) || first.CitesCreated != int(want.cites) || !first.Changed() {
		t.Errorf("first load report:\n%s", first)
	}

	second, err := s.Load(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	if got := countDB(t, cfg); got != want {
		t.Fatalf("after the second load: %+v, want %+v", got, want)
	}
	if second.Changed() || second.Nodes.Unchanged != len(ds.Nodes) || second.Relationships.Unchanged != len(ds.Edges) ||
		second.Personnel.Unchanged != int(want.points) || second.CitesCreated+second.CitesDeleted != 0 {
		t.Errorf("second load changed something:\n%s", second)
	}
	if second.PreviousVersion != ds.Version {
		t.Errorf("PreviousVersion = %q, want %q", second.PreviousVersion, ds.Version)
	}
	// Every node has exactly its kind's label besides :Entity.
	for _, k := range graph.Kinds {
		n := 0
		for _, node := range ds.Nodes {
			if node.NodeKind() == k.Kind {
				n++
			}
		}
		q := "MATCH (n:" + k.Label + ":Entity) WHERE size(labels(n)) = 2 AND n.kind = '" + string(k.Kind) + "' RETURN count(n)"
		if got := neo4jtest.Count(t, cfg, q); got != int64(n) {
			t.Errorf(":%s nodes = %d, want %d", k.Label, got, n)
		}
	}
	// Provenance is queryable in Cypher.
	recs := neo4jtest.Exec(t, cfg, `MATCH (:Country {id: 'country:jpn'})-[c:CITES]->(s:Source) RETURN s.id AS s, c.locator AS l ORDER BY c.ord`, nil)
	if len(recs) != 2 || recs[0].Values[0] != "source:study" || recs[1].Values[0] != "source:press-1992" || recs[1].Values[1] != "p. 1" {
		t.Errorf("CITES of country:jpn = %v", recs)
	}
}

func TestReloadDeletesAndUpdates(t *testing.T) {
	s, cfg := openEmpty(t)
	ctx := ctxT(t)
	if _, err := s.Load(ctx, fixture(t)); err != nil {
		t.Fatal(err)
	}

	ds := fixture(t) // a fresh copy to edit
	ds.Version = "test-v2"
	const gone = "event:untac-elections"
	ds.Nodes = slices.DeleteFunc(ds.Nodes, func(n graph.Node) bool { return n.NodeID() == gone })
	ds.Edges = slices.DeleteFunc(ds.Edges, func(e graph.Edge) bool {
		return e.From == gone || e.To == gone || // its two RELATED_TO
			(e.Type == graph.RelPerformed && e.From == "deployment:jpn-untac" && e.To == "function:observation")
	})
	for _, n := range ds.Nodes {
		switch v := n.(type) {
		case *graph.Country:
			if v.ID == "country:can" {
				v.Name = "Canada (partner)"
			}
			if v.ID == "country:arg" {
				v.Citations = []graph.Citation{{SourceID: "source:study", Locator: "ch. 1"}}
			}
		}
	}
	for i := range ds.Edges {
		if ds.Edges[i].Type == graph.RelPerceives {
			ds.Edges[i].Note = "changed note"
		}
	}
	jpn := ds.Personnel["country:jpn"]
	ds.Personnel["country:jpn"] = slices.DeleteFunc(slices.Clone(jpn), func(p graph.PersonnelPoint) bool { return p.Date.String() == "1992-11" })
	delete(ds.Personnel, "country:arg")

	rep, err := s.Load(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	// Besides the two edited countries, every node that lost a relationship is updated: it
	// stores its degree (for EvidencePath).
	degree := func(d *graph.Dataset) map[string]int {
		m := map[string]int{}
		for _, e := range d.Edges {
			m[e.From]++
			m[e.To]++
		}
		return m
	}
	before, after := degree(fixture(t)), degree(ds)
	lost := 0
	for _, n := range ds.Nodes {
		if before[n.NodeID()] != after[n.NodeID()] {
			lost++
		}
	}
	checks := []struct {
		what      string
		got, want int
	}{
		{"nodes deleted", rep.Nodes.Deleted, 1},
		{"nodes updated", rep.Nodes.Updated, 2 + lost},
		{"nodes created", rep.Nodes.Created, 0},
		{"relationships deleted", rep.Relationships.Deleted, 3},
		{"relationships updated", rep.Relationships.Updated, 1},
		{"points deleted", rep.Personnel.Deleted, 2},
		{"CITES rebuilt", rep.CitesRebuilt, 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.what, c.got, c.want)
		}
	}
	if got, want := countDB(t, cfg), expected(ds); got != want {
		t.Errorf("after reload: %+v, want %+v", got, want)
	}
	if t.Failed() {
		t.Logf("report:\n%s", rep)
	}

	ns, err := s.Get(ctx, []string{gone, "country:can"})
	if err != nil {
		t.Fatal(err)
	}
	if ns[0] != nil || ns[1].(*graph.Country).Name != "Canada (partner)" {
		t.Errorf("after reload Get = %v", ns)
	}
	if l := neo4jtest.Count(t, cfg, "MATCH (c:Country {id: 'country:arg'})-[r:CITES]->() WHERE r.locator = 'ch. 1' RETURN count(r)"); l != 1 {
		t.Errorf("CITES of country:arg not rebuilt")
	}
	info, err := s.Info(ctx)
	if err != nil || info.Version != "test-v2" || info.Nodes != len(ds.Nodes) || info.Relationships != len(ds.Edges) {
		t.Errorf("Info = %+v, %v", info, err)
	}
}

func TestLoadRejects(t *testing.T) {
	s, _ := openEmpty(t)
	ctx := ctxT(t)
	ds := fixture(t)
	tests := []struct {
		name string
		ds   *graph.Dataset
	}{
		{"nil", nil},
		{"dangling edge", &graph.Dataset{Version: "x", Nodes: ds.Nodes, Edges: []graph.Edge{{Type: graph.RelHolds, From: "country:mex", To: "principle:nope"}}}},
		{"unknown type", &graph.Dataset{Version: "x", Nodes: ds.Nodes, Edges: []graph.Edge{{Type: "CITES", From: "country:mex", To: "source:study"}}}},
		{"duplicate node", &graph.Dataset{Version: "x", Nodes: append(slices.Clone(ds.Nodes), ds.Nodes[0])}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Load(ctx, tt.ds)
			wantCode(t, err, graph.Invalid)
		})
	}
}

func TestLoadNeedsMigration(t *testing.T) {
	s, cfg := openEmpty(t)
	neo4jtest.Exec(t, cfg, "MATCH (m:SchemaMeta) DELETE m", nil)
	_, err := s.Load(ctxT(t), fixture(t))
	if err == nil {
		t.Fatal("Load on an unmigrated database succeeded")
	}
	if n := neo4jtest.Count(t, cfg, "MATCH (n) RETURN count(n)"); n != 0 {
		t.Errorf("Load wrote %d nodes before failing", n)
	}
}
