package neo4j_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
)

// TestMigrations checks the embedded schema files without a database.
func TestMigrations(t *testing.T) {
	ms, err := neo4j.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	if neo4j.SchemaVersion() != len(ms) || len(ms) < 3 {
		t.Fatalf("SchemaVersion = %d with %d files", neo4j.SchemaVersion(), len(ms))
	}
	all := ""
	for _, m := range ms {
		for _, s := range m.Statements {
			if !strings.Contains(s, "IF NOT EXISTS") {
				t.Errorf("%s: statement is not idempotent (no IF NOT EXISTS): %s", m.File, s)
			}
			if strings.Contains(s, ";") {
				t.Errorf("%s: statement split wrongly: %s", m.File, s)
			}
			all += s + "\n"
		}
	}
	for _, k := range graph.Kinds {
		want := "FOR (n:" + k.Label + ") REQUIRE n.id IS UNIQUE"
		if !strings.Contains(all, want) {
			t.Errorf("no uniqueness constraint on :%s(id)", k.Label)
		}
	}
	for _, want := range []string{
		"FOR (n:Entity) REQUIRE n.id IS UNIQUE",
		"CREATE FULLTEXT INDEX entity_search",
		"'whitespace'",
		"(n.lookupKey)", "(n.iso3)", "(n.acronym)", "(n.kind)", "(n.countryId)",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("schema lacks %q", want)
		}
	}
}

func TestMigrateIsIdempotent(t *testing.T) {
	s, cfg := openEmpty(t) // migrated once
	ctx := ctxT(t)
	count := func() (int64, int64) {
		t.Helper()
		return neo4jtest.Count(t, cfg, "SHOW CONSTRAINTS YIELD name RETURN count(*)"),
			neo4jtest.Count(t, cfg, "SHOW INDEXES YIELD name RETURN count(*)")
	}
	c1, i1 := count()
	rep, err := s.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.From != neo4j.SchemaVersion() || rep.To != neo4j.SchemaVersion() {
		t.Errorf("second Migrate: %+v, want from = to = %d", rep, neo4j.SchemaVersion())
	}
	c2, i2 := count()
	if c1 != c2 || i1 != i2 {
		t.Errorf("second Migrate changed the schema: constraints %d -> %d, indexes %d -> %d", c1, c2, i1, i2)
	}
	if c1 < int64(len(graph.Kinds))+1 {
		t.Errorf("%d constraints, want at least %d", c1, len(graph.Kinds)+1)
	}
	if n := neo4jtest.Count(t, cfg, "MATCH (m:SchemaMeta) RETURN count(m)"); n != 1 {
		t.Errorf("%d SchemaMeta nodes, want 1", n)
	}
	if v := neo4jtest.Count(t, cfg, "MATCH (m:SchemaMeta {name: 'schema'}) RETURN m.version"); v != int64(neo4j.SchemaVersion()) {
		t.Errorf("recorded schema version %d, want %d", v, neo4j.SchemaVersion())
	}
	if n := neo4jtest.Count(t, cfg, "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_search' AND state = 'ONLINE' RETURN count(*)"); n != 1 {
		t.Errorf("full-text index entity_search not online")
	}
	if err := s.CheckSchema(ctx); err != nil {
		t.Errorf("CheckSchema after Migrate: %v", err)
	}
}

func TestCheckSchema(t *testing.T) {
	_, cfg := openEmpty(t)
	ctx := ctxT(t)
	tests := []struct {
		name    string
		setup   string
		want    error
		message string
	}{
		{"current", "", nil, ""},
		{"never migrated", "MATCH (m:SchemaMeta) DELETE m", neo4j.ErrSchemaOutdated, "run `server seed load`"},
		{"older", "MERGE (m:SchemaMeta {name: 'schema'}) SET m.version = 1", neo4j.ErrSchemaOutdated, "schema version 1"},
		{"newer", "MERGE (m:SchemaMeta {name: 'schema'}) SET m.version = 999", neo4j.ErrSchemaTooNew, "newer than this server"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != "" {
				neo4jtest.Exec(t, cfg, tt.setup, nil)
			}
			strict := cfg
			strict.SkipSchemaCheck = false
			s, err := neo4j.Open(ctx, strict)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				s.Close(ctx)
				return
			}
			if err == nil {
				s.Close(ctx)
				t.Fatalf("Open succeeded on a database with the wrong schema")
			}
			if !errors.Is(err, tt.want) || !strings.Contains(graph.ErrorMessage(err), tt.message) {
				t.Errorf("Open: %v; want %v with %q in the message", err, tt.want, tt.message)
			}
		})
	}
	// Migrate refuses to go down from a newer schema, and brings an older one up.
	loose := cfg
	loose.SkipSchemaCheck = true
	s, err := neo4j.Open(ctx, loose)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if _, err := s.Migrate(ctx); !errors.Is(err, neo4j.ErrSchemaTooNew) {
		t.Errorf("Migrate on a newer schema: %v, want ErrSchemaTooNew", err)
	}
	neo4jtest.Exec(t, cfg, "MATCH (m:SchemaMeta) SET m.version = 1", nil)
	if rep, err := s.Migrate(ctx); err != nil || rep.From != 1 || rep.To != neo4j.SchemaVersion() {
		t.Errorf("Migrate from 1: %+v, %v", rep, err)
	}
	if err := s.CheckSchema(ctx); err != nil {
		t.Errorf("CheckSchema after Migrate: %v", err)
	}
}
