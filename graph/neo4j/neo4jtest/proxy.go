package neo4jtest

import (
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph/neo4j"
)

// Proxy forwards TCP connections from a loopback port to Neo4j. Stopping it closes the
// listener and every open connection: a real outage as far as the driver can tell.
type Proxy struct {
	t      testing.TB
	addr   string
	target string

	mu    sync.Mutex
	ln    net.Listener
	conns []net.Conn
}

// ProxyTo starts (closed) a proxy to the test Neo4j and returns cfg pointed at it: a direct
// bolt:// URI, since a routing table would name Neo4j's own address.
func ProxyTo(t testing.TB) (*Proxy, neo4j.Config) {
	t.Helper()
	cfg := Config(t)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatalf("neo4jtest: NEO4J_URI: %v", err)
	}
	target := u.Host
	if u.Port() == "" {
		target += ":7687"
	}
	p := NewProxy(t, target)
	cfg.URI = "bolt://" + p.Addr()
	return p, cfg
}

// NewProxy listens on a free loopback port, initially closed (Neo4j "down"); Start opens it.
func NewProxy(t testing.TB, target string) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{t: t, addr: ln.Addr().String(), target: target}
	_ = ln.Close() // the port starts closed: Neo4j is "down"
	t.Cleanup(p.Stop)
	return p
}

// Start opens the port and forwards every connection to the target.
func (p *Proxy) Start() {
	p.t.Helper()
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ { // the port may linger briefly after a stop
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		p.t.Fatalf("proxy: listen %s: %v", p.addr, err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				_ = c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); _ = up.Close() }()
			go func() { _, _ = io.Copy(c, up); _ = c.Close() }()
		}
	}()
}

// Stop closes the port and every open connection.
func (p *Proxy) Stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		_ = p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		_ = c.Close()
	}
	p.conns = nil
}

// Eventually retries f until it succeeds or within has passed.
func Eventually(t testing.TB, what string, within time.Duration, f func() error) {
	t.Helper()
	deadline := time.Now().Add(within)
	var err error
	for time.Now().Before(deadline) {
		if err = f(); err == nil {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("%s: still failing after %s: %v", what, within, err)
}

// Addr is the proxy's loopback address.
func (p *Proxy) Addr() string { return p.addr }
