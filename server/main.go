// Command server is peacegraph: the GraphQL API over the peacekeeping knowledge graph.
//
//	server                 serve the API (the default command)
//	server seed validate   check the dataset and list every problem
//	server seed stats      counts per type and the share of cited items
//	server seed load       load the dataset into the Neo4j that NEO4J_* name
//	server healthcheck     exit 0 if a running server's /readyz answers 200 (for containers)
//
// This package only wires: configuration in (config.go), a store (graph/memory or graph/neo4j),
// the HTTP API over it (server/httpapi), and the command-line tools (seed.go, healthcheck.go).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/seed"
	"github.com/peacegraph/peacegraph/server/httpapi"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a sub-command and returns the exit code: 0 done, 1 failed, 2 bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "seed":
			return runSeed(args[1:], stdout, stderr)
		case "healthcheck":
			return runHealthcheck(args[1:], stdout, stderr)
		}
	}
	return runServe(args, stderr)
}

// runServe is the default command: serve until SIGINT or SIGTERM. Every way out closes m.
func runServe(args []string, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain(stderr)
	if err := m.ParseFlags(ctx, args, os.Getenv); err != nil {
		_ = m.Close()
		fmt.Fprintln(stderr, "server:", err)
		return 2
	}
	slog.SetDefault(m.Log)
	if err := m.Run(ctx); err != nil {
		_ = m.Close()
		fmt.Fprintln(stderr, "server:", err)
		return 1
	}
	<-ctx.Done()
	m.Log.Info("shutting down")
	if err := m.Close(); err != nil {
		m.Log.Error("shutdown", "err", err)
		return 1
	}
	return 0
}

// Main is the program (after benbjohnson/wtf): ParseFlags reads the configuration, Run opens
// the store and starts serving, Close stops and releases everything. Close is safe after a
// failed ParseFlags or Run, and more than once.
type Main struct {
	Config Config
	Log    *slog.Logger

	stderr     io.Writer
	store      graph.Store
	closeStore func(context.Context) error
	srv        *http.Server
	ln         net.Listener
}

// NewMain returns a Main that logs to stderr until ParseFlags configures the log.
func NewMain(stderr io.Writer) *Main {
	return &Main{stderr: stderr, Log: slog.New(slog.NewTextHandler(stderr, nil))}
}

// ParseFlags reads the environment (through getenv) and the flags into m.Config and sets up
// the log it asks for.
func (m *Main) ParseFlags(_ context.Context, args []string, getenv func(string) string) error {
	cfg, err := ParseConfig(args, getenv, m.stderr)
	if err != nil {
		return err
	}
	m.Config = cfg
	m.Log = newLogger(cfg, m.stderr)
	return nil
}

// Run opens the store, binds the listener and starts serving in the background. It returns
// once the server accepts connections, or with the reason it cannot start (the caller then
// calls Close).
func (m *Main) Run(ctx context.Context) error {
	if m.Log == nil {
		m.Log = slog.Default()
	}
	if err := m.openStore(ctx); err != nil {
		return err
	}
	h, err := httpapi.New(m.store, m.Config.API(), m.Log)
	if err != nil {
		return fmt.Errorf("routes: %w", err)
	}
	ln, err := net.Listen("tcp", m.Config.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", m.Config.Addr, err)
	}
	m.ln = ln
	m.srv = &http.Server{
		Handler:           h,
		ReadHeaderTimeout: m.Config.Server.ReadHeader,
		ReadTimeout:       m.Config.Server.Read,
		WriteTimeout:      m.Config.Server.Write,
		IdleTimeout:       m.Config.Server.Idle,
		MaxHeaderBytes:    m.Config.Server.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(m.Log.Handler(), slog.LevelWarn),
	}
	go func() {
		if err := m.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			m.Log.Error("server stopped", "err", err)
		}
	}()
	m.Log.Info("listening", "addr", "http://"+ln.Addr().String(), "graphql", "/graphql", "playground", "/", "export", "/export", "metrics", "/metrics")
	return nil
}

// Addr is the address the server listens on (useful with port 0).
func (m *Main) Addr() string { return m.ln.Addr().String() }

func (m *Main) openStore(ctx context.Context) error {
	if m.Config.Neo4jURI == "" {
		ds, err := seed.LoadEmbedded()
		if err != nil {
			return fmt.Errorf("the embedded dataset is invalid, refusing to start:\n%w", err)
		}
		s, err := memory.New(ds)
		if err != nil {
			return fmt.Errorf("memory store: %w", err)
		}
		m.store = s
		if m.Config.Limits.LoaderWait == 0 {
			// In-process calls cost microseconds: a short window keeps nested queries fast.
			m.Config.Limits.LoaderWait = time.Millisecond
		}
	} else {
		s, err := neo4j.Open(ctx, neo4j.Config{URI: m.Config.Neo4jURI, User: m.Config.Neo4jUser,
			Password: m.Config.Neo4jPassword, Database: m.Config.Neo4jDatabase, Logger: m.Log})
		if err != nil {
			return fmt.Errorf("neo4j store: %w", err)
		}
		m.store = s
		m.closeStore = s.Close
	}
	info, err := m.store.Info(ctx)
	if err != nil {
		// Neo4j may be down at start-up: serve anyway, /readyz and the API say so.
		m.Log.Warn("store not ready yet; serving, and retrying on each request", "err", err)
		return nil
	}
	m.Log.Info("store ready", "backend", info.Backend, "nodes", info.Nodes, "relationships", info.Relationships,
		"sources", info.Sources, "dataset", info.Version)
	return nil
}

// Close stops accepting requests, lets in-flight ones finish (within the shutdown timeout),
// and closes the store.
func (m *Main) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), m.Config.Limits.WithDefaults().ShutdownTimeout)
	defer cancel()
	var errs []error
	if m.srv != nil {
		errs = append(errs, m.srv.Shutdown(ctx))
		m.srv = nil
	} else if m.ln != nil {
		errs = append(errs, m.ln.Close())
	}
	m.ln = nil
	if m.closeStore != nil {
		errs = append(errs, m.closeStore(ctx))
		m.closeStore = nil
	}
	return errors.Join(errs...)
}
