package httpapi

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// scrape returns /metrics in the Prometheus text format.
func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		t.Fatalf("/metrics: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	return rec.Body.String()
}

// metricValue finds the sample of a metric with exactly these labels (in the exposition's
// order), e.g. `peacegraph_graphql_requests_total{operation="A",status="200"}`.
func metricValue(text, sample string) (string, bool) {
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(sample) + ` (\S+)$`).FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// TestMetrics scrapes /metrics after a few queries and finds the request counter and latency
// histogram for their operation names, errors by code, store round trips and the backend gauge.
func TestMetrics(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	for range 3 {
		post(t, h, `query JapanSafeguards { country(iso3: "JPN") { safeguards { title } } }`, nil)
	}
	post(t, h, `query Missions { missions(first: 2) { totalCount } }`, nil)
	post(t, h, `{ datasetInfo { version } }`, nil)
	post(t, h, `query Broken { missions(first: 2, after: "bogus") { totalCount } }`, nil)
	post(t, h, `query Bad { nope }`, nil)
	send(t, h, "GET", "/export/missions.csv?country=MEX", "")
	for _, path := range []string{"/healthz", "/no/such/page"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", path, nil))
	}

	text := scrape(t, h)
	tests := []struct {
		sample string
		want   string // "" for any value, "-" for absent
	}{
		{`peacegraph_graphql_requests_total{operation="JapanSafeguards",status="200"}`, "3"},
		{`peacegraph_graphql_requests_total{operation="Missions",status="200"}`, "1"},
		{`peacegraph_graphql_requests_total{operation="anonymous",status="200"}`, "1"},
		{`peacegraph_graphql_requests_total{operation="Broken",status="200"}`, "1"},
		{`peacegraph_graphql_requests_total{operation="Bad",status="200"}`, "1"},
		{`peacegraph_graphql_request_duration_seconds_count{operation="JapanSafeguards"}`, "3"},
		{`peacegraph_graphql_request_duration_seconds_bucket{operation="JapanSafeguards",le="+Inf"}`, "3"},
		{`peacegraph_graphql_request_duration_seconds_sum{operation="JapanSafeguards"}`, ""},
		{`peacegraph_graphql_request_duration_seconds_count{operation="Missions"}`, "1"},
		{`peacegraph_errors_total{code="BAD_USER_INPUT"}`, "1"},
		{`peacegraph_errors_total{code="GRAPHQL_VALIDATION_FAILED"}`, "1"},
		{`peacegraph_http_requests_total{route="/export/{file}",status="200"}`, "1"},
		{`peacegraph_http_requests_total{route="/healthz",status="200"}`, "1"},
		{`peacegraph_http_requests_total{route="unmatched",status="404"}`, "1"},
		{`peacegraph_http_request_duration_seconds_count{route="/export/{file}"}`, "1"},
		{`peacegraph_http_requests_total{route="/graphql",status="200"}`, "-"}, // counted by operation instead
		{`peacegraph_store_call_duration_seconds_count{method="List"}`, ""},
		{`peacegraph_store_call_duration_seconds_bucket{method="Get",le="+Inf"}`, ""},
		{`peacegraph_store_call_duration_seconds_count{method="Lookup"}`, ""},
		{`peacegraph_store_errors_total{code="INVALID",method="List"}`, "1"},
		{`peacegraph_backend_up`, "1"},
	}
	for _, tt := range tests {
		got, ok := metricValue(text, tt.sample)
		switch {
		case tt.want == "-":
			if ok {
				t.Errorf("%s should not exist, has %s", tt.sample, got)
			}
		case !ok:
			t.Errorf("missing %s", tt.sample)
		case tt.want != "" && got != tt.want:
			t.Errorf("%s = %s, want %s", tt.sample, got, tt.want)
		}
	}
	for _, family := range []string{"go_goroutines", "process_cpu_seconds_total"} {
		if !strings.Contains(text, "\n"+family+" ") {
			t.Errorf("no %s: the runtime collectors are missing", family)
		}
	}
}

// downStore is a backend that cannot be reached.
type downStore struct{ graph.Store }

func (downStore) Ping(context.Context) error {
	return graph.Errorf(graph.Unavailable, "down.Ping", "no route to the database")
}

// TestBackendUpGauge follows Store.Ping on each scrape.
func TestBackendUpGauge(t *testing.T) {
	h := newTestHandler(t, downStore{memoryBackend(t).store})
	if v, _ := metricValue(scrape(t, h), "peacegraph_backend_up"); v != "0" {
		t.Errorf("backend_up = %q with the backend down", v)
	}
}

// TestOperationLabelsBounded: a client inventing operation names cannot grow the label set.
func TestOperationLabelsBounded(t *testing.T) {
	m := newMetrics(memoryBackend(t).store)
	for i := range maxOperationLabels + 50 {
		m.operationLabel(fmt.Sprintf("Op%d", i))
	}
	if got := m.operationLabel("YetAnother"); got != "other" {
		t.Errorf("label %q past the cap", got)
	}
	if got := m.operationLabel("Op1"); got != "Op1" {
		t.Errorf("a known name keeps its label, got %q", got)
	}
	if got := m.operationLabel(`evil"} 1`); got != "other" {
		t.Errorf("a name that is not a GraphQL name: %q", got)
	}
}

// TestAccessLogVariables: variables' values stay out of the access log unless
// PEACEGRAPH_LOG_VARIABLES=true.
func TestAccessLogVariables(t *testing.T) {
	for _, logVars := range []bool{false, true} {
		var buf bytes.Buffer
		log := slog.New(slog.NewTextHandler(&buf, nil))
		h, err := New(memoryBackend(t).store, Config{LogVariables: logVars}, log)
		if err != nil {
			t.Fatal(err)
		}
		post(t, h, `query Secretive($c: String!) { country(iso3: $c) { name } }`, map[string]any{"c": "JPN-SECRET"})
		out := buf.String()
		if !strings.Contains(out, "operation=Secretive") || !strings.Contains(out, "status=200") {
			t.Errorf("access log lacks the operation or status: %s", out)
		}
		if strings.Contains(out, "JPN-SECRET") != logVars {
			t.Errorf("LogVariables=%v, log: %s", logVars, out)
		}
	}
}

// TestAccessLogOperationTruncated: the client picks the operation name; the access log keeps
// only its first maxLoggedOperation bytes (issue 14).
func TestAccessLogOperationTruncated(t *testing.T) {
	var buf bytes.Buffer
	h, err := New(memoryBackend(t).store, Config{}, slog.New(slog.NewTextHandler(&buf, nil)))
	if err != nil {
		t.Fatal(err)
	}
	name := "Op" + strings.Repeat("x", 5000)
	post(t, h, `query `+name+` { datasetInfo { version } }`, nil)
	out := buf.String()
	if !strings.Contains(out, "operation="+name[:maxLoggedOperation]+"…") || strings.Contains(out, name[:maxLoggedOperation+1]) {
		t.Errorf("access log line of %d bytes; want the operation cut at %d bytes", len(out), maxLoggedOperation)
	}
}
