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
)

// Main is the program: configuration in, a running server out (after benbjohnson/wtf).
type Main struct {
	Config Config
	Log    *slog.Logger

	store   graph.Store
	closeFn func(context.Context) error
	srv     *http.Server
	ln      net.Listener
}

// Run opens the store, binds the listener and starts serving in the background. It returns
// once the server accepts connections, or with the reason it cannot start.
func (m *Main) Run(ctx context.Context) error {
	if m.Log == nil {
		m.Log = slog.Default()
	}
	if err := m.openStore(ctx); err != nil {
		return err
	}
	h, err := newHandler(m.store, m.Config, m.Log)
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
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
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
		m.closeFn = func(context.Context) error { return nil }
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
		m.closeFn = s.Close
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

// Close stops accepting requests, lets in-flight ones finish, and closes the store.
func (m *Main) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), m.Config.Limits.ShutdownTimeout)
	defer cancel()
	var errs []error
	if m.srv != nil {
		errs = append(errs, m.srv.Shutdown(ctx))
	}
	if m.closeFn != nil {
		errs = append(errs, m.closeFn(ctx))
	}
	return errors.Join(errs...)
}

// runServe is the default command: serve until SIGINT or SIGTERM.
func runServe(args []string, stdout, stderr io.Writer) int {
	cfg, err := ParseConfig(args, os.Getenv, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "server:", err)
		return 2
	}
	log := newLogger(cfg, stderr)
	slog.SetDefault(log)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{Config: cfg, Log: log}
	if err := m.Run(ctx); err != nil {
		fmt.Fprintln(stderr, "server:", err)
		return 1
	}
	<-ctx.Done()
	log.Info("shutting down")
	if err := m.Close(); err != nil {
		log.Error("shutdown", "err", err)
		return 1
	}
	return 0
}
