package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
)

// TestNeo4jOutage: with Neo4j gone under a running server, queries get 503 with
// extensions.code BACKEND_UNAVAILABLE and /readyz says 503; when Neo4j is back, service
// returns without restarting the server. The outage is real: the server reaches Neo4j
// through a loopback TCP proxy that the test closes (every connection with it) and reopens.
func TestNeo4jOutage(t *testing.T) {
	b, ok := neo4jBackend(t) // loads the dataset; also holds the test lock
	if !ok {
		return
	}
	_ = b
	p, cfg := neo4jtest.ProxyTo(t)
	p.Start()
	cfg.RetryTime = time.Second
	cfg.Logger = quietLog()
	s, err := neo4j.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close(context.Background()) }()
	srv := httptest.NewServer(newTestHandler(t, s))
	defer srv.Close()

	query := `{ country(iso3: "JPN") { name safeguards { title } } }`
	ready := func() int {
		resp, err := http.Get(srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		return resp.StatusCode
	}
	h := srv.Config.Handler
	expectUp := func(phase string) {
		t.Helper()
		neo4jtest.Eventually(t, phase, 30*time.Second, func() error {
			if r := post(t, h, query, nil); r.Status != 200 || len(r.Errors) > 0 {
				return fmt.Errorf("status %d: %.200s", r.Status, r.Body)
			}
			if code := ready(); code != 200 {
				return fmt.Errorf("/readyz %d", code)
			}
			return nil
		})
	}
	expectUp("before the outage")

	p.Stop()
	neo4jtest.Eventually(t, "during the outage", 30*time.Second, func() error {
		r := post(t, h, query, nil)
		if r.Status != http.StatusServiceUnavailable || r.code() != "BACKEND_UNAVAILABLE" {
			return fmt.Errorf("status %d, code %q: %.200s", r.Status, r.code(), r.Body)
		}
		if code := ready(); code != http.StatusServiceUnavailable {
			return fmt.Errorf("/readyz %d, want 503", code)
		}
		return nil
	})

	p.Start()
	expectUp("after Neo4j is back")
}
