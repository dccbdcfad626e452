package httpapi

import (
	"testing"

	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/storetest"
)

// TestNoNPlusOne: a query three levels deep over every country makes a bounded number of store
// calls (and, on Neo4j, of Cypher round trips), however many rows each level returns: one
// batched call per relationship per level, never one per row.
func TestNoNPlusOne(t *testing.T) {
	const query = `{
	  countries {
	    deployments(first: 100) { nodes {
	      mission { acronym establishedBy { title } }
	      functions { name }
	      constrainedBy { title groundedIn { title } }
	    } }
	  }
	}`
	// Level by level: countries (List); deployments (Edges DEPLOYED_BY + Get); per deployment:
	// mission (Get), functions (Edges + Get), constrainedBy (Edges + Get); then establishedBy
	// (Edges + Get) and groundedIn (Edges + Get): 12 batched calls, whatever the row counts.
	// The loaders batch by a short time window, so a busy machine may split a batch in two:
	// the bound allows a few splits, and the real check is that 35 countries cost no more
	// than one does.
	const bound = 16
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			cs := storetest.NewCounting(b.store)
			h := newTestHandler(t, cs)
			n4j, isNeo4j := b.store.(*neo4j.Store)
			// measure runs q five times and keeps the fewest calls: batching works on a
			// time window, and a hiccup of the machine can split one batch; a per-row call
			// pattern shows up in every run.
			measure := func(q string) (calls, trips int64) {
				calls, trips = 1<<30, 1<<30
				for range 5 {
					cs.Reset()
					var before int64
					if isNeo4j {
						before = n4j.RoundTrips()
					}
					r := post(t, h, q, nil)
					if r.Status != 200 || len(r.Errors) > 0 {
						t.Fatalf("status %d: %.300s", r.Status, r.Body)
					}
					calls = min(calls, int64(cs.Calls()))
					if isNeo4j {
						trips = min(trips, n4j.RoundTrips()-before)
					}
				}
				return calls, trips
			}
			all, allTrips := measure(query)
			if all > bound {
				t.Errorf("%d store calls for a three-level query, want at most %d", all, bound)
			}
			if isNeo4j && allTrips > bound+2 { // List is two queries
				t.Errorf("%d Cypher round trips, want at most %d", allTrips, bound+2)
			}
			// 35 countries must not cost more than one does: no per-row calls.
			one, _ := measure(`{ country(iso3: "ARG") { deployments(first: 100) { nodes { mission { acronym establishedBy { title } } functions { name } constrainedBy { title groundedIn { title } } } } } }`)
			if all > one+4 {
				t.Errorf("store calls: %d for one country, %d for all: per-row calls?", one, all)
			}
		})
	}
}
