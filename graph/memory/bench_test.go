package memory_test

// Benchmarks of the in-process store over the embedded dataset. They measure; they assert
// nothing about time. Results and the commands that produced them: docs/benchmarks.md.
//
//	go test ./graph/memory -run '^$' -bench . -benchmem -count 6

import (
	"sync"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/graph/storetest"
	"github.com/peacegraph/peacegraph/seed"
)

var benchDataset = sync.OnceValues(seed.LoadEmbedded)

func benchStore(b *testing.B) (*graph.Dataset, *memory.Store) {
	b.Helper()
	ds, err := benchDataset()
	if err != nil {
		b.Fatalf("embedded dataset: %v", err)
	}
	s, err := memory.New(ds)
	if err != nil {
		b.Fatal(err)
	}
	return ds, s
}

// BenchmarkStartup is what a server pays before it can answer: parsing the embedded YAML
// (LoadEmbedded) and indexing it (New).
func BenchmarkStartup(b *testing.B) {
	b.Run("LoadEmbedded", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := seed.LoadEmbedded(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("New", func(b *testing.B) {
		ds, _ := benchStore(b)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := memory.New(ds); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// The store benchmarks shared with the Neo4j store (graph/storetest/bench.go).

func BenchmarkGet(b *testing.B)   { ds, s := benchStore(b); storetest.BenchGet(b, ds, s, nil) }
func BenchmarkEdges(b *testing.B) { ds, s := benchStore(b); storetest.BenchEdges(b, ds, s, nil) }
func BenchmarkList(b *testing.B)  { ds, s := benchStore(b); storetest.BenchList(b, ds, s, nil) }
func BenchmarkSearch(b *testing.B) {
	ds, s := benchStore(b)
	storetest.BenchSearch(b, ds, s, nil)
}
func BenchmarkEvidencePath(b *testing.B) {
	ds, s := benchStore(b)
	storetest.BenchEvidencePath(b, ds, s, nil)
}
func BenchmarkPersonnelSeries(b *testing.B) {
	ds, s := benchStore(b)
	storetest.BenchPersonnelSeries(b, ds, s, nil)
}
