// Command boltcount is a counting Bolt proxy: it forwards TCP connections from a loopback port to
// Neo4j, unchanged, and counts the Bolt messages the clients send by type. The side-by-side
// benchmark (tools/bench/peer/run.sh) points a second instance of each server at it and reads
// the counts before and after N requests: RUN messages per request are the Cypher statements
// each server sends, whatever driver or language it uses, with nothing to enable in Neo4j
// (Community Edition has no query log) and nothing to trust in the servers' own counters.
//
//	boltcount -listen 127.0.0.1:18304 -target 127.0.0.1:7687 -http 127.0.0.1:18307
//
// GET http://HTTP/counts answers {"connections":N,"messages":{"RUN":N,"BEGIN":N,...},
// "clientBytes":N,"serverBytes":N}. Clients must use a bolt:// URI (a neo4j:// routing table
// would name Neo4j's own address and bypass the proxy). Only loopback addresses are accepted.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/peacegraph/peacegraph/tools/bench/internal/loopback"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "boltcount:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("boltcount", flag.ContinueOnError)
	listen := fs.String("listen", "127.0.0.1:18304", "Bolt address to accept clients on (loopback)")
	target := fs.String("target", "127.0.0.1:7687", "Neo4j's Bolt address (loopback)")
	httpAddr := fs.String("http", "127.0.0.1:18307", "address of the /counts endpoint (loopback)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	for _, a := range []string{*listen, *target, *httpAddr} {
		if err := loopback.Check(a); err != nil {
			return err
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	p := &Proxy{Target: *target}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	hln, err := net.Listen("tcp", *httpAddr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /counts", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(p.Counts())
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(hln) }()
	go func() {
		<-ctx.Done()
		_ = ln.Close()
		_ = srv.Close()
	}()
	slog.Info("boltcount: proxying", "listen", ln.Addr().String(), "target", *target, "counts", "http://"+hln.Addr().String()+"/counts")
	if err := p.Serve(ln); err != nil && !errors.Is(err, net.ErrClosed) {
		return err
	}
	return nil
}
