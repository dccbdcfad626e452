package apierror

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph"
)

// TestClassify: store errors by their graph.Code, a spent deadline as TIMEOUT whatever the
// store called it, and internal or unclassified errors without their details.
func TestClassify(t *testing.T) {
	expired, cancel := context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	bg := context.Background()
	tests := []struct {
		ctx        context.Context
		err        error
		code, msg  string
		wantStatus int
	}{
		{bg, graph.Errorf(graph.NotFound, "memory.List", "no country %q", "country:xxx"), NotFound, `no country "country:xxx"`, 404},
		{bg, graph.Errorf(graph.Invalid, "neo4j.List", "first must not be negative"), BadUserInput, "first must not be negative", 400},
		{bg, graph.Errorf(graph.Unavailable, "neo4j.Get", "the graph database is unavailable"), BackendUnavailable, "the graph database is unavailable", 503},
		{bg, graph.Wrap(graph.Internal, "neo4j.Get", errors.New("secret detail"), "stored node is corrupt"), Internal, "internal error", 500},
		{bg, errors.New("unclassified"), Internal, "internal error", 500},
		{expired, graph.Wrap(graph.Unavailable, "neo4j.List", context.DeadlineExceeded, "request cancelled or timed out"), Timeout, "the request took too long and was stopped", 503},
	}
	for _, tt := range tests {
		code, msg := Classify(tt.ctx, tt.err)
		if code != tt.code || msg != tt.msg || Status(code) != tt.wantStatus {
			t.Errorf("Classify(%v) = %s %q (status %d), want %s %q (%d)", tt.err, code, msg, Status(code), tt.code, tt.msg, tt.wantStatus)
		}
	}
}

// TestTable: every graph.Code has an API code in the table, and every code a status.
func TestTable(t *testing.T) {
	for _, c := range []graph.Code{graph.Invalid, graph.NotFound, graph.Unavailable, graph.Internal} {
		if !Known(OfGraph(c)) {
			t.Errorf("graph code %s maps to %q, which the table lacks", c, OfGraph(c))
		}
	}
	for _, c := range Codes() {
		if s := Status(c); s < 200 || s > 599 || http.StatusText(s) == "" {
			t.Errorf("%s: status %d", c, s)
		}
	}
	if Known("NOPE") || Status("NOPE") != 500 {
		t.Error("an unknown code is known, or not a 500")
	}
}
