package httpapi

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/server/apierror"
)

// metrics are what /metrics serves, from the server's own registry (not the global one, so
// tests and several servers in one process do not collide):
//
//	peacegraph_graphql_requests_total{operation,status}      GraphQL requests
//	peacegraph_graphql_request_duration_seconds{operation}   their latency
//	peacegraph_http_requests_total{route,status}             other requests, by mux pattern
//	peacegraph_http_request_duration_seconds{route}          their latency
//	peacegraph_errors_total{code}                            errors answered, by extensions.code
//	peacegraph_store_call_duration_seconds{method}           store round trips and their latency
//	peacegraph_store_errors_total{method,code}               failed store calls, by graph.Code
//	peacegraph_backend_up                                    1 if Store.Ping succeeds, on scrape
//
// plus the Go runtime and process collectors. Operation names are the client's choice, so at
// most maxOperationLabels distinct names become labels; later ones count as "other".
type metrics struct {
	reg           *prometheus.Registry
	gqlRequests   *prometheus.CounterVec
	gqlDuration   *prometheus.HistogramVec
	httpRequests  *prometheus.CounterVec
	httpDuration  *prometheus.HistogramVec
	errors        *prometheus.CounterVec
	storeDuration *prometheus.HistogramVec
	storeErrors   *prometheus.CounterVec

	mu         sync.Mutex
	operations map[string]bool
}

const maxOperationLabels = 200

func newMetrics(store graph.Store) *metrics {
	reg := prometheus.NewRegistry()
	f := func(c prometheus.Collector) prometheus.Collector { reg.MustRegister(c); return c }
	m := &metrics{reg: reg, operations: map[string]bool{}}
	m.gqlRequests = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "peacegraph_graphql_requests_total",
		Help: "GraphQL requests by operation name and HTTP status."}, []string{"operation", "status"})).(*prometheus.CounterVec)
	m.gqlDuration = f(prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "peacegraph_graphql_request_duration_seconds",
		Help: "GraphQL request latency by operation name.", Buckets: prometheus.DefBuckets}, []string{"operation"})).(*prometheus.HistogramVec)
	m.httpRequests = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "peacegraph_http_requests_total",
		Help: "Non-GraphQL HTTP requests by route (mux pattern) and status."}, []string{"route", "status"})).(*prometheus.CounterVec)
	m.httpDuration = f(prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "peacegraph_http_request_duration_seconds",
		Help: "Non-GraphQL HTTP request latency by route.", Buckets: prometheus.DefBuckets}, []string{"route"})).(*prometheus.HistogramVec)
	m.errors = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "peacegraph_errors_total",
		Help: "Errors answered (GraphQL errors and refusals), by extensions.code."}, []string{"code"})).(*prometheus.CounterVec)
	m.storeDuration = f(prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "peacegraph_store_call_duration_seconds",
		Help:    "Store method calls (round trips to the backend) and their latency.",
		Buckets: []float64{.0001, .0005, .001, .005, .01, .05, .1, .5, 1, 5}}, []string{"method"})).(*prometheus.HistogramVec)
	m.storeErrors = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "peacegraph_store_errors_total",
		Help: "Failed store calls by method and error code."}, []string{"method", "code"})).(*prometheus.CounterVec)
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "peacegraph_backend_up",
		Help: "1 if the store answers Ping now (checked on each scrape), else 0."}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if store.Ping(ctx) != nil {
			return 0
		}
		return 1
	}))
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// observe records one finished request.
func (m *metrics) observe(route string, ri *reqInfo, status int, d time.Duration) {
	if status == 0 {
		status = http.StatusOK // nothing written: net/http sends 200
	}
	s := strconv.Itoa(status)
	if route == "/graphql" {
		op := m.operationLabel(ri.operation)
		m.gqlRequests.WithLabelValues(op, s).Inc()
		m.gqlDuration.WithLabelValues(op).Observe(d.Seconds())
	} else {
		if route == "" {
			route = "unmatched"
		}
		m.httpRequests.WithLabelValues(route, s).Inc()
		m.httpDuration.WithLabelValues(route).Observe(d.Seconds())
	}
	for _, c := range ri.codes {
		if !apierror.Known(c) {
			c = "OTHER" // codes become labels: keep them to the table's
		}
		m.errors.WithLabelValues(c).Inc()
	}
}

var graphqlName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

func (m *metrics) operationLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !graphqlName.MatchString(name) {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.operations[name] && len(m.operations) >= maxOperationLabels {
		return "other"
	}
	m.operations[name] = true
	return name
}

// meteredStore is a graph.Store that times every call: each is one round trip to the backend.
type meteredStore struct {
	next graph.Store
	m    *metrics
}

var _ graph.Store = meteredStore{}

func (s meteredStore) done(method string, start time.Time, err error) {
	s.m.storeDuration.WithLabelValues(method).Observe(time.Since(start).Seconds())
	if err != nil {
		s.m.storeErrors.WithLabelValues(method, string(graph.ErrorCode(err))).Inc()
	}
}

func (s meteredStore) Get(ctx context.Context, ids []string) (n []graph.Node, err error) {
	defer func(t time.Time) { s.done("Get", t, err) }(time.Now())
	return s.next.Get(ctx, ids)
}

func (s meteredStore) Lookup(ctx context.Context, kind graph.Kind, key string) (n graph.Node, err error) {
	defer func(t time.Time) { s.done("Lookup", t, err) }(time.Now())
	return s.next.Lookup(ctx, kind, key)
}

func (s meteredStore) List(ctx context.Context, q graph.ListQuery) (p graph.Page, err error) {
	defer func(t time.Time) { s.done("List", t, err) }(time.Now())
	return s.next.List(ctx, q)
}

func (s meteredStore) Edges(ctx context.Context, ids []string, rel graph.RelType, dir graph.Direction) (e map[string][]graph.Edge, err error) {
	defer func(t time.Time) { s.done("Edges", t, err) }(time.Now())
	return s.next.Edges(ctx, ids, rel, dir)
}

func (s meteredStore) Relationships(ctx context.Context, ids []string, types []graph.RelType, dir graph.Direction) (e map[string][]graph.Edge, err error) {
	defer func(t time.Time) { s.done("Relationships", t, err) }(time.Now())
	return s.next.Relationships(ctx, ids, types, dir)
}

func (s meteredStore) PersonnelSeries(ctx context.Context, countryID string, r graph.DateRange) (p []graph.PersonnelPoint, err error) {
	defer func(t time.Time) { s.done("PersonnelSeries", t, err) }(time.Now())
	return s.next.PersonnelSeries(ctx, countryID, r)
}

func (s meteredStore) Search(ctx context.Context, q graph.SearchQuery) (h []graph.SearchHit, err error) {
	defer func(t time.Time) { s.done("Search", t, err) }(time.Now())
	return s.next.Search(ctx, q)
}

func (s meteredStore) EvidencePath(ctx context.Context, from, to string, maxHops int) (p []graph.PathStep, err error) {
	defer func(t time.Time) { s.done("EvidencePath", t, err) }(time.Now())
	return s.next.EvidencePath(ctx, from, to, maxHops)
}

func (s meteredStore) Info(ctx context.Context) (i graph.DatasetInfo, err error) {
	defer func(t time.Time) { s.done("Info", t, err) }(time.Now())
	return s.next.Info(ctx)
}

func (s meteredStore) Ping(ctx context.Context) (err error) {
	defer func(t time.Time) { s.done("Ping", t, err) }(time.Now())
	return s.next.Ping(ctx)
}
