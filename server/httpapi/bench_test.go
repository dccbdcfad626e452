package httpapi

// Benchmarks of the GraphQL endpoint through the real HTTP handler (httptest, memory backend).
// They measure; they assert nothing about time. Results and the commands that produced them:
// docs/benchmarks.md.
//
//	go test ./server -run '^$' -bench . -benchmem -count 6
//
// Besides ns/op, B/op and allocs/op each case reports:
//
//	store-calls/op  calls the resolvers made to graph.Store (batched by the per-request
//	                loaders: about one per nesting level and relationship type)
//	cpu-ns/op       user+system CPU time of the whole process per request; ns/op minus this
//	                is mostly time spent waiting, e.g. in the loaders' batching window
//	goroutines/op   goroutines started per request (gqlgen runs every resolver field in its own)
//	resp-bytes      the size of the JSON response

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	rtmetrics "runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/neo4j"
	"github.com/peacegraph/peacegraph/graph/storetest"
	"github.com/peacegraph/peacegraph/schema"
)

// benchCPUTime is the process's user+system CPU time so far.
func benchCPUTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// goroutinesCreated is the number of goroutines the process has started so far.
func goroutinesCreated() uint64 {
	sample := []rtmetrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	rtmetrics.Read(sample)
	if sample[0].Value.Kind() != rtmetrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// benchBody is the POST body of a query without variables.
func benchBody(query string) []byte {
	var b bytes.Buffer
	b.WriteString(`{"query":`)
	b.WriteString(strconv.Quote(query)) // a Go-quoted string is valid JSON for these ASCII queries
	b.WriteString(`}`)
	return b.Bytes()
}

// benchServe posts body to h; it reports a non-200 answer (with b.Error, so that it may be
// called from RunParallel's goroutines) and returns whether the answer was 200.
func benchServe(b *testing.B, h http.Handler, body []byte) bool {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Errorf("status %d: %s", rec.Code, rec.Body.Bytes())
		return false
	}
	return true
}

// benchQuery measures one query on the memory backend, checked once for a clean answer before
// the loop. body returns the request body of iteration i (the same bytes, for a cached query).
func benchQuery(b *testing.B, query string, body func(i int) []byte) {
	benchQueryOn(b, memoryBackend(b).store, query, body)
}

func benchQueryOn(b *testing.B, store graph.Store, query string, body func(i int) []byte) {
	cs := storetest.NewCounting(store)
	h := newTestHandler(b, cs)
	r := post(b, h, query, nil)
	if r.Status != http.StatusOK || len(r.Errors) > 0 {
		b.Fatalf("status %d, errors %s", r.Status, r.Body)
	}
	respBytes := len(r.Body)
	cs.Reset()
	b.ReportAllocs()
	var trips0 int64
	if n4, ok := store.(*neo4j.Store); ok {
		trips0 = n4.RoundTrips()
	}
	cpu0, g0 := benchCPUTime(b), goroutinesCreated()
	i := 0
	for b.Loop() {
		if !benchServe(b, h, body(i)) {
			b.FailNow()
		}
		i++
	}
	cpu, g := benchCPUTime(b)-cpu0, goroutinesCreated()-g0
	if n4, ok := store.(*neo4j.Store); ok {
		b.ReportMetric(float64(n4.RoundTrips()-trips0)/float64(i), "round-trips/op")
	}
	b.ReportMetric(float64(int64(cs.Calls()))/float64(i), "store-calls/op")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(i), "cpu-ns/op")
	b.ReportMetric(float64(g)/float64(i), "goroutines/op")
	b.ReportMetric(float64(respBytes), "resp-bytes")
}

// BenchmarkExamples runs every example query of schema/examples through the handler, with the
// query cache warm (the same document each time, as a client sends it).
func BenchmarkExamples(b *testing.B) {
	ex, err := schema.Examples()
	if err != nil {
		b.Fatal(err)
	}
	names := benchExampleNames(b)
	if len(names) != len(ex) {
		b.Fatalf("%d example files, %d examples", len(names), len(ex))
	}
	for i, e := range ex {
		b.Run(names[i], func(b *testing.B) {
			body := benchBody(e.Query)
			benchQuery(b, e.Query, func(int) []byte { return body })
		})
	}
}

// BenchmarkExamplesNeo4j runs the example queries on the Neo4j backend, when NEO4J_URI names
// one (skipped otherwise), on the shared load of the embedded dataset (neo4jBackend). Also
// reports round-trips/op: the Cypher queries sent per request.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 go test ./server -run '^$' -bench ExamplesNeo4j -benchmem
func BenchmarkExamplesNeo4j(b *testing.B) {
	if os.Getenv("NEO4J_URI") == "" {
		b.Skip("NEO4J_URI not set: skipping the Neo4j backend (start it with `bash tools/neo4j/neo4j.sh up`, then NEO4J_URI=bolt://127.0.0.1:7687)")
	}
	be, _ := neo4jBackend(b)
	n4 := be.store.(*neo4j.Store)
	ex, err := schema.Examples()
	if err != nil {
		b.Fatal(err)
	}
	names := benchExampleNames(b)
	for i, e := range ex {
		b.Run(names[i], func(b *testing.B) {
			body := benchBody(e.Query)
			benchQueryOn(b, n4, e.Query, func(int) []byte { return body })
		})
	}
}

// BenchmarkQueryCache compares a query whose parsed, validated document is in gqlgen's query
// cache (warm) with the same query made new each time by a trailing comment (cold: parsed and
// validated again).
func BenchmarkQueryCache(b *testing.B) {
	ex, err := schema.Examples()
	if err != nil {
		b.Fatal(err)
	}
	names := benchExampleNames(b)
	for _, want := range []string{"02-deployments-with-missions", "13-compare"} {
		i := slices.Index(names, want)
		if i < 0 {
			b.Fatalf("no example %s", want)
		}
		q := ex[i].Query
		b.Run(want+"/warm", func(b *testing.B) {
			body := benchBody(q)
			benchQuery(b, q, func(int) []byte { return body })
		})
		b.Run(want+"/cold", func(b *testing.B) {
			benchQuery(b, q, func(n int) []byte { return benchBody(q + "\n# " + strconv.Itoa(n)) })
		})
		// What one parse of the document costs: shapeRules parses every request's document
		// itself, before (and whatever) the query cache holds.
		b.Run(want+"/parse-only", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parser.ParseQuery(&ast.Source{Input: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParallel serves the nested deployments query from GOMAXPROCS goroutines at once: the
// loaders' batching window is waiting, not work, so requests overlap.
func BenchmarkParallel(b *testing.B) {
	ex, err := schema.Examples()
	if err != nil {
		b.Fatal(err)
	}
	i := slices.Index(benchExampleNames(b), "02-deployments-with-missions")
	h := newTestHandler(b, memoryBackend(b).store)
	body := benchBody(ex[i].Query)
	for _, par := range []int{1, 4, 16} {
		b.Run("02-deployments-with-missions/goroutines-per-proc="+strconv.Itoa(par), func(b *testing.B) {
			b.ReportAllocs()
			b.SetParallelism(par)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if !benchServe(b, h, body) {
						return
					}
				}
			})
		})
	}
}

// benchExampleNames lists schema/examples/*.graphql without the directory and extension, in the
// order schema.Examples() returns them (file-name order).
func benchExampleNames(b *testing.B) []string {
	b.Helper()
	paths, err := fs.Glob(schema.FS, "examples/*.graphql")
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(paths)
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = strings.TrimSuffix(path.Base(p), ".graphql")
	}
	return names
}
