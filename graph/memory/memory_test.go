package memory_test

import (
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/graph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, ds *graph.Dataset) graph.Store {
		t.Helper()
		s, err := memory.New(ds)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
