// Package neo4jtest connects tests to the real Neo4j that NEO4J_URI names (start one with
// `bash tools/neo4j/neo4j.sh up`), the way neo4j-go-driver's own integration tests do:
//
//	NEO4J_URI       bolt://127.0.0.1:7687 or neo4j://... (unset: the test is skipped, or
//	                fails when CI=true, so that CI cannot silently skip the Neo4j tests)
//	NEO4J_USER      default neo4j
//	NEO4J_PASSWORD  default peacegraph-dev
//	NEO4J_DATABASE  default: the server's default database
//
// There is one Neo4j and tests wipe it, so the tests that use it must not overlap: Lock (taken
// by Open and Wipe) serialises them across test binaries (go test ./... runs packages in
// parallel) with a file lock, and tests using it must not call t.Parallel. A test binary that
// loads the database once and shares it across its tests should call LockForProcess first.
package neo4jtest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
)

// Config returns the connection settings from the environment, skipping the test (failing it
// under CI=true) when NEO4J_URI is unset.
func Config(t testing.TB) neo4j.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set, and CI=true: the Neo4j tests must run in CI. " +
				"Start Neo4j with `bash tools/neo4j/neo4j.sh up` and set NEO4J_URI=bolt://127.0.0.1:7687")
		}
		t.Skip("NEO4J_URI not set: skipping a test that needs Neo4j (start one with `bash tools/neo4j/neo4j.sh up`, then NEO4J_URI=bolt://127.0.0.1:7687)")
	}
	return neo4j.Config{
		URI:      uri,
		User:     envOr("NEO4J_USER", "neo4j"),
		Password: envOr("NEO4J_PASSWORD", "peacegraph-dev"),
		Database: os.Getenv("NEO4J_DATABASE"),
		Logger:   slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

var (
	lockMu    sync.Mutex
	lockCount int
	lockFile  *os.File
)

// Lock holds the cross-process Neo4j test lock until the test ends. It is re-entrant within a
// process (sequential tests and their subtests share it).
func Lock(t testing.TB) {
	t.Helper()
	if err := acquire(); err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	t.Cleanup(release)
}

// LockForProcess takes the lock until the test binary exits: for test binaries that load the
// database once and share the store across their tests (call it before loading).
func LockForProcess() error { return acquire() }

func acquire() error {
	lockMu.Lock()
	defer lockMu.Unlock()
	if lockCount == 0 {
		f, err := os.OpenFile(filepath.Join(os.TempDir(), "peacegraph-neo4j-test.lock"), os.O_CREATE|os.O_RDWR, 0o666)
		if err != nil {
			return fmt.Errorf("lock file: %w", err)
		}
		if err := lockExclusive(f); err != nil {
			_ = f.Close()
			return fmt.Errorf("taking the lock: %w", err)
		}
		lockFile = f
	}
	lockCount++
	return nil
}

func release() {
	lockMu.Lock()
	defer lockMu.Unlock()
	lockCount--
	if lockCount == 0 {
		unlock(lockFile)
		_ = lockFile.Close()
		lockFile = nil
	}
}

// Exec runs one Cypher statement against the test database (write access) and returns its
// records; for test set-up and for checks the Store API does not offer (counting in Cypher).
func Exec(t testing.TB, cfg neo4j.Config, cypher string, params map[string]any) []*driver.Record {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatalf("neo4jtest: driver: %v", err)
	}
	defer func() { _ = d.Close(ctx) }()
	res, err := driver.ExecuteQuery(ctx, d, cypher, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(cfg.Database), driver.ExecuteQueryWithWritersRouting())
	if err != nil {
		t.Fatalf("neo4jtest: %s: %v", cypher, err)
	}
	return res.Records
}

// Count runs a query returning one integer column and returns it.
func Count(t testing.TB, cfg neo4j.Config, cypher string) int64 {
	t.Helper()
	recs := Exec(t, cfg, cypher, nil)
	if len(recs) != 1 || len(recs[0].Values) != 1 {
		t.Fatalf("neo4jtest: %s: want one value, got %d records", cypher, len(recs))
	}
	n, ok := recs[0].Values[0].(int64)
	if !ok {
		t.Fatalf("neo4jtest: %s: not an integer: %v", cypher, recs[0].Values[0])
	}
	return n
}

// Wipe takes the lock and deletes every node and relationship (the schema stays).
func Wipe(t testing.TB, cfg neo4j.Config) {
	t.Helper()
	Lock(t)
	Exec(t, cfg, `MATCH (n) DETACH DELETE n`, nil)
}

// Open returns a store on a wiped, migrated database loaded with ds, closed when the test ends.
func Open(t testing.TB, ds *graph.Dataset) *neo4j.Store {
	t.Helper()
	cfg := Config(t)
	Wipe(t, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cfg.SkipSchemaCheck = true
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("neo4jtest: open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("neo4jtest: migrate: %v", err)
	}
	if _, err := s.Load(ctx, ds); err != nil {
		t.Fatalf("neo4jtest: load: %v", err)
	}
	return s
}
