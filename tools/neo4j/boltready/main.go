// Command boltready exits 0 when the Neo4j on 127.0.0.1:PORT accepts an authenticated Bolt
// connection: the Go driver's VerifyConnectivity (handshake and HELLO with basic auth), as the
// server's own store would connect. neo4j.sh runs it to decide that a started Neo4j is ready.
//
//	go run ./tools/neo4j/boltready [-port 7687] [-timeout 5s]   (password: NEO4J_PASSWORD)
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	port := flag.Int("port", 7687, "Bolt port on 127.0.0.1")
	timeout := flag.Duration("timeout", 5*time.Second, "give up after this long")
	flag.Parse()
	if err := check(*port, os.Getenv("NEO4J_PASSWORD"), *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "boltready:", err)
		os.Exit(1)
	}
	fmt.Printf("bolt://127.0.0.1:%d ready\n", *port)
}

func check(port int, password string, timeout time.Duration) error {
	if password == "" {
		password = "peacegraph-dev"
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	uri := fmt.Sprintf("bolt://127.0.0.1:%d", port)
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth("neo4j", password, ""))
	if err != nil {
		return fmt.Errorf("driver for %s: %w", uri, err)
	}
	defer func() { _ = d.Close(context.WithoutCancel(ctx)) }()
	if err := d.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("%s: %w", uri, err)
	}
	return nil
}
