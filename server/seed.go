package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"

	"github.com/peacegraph/peacegraph/seed"
)

type seedResult struct{ ds *graph.Dataset }

// runSeed handles `seed validate` and `seed stats`, which read the embedded dataset (or the
// directory given by -dir, for checking edits without rebuilding).
func runSeed(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: server seed validate|stats|load [-dir DIR]")
		return 2
	}
	cmd, rest := args[0], args[1:]
	dir := ""
	for i := 0; i < len(rest); i++ {
		if rest[i] == "-dir" && i+1 < len(rest) {
			dir = rest[i+1]
			i++
		}
	}
	load := func() (*seedResult, error) {
		if dir != "" {
			ds, err := seed.LoadDir(dir)
			return &seedResult{ds}, err
		}
		ds, err := seed.LoadEmbedded()
		return &seedResult{ds}, err
	}
	switch cmd {
	case "validate", "stats":
		r, err := load()
		var probs seed.Problems
		if errors.As(err, &probs) {
			for _, p := range probs {
				fmt.Fprintln(stderr, p.String())
			}
			fmt.Fprintf(stderr, "seed: %d problem(s)\n", len(probs))
			return 1
		}
		if err != nil {
			fmt.Fprintln(stderr, "seed:", err)
			return 1
		}
		st := seed.Count(r.ds)
		if cmd == "stats" {
			fmt.Fprint(stdout, st.String())
			return 0
		}
		fmt.Fprintf(stdout, "seed: valid: %d nodes, %d relationships, %d personnel points, version %s\n", st.Nodes, st.Edges, st.Points, r.ds.Version)
		return 0
	case "load":
		return runSeedLoad(rest, stdout, stderr)
	}
	fmt.Fprintf(stderr, "seed: unknown command %q (validate, stats, load)\n", cmd)
	return 2
}

// runSeedLoad is `server seed load`: it migrates the schema of the Neo4j database that
// NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE name (defaults: the local dev
// server), then loads the embedded dataset (or -dir DIR) into it, idempotently, and prints
// what changed. An invalid dataset is reported problem by problem and nothing is written.
func runSeedLoad(args []string, stdout, stderr io.Writer) int {
	return seedLoad(context.Background(), args, os.Getenv, stdout, stderr)
}

func seedLoad(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("seed load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "", "load the seed files under `DIR` instead of the embedded dataset")
	migrateOnly := fs.Bool("migrate-only", false, "apply the schema (constraints and indexes) and stop")
	timeout := fs.Duration("timeout", 10*time.Minute, "give up after this long")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: server seed load [-dir DIR] [-migrate-only] [-timeout 10m] [-json]")
		fmt.Fprintln(stderr, "Neo4j: NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD (peacegraph-dev), NEO4J_DATABASE (neo4j)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	cfg := neo4j.Config{
		URI:             env(getenv, "NEO4J_URI", "bolt://127.0.0.1:7687"),
		User:            env(getenv, "NEO4J_USER", "neo4j"),
		Password:        env(getenv, "NEO4J_PASSWORD", "peacegraph-dev"),
		Database:        env(getenv, "NEO4J_DATABASE", "neo4j"),
		SkipSchemaCheck: true, // this command migrates
		RetryTime:       30 * time.Second,
		Logger:          log,
	}

	// Validate before touching the database: an invalid dataset writes nothing.
	var ds *graph.Dataset
	if !*migrateOnly {
		var err error
		if *dir != "" {
			ds, err = seed.LoadDir(*dir)
		} else {
			ds, err = seed.LoadEmbedded()
		}
		var probs seed.Problems
		if errors.As(err, &probs) {
			for _, p := range probs {
				fmt.Fprintln(stderr, p.String())
			}
			fmt.Fprintf(stderr, "seed load: the dataset has %d problem(s); nothing was loaded\n", len(probs))
			return 1
		}
		if err != nil {
			fmt.Fprintln(stderr, "seed load:", err)
			return 1
		}
	}

	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	log.Info("seed load: connecting", "uri", cfg.URI, "user", cfg.User, "database", cfg.Database)
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "seed load:", err)
		return 1
	}
	defer func() { _ = s.Close(context.WithoutCancel(ctx)) }()
	if err := s.Ping(ctx); err != nil {
		fmt.Fprintf(stderr, "seed load: cannot reach Neo4j at %s: %v\n", cfg.URI, err)
		return 1
	}
	mrep, err := s.Migrate(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "seed load: migrate:", err)
		return 1
	}
	log.Info("seed load: schema migrated", "from", mrep.From, "to", mrep.To, "statements", mrep.Statements)
	if *migrateOnly {
		if *asJSON {
			return printJSON(stdout, stderr, map[string]any{"schema": mrep})
		}
		fmt.Fprintf(stdout, "schema: version %d -> %d (%d idempotent statements)\n", mrep.From, mrep.To, mrep.Statements)
		return 0
	}
	rep, err := s.Load(ctx, ds)
	if err != nil {
		fmt.Fprintln(stderr, "seed load:", err)
		return 1
	}
	if *asJSON {
		return printJSON(stdout, stderr, map[string]any{"schema": mrep, "load": rep})
	}
	fmt.Fprintf(stdout, "schema: version %d -> %d\n", mrep.From, mrep.To)
	fmt.Fprint(stdout, rep.String())
	if !rep.Changed() {
		fmt.Fprintln(stdout, "nothing changed: the database already held this dataset")
	}
	return 0
}

func printJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(stderr, "seed load:", err)
		return 1
	}
	return 0
}
