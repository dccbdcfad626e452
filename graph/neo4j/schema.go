package neo4j

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/schema"
)

// Migration is one schema file of schema/neo4j: NNN_name.cypher, whose statements each end
// with a ';' at the end of a line ('//' comment lines are skipped). Its number is the schema
// version it brings the database to. Every statement must be idempotent (IF NOT EXISTS): Migrate
// runs them all each time.
type Migration struct {
	Version    int
	File       string
	Statements []string
}

// The errors CheckSchema wraps, for errors.Is.
var (
	ErrSchemaOutdated = errors.New("database schema is older than this code")
	ErrSchemaTooNew   = errors.New("database schema is newer than this code")
)

var migrationName = regexp.MustCompile(`^(\d{3})_[a-z0-9_]+\.cypher$`)

// Migrations reads the schema files embedded from schema/neo4j, in version order. Versions
// must run 1, 2, 3... without gaps.
var Migrations = sync.OnceValues(func() ([]Migration, error) {
	return parseMigrations(schema.FS, "neo4j")
})

func parseMigrations(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("reading schema files: %w", err)
	}
	var out []Migration
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".cypher") {
			continue
		}
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("schema file %s: name must be NNN_name.cypher", e.Name())
		}
		v, _ := strconv.Atoi(m[1])
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		stmts, err := splitStatements(string(b))
		if err != nil {
			return nil, fmt.Errorf("schema file %s: %w", e.Name(), err)
		}
		out = append(out, Migration{Version: v, File: e.Name(), Statements: stmts})
	}
	slices.SortFunc(out, func(a, b Migration) int { return a.Version - b.Version })
	for i, m := range out {
		if m.Version != i+1 {
			return nil, fmt.Errorf("schema file %s: expected version %03d (versions run 001, 002, ... without gaps or duplicates)", m.File, i+1)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no schema files in %s", dir)
	}
	return out, nil
}

func splitStatements(text string) ([]string, error) {
	var out []string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		cur = append(cur, line)
		if strings.HasSuffix(t, ";") {
			stmt := strings.TrimSuffix(strings.TrimSpace(strings.Join(cur, "\n")), ";")
			out = append(out, stmt)
			cur = nil
		}
	}
	if len(cur) > 0 {
		return nil, fmt.Errorf("last statement does not end with ';'")
	}
	return out, nil
}

// SchemaVersion is the schema version this code needs: the number of the highest schema file.
func SchemaVersion() int {
	ms, err := Migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

const schemaVersionQuery = `OPTIONAL MATCH (m:SchemaMeta {name: 'schema'}) RETURN m.version AS version`

func (s *Store) dbSchemaVersion(ctx context.Context, op string) (int, error) {
	if s.closed.Load() {
		return 0, graph.Errorf(graph.Unavailable, op, "the graph store is closed")
	}
	recs, err := s.run(ctx, op, accessRead, schemaVersionQuery, nil)
	if err != nil {
		return 0, err
	}
	if len(recs) == 0 {
		return 0, nil
	}
	v, _ := recs[0].Get("version")
	n, _ := v.(int64)
	return int(n), nil
}

// CheckSchema compares the database's schema version (recorded by Migrate) with this code's.
// An older database (or one never migrated) gives an error wrapping ErrSchemaOutdated, a newer
// one ErrSchemaTooNew; both with code Internal and a message that says what to do.
func (s *Store) CheckSchema(ctx context.Context) error {
	const op = "neo4j.CheckSchema"
	ms, err := Migrations()
	if err != nil {
		return graph.Wrap(graph.Internal, op, err, "the embedded Neo4j schema files are broken")
	}
	want := ms[len(ms)-1].Version
	have, err := s.dbSchemaVersion(ctx, op)
	if err != nil {
		return err
	}
	switch {
	case have < want:
		return graph.Wrap(graph.Internal, op, ErrSchemaOutdated, fmt.Sprintf(
			"the Neo4j database has schema version %d, this server needs %d: run `server seed load` (it migrates the schema, then loads the dataset) against it", have, want))
	case have > want:
		return graph.Wrap(graph.Internal, op, ErrSchemaTooNew, fmt.Sprintf(
			"the Neo4j database has schema version %d, newer than this server's %d: deploy a server built from a newer revision", have, want))
	}
	return nil
}

// MigrateReport says what Migrate did.
type MigrateReport struct {
	From       int `json:"from"`       // schema version before
	To         int `json:"to"`         // and after
	Statements int `json:"statements"` // statements run (all of them, every time: they are idempotent)
}

// Migrate applies the schema files (constraints, indexes, the full-text index) idempotently,
// waits until every index is online, and records the schema version in the
// (:SchemaMeta {name: 'schema'}) node. It refuses a database whose schema is newer than the code.
func (s *Store) Migrate(ctx context.Context) (MigrateReport, error) {
	const op = "neo4j.Migrate"
	ms, err := Migrations()
	if err != nil {
		return MigrateReport{}, graph.Wrap(graph.Internal, op, err, "the embedded Neo4j schema files are broken")
	}
	want := ms[len(ms)-1].Version
	have, err := s.dbSchemaVersion(ctx, op)
	if err != nil {
		return MigrateReport{}, err
	}
	rep := MigrateReport{From: have, To: want}
	if have > want {
		return rep, graph.Wrap(graph.Internal, op, ErrSchemaTooNew, fmt.Sprintf(
			"the Neo4j database has schema version %d, newer than this code's %d: refusing to migrate it down", have, want))
	}
	for _, m := range ms {
		for _, stmt := range m.Statements {
			if _, err := s.write(ctx, op, stmt, nil); err != nil {
				return rep, graph.Wrap(graph.ErrorCode(err), op, err, fmt.Sprintf("schema file %s failed", m.File))
			}
			rep.Statements++
		}
	}
	if _, err := s.write(ctx, op, `CALL db.awaitIndexes(300)`, nil); err != nil {
		return rep, err
	}
	_, err = s.write(ctx, op, `
MERGE (m:SchemaMeta {name: 'schema'})
WITH m, m.version AS old
SET m.version = $version
FOREACH (_ IN CASE WHEN old IS NULL OR old <> $version THEN [1] ELSE [] END | SET m.migratedAt = datetime())`,
		map[string]any{"version": want})
	return rep, err
}
