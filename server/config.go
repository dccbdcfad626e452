package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

// Config is everything the server can be told, from the environment and flags (flags win).
type Config struct {
	Addr     string // PEACEGRAPH_ADDR, -addr
	LogLevel slog.Level
	LogJSON  bool

	Neo4jURI      string // NEO4J_URI: when set, serve from Neo4j; else from memory
	Neo4jUser     string
	Neo4jPassword string
	Neo4jDatabase string

	Limits Limits
}

// Limits protect a public, read-only endpoint from hostile queries.
type Limits struct {
	MaxFirst        int           // PEACEGRAPH_MAX_FIRST: largest first/last on connections
	RequestTimeout  time.Duration // PEACEGRAPH_REQUEST_TIMEOUT: per request
	ShutdownTimeout time.Duration // how long in-flight requests get on SIGTERM
}

// env reads a variable through getenv, with a default.
func env(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// ParseConfig reads the configuration. It returns a usage error for bad values.
func ParseConfig(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	c := Config{
		Addr:          env(getenv, "PEACEGRAPH_ADDR", "127.0.0.1:8080"),
		Neo4jURI:      getenv("NEO4J_URI"),
		Neo4jUser:     env(getenv, "NEO4J_USER", "neo4j"),
		Neo4jPassword: getenv("NEO4J_PASSWORD"),
		Neo4jDatabase: getenv("NEO4J_DATABASE"),
		LogJSON:       env(getenv, "PEACEGRAPH_LOG_FORMAT", "text") == "json",
		Limits:        Limits{MaxFirst: 500, RequestTimeout: 30 * time.Second, ShutdownTimeout: 15 * time.Second},
	}
	if err := c.LogLevel.UnmarshalText([]byte(env(getenv, "PEACEGRAPH_LOG_LEVEL", "info"))); err != nil {
		return c, fmt.Errorf("PEACEGRAPH_LOG_LEVEL: %w", err)
	}
	if v := getenv("PEACEGRAPH_MAX_FIRST"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return c, fmt.Errorf("PEACEGRAPH_MAX_FIRST: want a positive whole number, got %q", v)
		}
		c.Limits.MaxFirst = n
	}
	if v := getenv("PEACEGRAPH_REQUEST_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("PEACEGRAPH_REQUEST_TIMEOUT: want a duration such as 30s, got %q", v)
		}
		c.Limits.RequestTimeout = d
	}
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.Addr, "addr", c.Addr, "listen address (PEACEGRAPH_ADDR)")
	fs.StringVar(&c.Neo4jURI, "neo4j-uri", c.Neo4jURI, "Neo4j URI, bolt:// or neo4j:// (NEO4J_URI); empty: serve the embedded dataset from memory")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if c.Neo4jURI != "" && c.Neo4jPassword == "" {
		c.Neo4jPassword = "peacegraph-dev"
	}
	return c, nil
}

func newLogger(c Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
