package neo4j

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/notifications"

	"github.com/peacegraph/peacegraph/graph"
)

// Config says where the Neo4j database is and how to talk to it. URI, User and Password are
// required; the rest have defaults.
type Config struct {
	URI      string // bolt://host:7687 (direct) or neo4j://host:7687 (routing)
	User     string
	Password string
	Database string // empty: the server's default database

	// RetryTime bounds how long the driver retries a transaction that failed with a transient
	// or connectivity error (default 3s). A context deadline shorter than that wins.
	RetryTime time.Duration
	// ConnectTimeout bounds one TCP connect (default 3s).
	ConnectTimeout time.Duration
	// MaxPoolSize caps open connections (default 50).
	MaxPoolSize int

	// SkipSchemaCheck makes Open skip the schema version check: for tools that migrate right
	// after opening (`server seed load`, tests).
	SkipSchemaCheck bool
	// SchemaRetryInterval is how often a store opened while Neo4j was unreachable retries the
	// schema check in the background (default 2s).
	SchemaRetryInterval time.Duration

	// Logger receives the store's log, and the driver's at debug level (default slog.Default()).
	Logger *slog.Logger
}

func (c *Config) defaults() {
	if c.RetryTime <= 0 {
		c.RetryTime = 3 * time.Second
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 3 * time.Second
	}
	if c.MaxPoolSize <= 0 {
		c.MaxPoolSize = 50
	}
	if c.SchemaRetryInterval <= 0 {
		c.SchemaRetryInterval = 2 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// Store is the Neo4j implementation of graph.Store. It is safe for concurrent use; open one
// per process (it owns the driver and its connection pool).
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	log    *slog.Logger

	trips  atomic.Int64
	closed atomic.Bool
	docs   docCache // decoded nodes by stored document

	// schemaErr is set when a background schema check (see Open) found a version the code
	// cannot serve; every method then returns it.
	schemaErr atomic.Pointer[error]
	bg        context.Context // cancelled by Close: stops background work
	stop      context.CancelFunc
	wg        sync.WaitGroup
}

var _ graph.Store = (*Store)(nil)

// Open creates the driver and checks the database schema version (unless cfg.SkipSchemaCheck).
//
// Open does not need Neo4j to be up: when it cannot be reached, Open logs a warning and
// returns a store whose methods report graph.Unavailable until Neo4j answers; the schema check
// is then retried in the background. Open fails for a malformed configuration and for a
// database whose schema is newer than this code, or older (run `server seed load`, which
// migrates); a mismatch found later by the background check makes every method fail with it.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	const op = "neo4j.Open"
	cfg.defaults()
	if cfg.URI == "" {
		return nil, graph.Errorf(graph.Invalid, op, "no Neo4j URI configured")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		c.MaxTransactionRetryTime = cfg.RetryTime
		c.SocketConnectTimeout = cfg.ConnectTimeout
		c.ConnectionAcquisitionTimeout = cfg.RetryTime + cfg.ConnectTimeout
		c.MaxConnectionPoolSize = cfg.MaxPoolSize
		c.Log = driverLogger{cfg.Logger}
		c.NotificationsMinSeverity = notifications.WarningLevel
	})
	if err != nil {
		return nil, graph.Wrap(graph.Invalid, op, err, fmt.Sprintf("cannot use Neo4j URI %q", cfg.URI))
	}
	s := &Store{driver: drv, cfg: cfg, log: cfg.Logger}
	s.bg, s.stop = context.WithCancel(context.Background())
	if cfg.SkipSchemaCheck {
		// The driver (v5.28.4) initialises its connector on the first Connect without a lock,
		// a data race when the first queries arrive together; one connection made here, alone,
		// initialises it whether or not Neo4j answers (the schema check below does the same).
		vctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout)
		if err := drv.VerifyConnectivity(vctx); err != nil {
			s.log.Debug("neo4j: not reachable at open", "uri", cfg.URI, "err", err)
		}
		cancel()
		return s, nil
	}
	checkCtx, cancel := context.WithTimeout(ctx, cfg.RetryTime)
	err = s.CheckSchema(checkCtx)
	cancel()
	switch graph.ErrorCode(err) {
	case "":
	case graph.Unavailable:
		s.log.Warn("neo4j: not reachable at start-up; serving UNAVAILABLE until it answers",
			"uri", cfg.URI, "err", err)
		s.wg.Add(1)
		go s.checkSchemaLater()
	default:
		_ = drv.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// checkSchemaLater retries the schema check until Neo4j answers it or the store closes.
func (s *Store) checkSchemaLater() {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.SchemaRetryInterval)
	defer t.Stop()
	for {
		select {
		case <-s.bg.Done():
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(s.bg, s.cfg.RetryTime+s.cfg.ConnectTimeout)
		err := s.CheckSchema(ctx)
		cancel()
		if s.bg.Err() != nil {
			return
		}
		switch graph.ErrorCode(err) {
		case "":
			s.log.Info("neo4j: reachable; schema version checked", "uri", s.cfg.URI)
			return
		case graph.Unavailable:
			continue
		default:
			s.log.Error("neo4j: schema check failed; the store will answer every query with this error", "err", err)
			s.schemaErr.Store(&err)
			return
		}
	}
}

// Close stops background work and closes the driver.
func (s *Store) Close(ctx context.Context) error {
	if s.closed.Swap(true) {
		return nil
	}
	s.stop()
	s.wg.Wait()
	return s.driver.Close(ctx)
}

// RoundTrips is the number of queries the store has sent to Neo4j (each attempt of a retried
// transaction counts). Tests use it to prove that a request costs a bounded number of queries.
func (s *Store) RoundTrips() int64 { return s.trips.Load() }

// Ping reports whether Neo4j answers a query now.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.read(ctx, "neo4j.Ping", "RETURN 1 AS ok", nil)
	return err
}

// usable returns the error every method returns before touching Neo4j, if any.
func (s *Store) usable(op string) error {
	if s.closed.Load() {
		return graph.Errorf(graph.Unavailable, op, "the graph store is closed")
	}
	if p := s.schemaErr.Load(); p != nil {
		return graph.Wrap(graph.Internal, op, *p, "the graph database has an incompatible schema")
	}
	return nil
}

// txConfig turns the context deadline into a server-side transaction timeout, so that Neo4j
// stops working on a query nobody waits for any more.
func txConfig(ctx context.Context) []func(*neo4j.TransactionConfig) {
	if d, ok := ctx.Deadline(); ok {
		if left := time.Until(d); left > time.Millisecond {
			return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(left)}
		}
	}
	return nil
}

const accessRead = neo4j.AccessModeRead

// read runs one parameterised query in a managed read transaction (read routing, retried on
// transient and connectivity errors) and returns all its records.
func (s *Store) read(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if err := s.usable(op); err != nil {
		return nil, err
	}
	return s.run(ctx, op, neo4j.AccessModeRead, cypher, params)
}

// write runs one parameterised query in a managed write transaction.
func (s *Store) write(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if s.closed.Load() {
		return nil, graph.Errorf(graph.Unavailable, op, "the graph store is closed")
	}
	return s.run(ctx, op, neo4j.AccessModeWrite, cypher, params)
}

func (s *Store) run(ctx context.Context, op string, mode neo4j.AccessMode, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, classify(op, err)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.cfg.Database})
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		s.trips.Add(1)
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}
	var out any
	var err error
	if mode == neo4j.AccessModeRead {
		out, err = sess.ExecuteRead(ctx, work, txConfig(ctx)...)
	} else {
		out, err = sess.ExecuteWrite(ctx, work, txConfig(ctx)...)
	}
	if err != nil {
		return nil, classify(op, err)
	}
	recs, _ := out.([]*neo4j.Record)
	return recs, nil
}

// classify maps a driver error to a graph error code: anything that says "Neo4j cannot answer
// now" (connection refused or lost, routing failure, pool exhausted, retries exhausted,
// transient server errors, deadlines) is Unavailable; everything else is Internal.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		if ge.Op == "" {
			ge.Op = op
		}
		return err
	}
	if unavailable(err) {
		msg := "the graph database is unavailable"
		switch {
		case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
			msg = "request cancelled or timed out" // as the memory store says
		case timedOut(err):
			msg = "the graph database did not answer in time"
		}
		return graph.Wrap(graph.Unavailable, op, err, msg)
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Security.") {
		return graph.Wrap(graph.Internal, op, err, "Neo4j refused the configured credentials")
	}
	return graph.Wrap(graph.Internal, op, err, "graph database query failed")
}

func unavailable(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) || errors.Is(err, io.EOF) {
		return true
	}
	var ce *neo4j.ConnectivityError
	var tl *neo4j.TransactionExecutionLimit
	var nerr net.Error
	if errors.As(err, &ce) || errors.As(err, &tl) || errors.As(err, &nerr) {
		return true
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return strings.HasPrefix(ne.Code, "Neo.TransientError.") ||
			strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut") ||
			ne.Code == "Neo.ClientError.Cluster.NotALeader" ||
			ne.Code == "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"
	}
	return false
}

func timedOut(err error) bool {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut") {
		return true
	}
	var nerr net.Error
	return errors.As(err, &nerr) && nerr.Timeout()
}

// driverLogger forwards the driver's log to slog at debug level. The driver logs an error or a
// warning for every failed connection attempt, including those it retries and those the store
// returns as Unavailable (which the caller logs once, with the operation): at info level or
// above they would flood the log during an outage.
type driverLogger struct{ l *slog.Logger }

func (d driverLogger) Error(name, id string, err error) {
	d.l.Debug("neo4j driver", "component", name, "id", id, "err", err)
}
func (d driverLogger) Warnf(name, id string, msg string, args ...any) {
	d.l.Debug("neo4j driver: "+fmt.Sprintf(msg, args...), "component", name, "id", id)
}
func (d driverLogger) Infof(string, string, string, ...any)  {}
func (d driverLogger) Debugf(string, string, string, ...any) {}
