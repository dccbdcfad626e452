// Package neo4jtest connects tests to the real Neo4j that NEO4J_URI names (start one with
// `bash tools/neo4j/neo4j.sh up`), the way neo4j-go-driver's own integration tests do:
//
//	NEO4J_URI       bolt://127.0.0.1:7687 or neo4j://... (unset: the test is skipped, or
//	                fails when CI=true, so that CI cannot silently skip the Neo4j tests)
//	NEO4J_USER      default neo4j
//	NEO4J_PASSWORD  default peacegraph-dev
//	NEO4J_DATABASE  default: the server's default database
//
// There is one Neo4j and tests wipe it, so the tests that write to it must not overlap: Lock
// (taken by Open and Wipe) serialises them across test binaries (go test ./... runs packages
// in parallel) with an exclusive file lock, and tests using it must not call t.Parallel.
//
// Tests that only read the embedded dataset (the end-to-end tests of server/httpapi, the
// explorer's, the parity test of graph/neo4j) share one load of it instead: Shared and
// SharedForProcess take the same file lock shared, load the dataset only when the database
// does not already hold it (a marker node records the hash of what was loaded; Wipe deletes
// it), and let every reader of the same dataset run at once. Writers wait for all readers.
package neo4jtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
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

// held is a file lock this process holds, re-entrantly: count takers, one descriptor.
type held struct {
	count int
	file  *os.File
}

// drop releases one taker's hold; the last unlocks the file. The caller holds lockMu.
func (h *held) drop() {
	h.count--
	if h.count == 0 {
		unlock(h.file)
		_ = h.file.Close()
		h.file = nil
	}
}

var (
	lockMu sync.Mutex
	excl   held // the exclusive lock: writers
	// The shared lock, held by readers of one loaded dataset (hash sharedHash).
	shared     held
	sharedHash string
)

func openLockFile() (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "peacegraph-neo4j-test.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return nil, fmt.Errorf("lock file: %w", err)
	}
	return f, nil
}

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
	if shared.count > 0 {
		// flock locks of one process on two descriptors conflict: this would wait for itself.
		return errors.New("this test binary shares the database (Shared) and cannot also write to it: " +
			"release the shared store first, or load a dataset of your own in another test binary")
	}
	if excl.count == 0 {
		f, err := openLockFile()
		if err != nil {
			return err
		}
		if err := lockExclusive(f); err != nil {
			_ = f.Close()
			return fmt.Errorf("taking the lock: %w", err)
		}
		excl.file = f
	}
	excl.count++
	return nil
}

func release() {
	lockMu.Lock()
	defer lockMu.Unlock()
	excl.drop()
}

// Exec runs one Cypher statement against the test database (write access) and returns its
// records; for test set-up and for checks the Store API does not offer (counting in Cypher).
func Exec(t testing.TB, cfg neo4j.Config, cypher string, params map[string]any) []*driver.Record {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	recs, err := execCtx(ctx, cfg, cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func execCtx(ctx context.Context, cfg neo4j.Config, cypher string, params map[string]any) ([]*driver.Record, error) {
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("neo4jtest: driver: %w", err)
	}
	defer func() { _ = d.Close(ctx) }()
	res, err := driver.ExecuteQuery(ctx, d, cypher, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(cfg.Database), driver.ExecuteQueryWithWritersRouting())
	if err != nil {
		return nil, fmt.Errorf("neo4jtest: %s: %w", cypher, err)
	}
	return res.Records, nil
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

// markerLabel labels the node that records which dataset the shared load holds. It is not an
// Entity, so the store's reads and counts never see it.
const markerLabel = "PeacegraphTestMarker"

// Shared returns a store on ds as loaded into the test Neo4j, for a test that only reads it:
// tests in every binary that share the same dataset run at once, and ds is loaded only when
// the database does not hold it already. The shared lock is held until the test ends.
func Shared(t testing.TB, ds *graph.Dataset) *neo4j.Store {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := acquireShared(ctx, cfg, ds); err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	t.Cleanup(releaseShared)
	cfg.SkipSchemaCheck = true
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("neo4jtest: open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	return s
}

// SharedForProcess is Shared for a test binary that keeps one store for all its tests: the
// shared lock is held until the binary exits, and the caller closes the store.
func SharedForProcess(ctx context.Context, cfg neo4j.Config, ds *graph.Dataset) (*neo4j.Store, error) {
	if err := acquireShared(ctx, cfg, ds); err != nil {
		return nil, err
	}
	cfg.SkipSchemaCheck = true
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		releaseShared()
		return nil, fmt.Errorf("neo4jtest: open: %w", err)
	}
	return s, nil
}

// datasetHash identifies a dataset's content; the JSON encoding is deterministic (slices in
// order, map keys sorted).
func datasetHash(ds *graph.Dataset) (string, error) {
	b, err := json.Marshal(ds)
	if err != nil {
		return "", fmt.Errorf("hashing the dataset: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

func acquireShared(ctx context.Context, cfg neo4j.Config, ds *graph.Dataset) error {
	hash, err := datasetHash(ds)
	if err != nil {
		return err
	}
	lockMu.Lock()
	defer lockMu.Unlock()
	if excl.count > 0 {
		return errors.New("this test binary holds the exclusive lock (Open, Wipe, Lock) and cannot also share the database")
	}
	if shared.count > 0 {
		if hash != sharedHash {
			return errors.New("this test binary already shares the database with another dataset loaded")
		}
		shared.count++
		return nil
	}
	f, err := openLockFile()
	if err != nil {
		return err
	}
	// Read under the shared lock if the dataset is there; otherwise load it under the
	// exclusive lock and look again, since converting a flock lock is not atomic and a writer
	// may wipe the database in between.
	for attempt := 0; attempt < 5; attempt++ {
		if err := lockShared(f); err != nil {
			_ = f.Close()
			return fmt.Errorf("taking the shared lock: %w", err)
		}
		ok, err := holds(ctx, cfg, hash)
		if err == nil && ok {
			shared.file, shared.count, sharedHash = f, 1, hash
			return nil
		}
		unlock(f)
		if err != nil {
			_ = f.Close()
			return err
		}
		if err := lockExclusive(f); err != nil {
			_ = f.Close()
			return fmt.Errorf("taking the lock: %w", err)
		}
		err = loadShared(ctx, cfg, ds, hash)
		unlock(f)
		if err != nil {
			_ = f.Close()
			return err
		}
	}
	_ = f.Close()
	return errors.New("the shared dataset was wiped five times before it could be read")
}

func releaseShared() {
	lockMu.Lock()
	defer lockMu.Unlock()
	if shared.drop(); shared.count == 0 {
		sharedHash = ""
	}
}

// holds reports whether the database holds the dataset with this hash, loaded completely.
func holds(ctx context.Context, cfg neo4j.Config, hash string) (bool, error) {
	recs, err := execCtx(ctx, cfg, "MATCH (m:"+markerLabel+") RETURN m.hash AS hash", nil)
	if err != nil {
		return false, err
	}
	return len(recs) == 1 && recs[0].Values[0] == hash, nil
}

// loadShared wipes the database and loads ds, under the exclusive lock; the marker is written
// last, so a load that fails half-way leaves none.
func loadShared(ctx context.Context, cfg neo4j.Config, ds *graph.Dataset, hash string) error {
	if ok, err := holds(ctx, cfg, hash); err != nil || ok {
		return err
	}
	if _, err := execCtx(ctx, cfg, `MATCH (n) DETACH DELETE n`, nil); err != nil {
		return err
	}
	cfg.SkipSchemaCheck = true
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("neo4jtest: open: %w", err)
	}
	defer func() { _ = s.Close(context.Background()) }()
	if _, err := s.Migrate(ctx); err != nil {
		return fmt.Errorf("neo4jtest: migrate: %w", err)
	}
	if _, err := s.Load(ctx, ds); err != nil {
		return fmt.Errorf("neo4jtest: load: %w", err)
	}
	_, err = execCtx(ctx, cfg, "CREATE (:"+markerLabel+" {hash: $hash})", map[string]any{"hash": hash})
	return err
}
