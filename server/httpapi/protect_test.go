package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph"
)

// deepQuery is a valid query levels deep: country, then deployments > nodes > country again.
func deepQuery(levels int) string {
	var b strings.Builder
	b.WriteString(`{ country(iso3: "MEX") {`)
	open := 1
	for depth := 1; depth+3 < levels; depth += 3 {
		b.WriteString(` deployments(first: 1) { nodes { country {`)
		open += 3
	}
	b.WriteString(` iso3`)
	b.WriteString(strings.Repeat(" }", open) + " }")
	return b.String()
}

func aliasQuery(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: __typename", i)
	}
	b.WriteString(" }")
	return b.String()
}

// fragmentBomb spreads each fragment twice into the one before it: 2^n fields once expanded,
// in a document of a few hundred bytes.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }\n")
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { datasetInfo { version } }\n", n)
	return b.String()
}

// postTo sends a GraphQL POST to a running server.
func postTo(t testing.TB, c *http.Client, base, body string) gqlResponse {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	// The limits are request errors: a 4xx under application/graphql-response+json (with
	// application/json they are 200, as the GraphQL-over-HTTP spec recommends).
	req.Header.Set("Accept", "application/graphql-response+json")
	resp, err := c.Do(req)
	if err != nil {
		return gqlResponse{Status: -1, Body: []byte(err.Error())}
	}
	defer resp.Body.Close()
	r := gqlResponse{Status: resp.StatusCode, Header: resp.Header}
	r.Body, _ = io.ReadAll(resp.Body)
	json.Unmarshal(r.Body, &r)
	return r
}

// TestHostileRequests: each hostile request gets a clear 4xx with its code, quickly, and
// honest queries sent at the same time keep getting their answers.
func TestHostileRequests(t *testing.T) {
	srv := httptest.NewServer(newTestHandler(t, memoryBackend(t).store))
	defer srv.Close()
	c := srv.Client()
	q := func(query string) string { return jsonBody(t, map[string]any{"query": query}) }
	huge := `{"query": "{ datasetInfo { version } }", "variables": {"pad": "` + strings.Repeat("x", 10<<20) + `"}}`
	tests := []struct {
		name       string
		body       string
		wantStatus int
		wantCode   string
	}{
		{"depth 50", q(deepQuery(50)), 400, "QUERY_TOO_DEEP"},
		{"1,000 aliases", q(aliasQuery(1000)), 400, "TOO_MANY_ALIASES"},
		{"10 MB body", huge, 413, "REQUEST_TOO_LARGE"},
		{"first: 1000000", q(`{ missions(first: 1000000) { totalCount } }`), 400, "BAD_USER_INPUT"},
		{"last: 1000000 nested", q(`{ country(iso3: "MEX") { deployments(last: 1000000) { totalCount } } }`), 400, "BAD_USER_INPUT"},
		{"30 KB query", q("{ datasetInfo { version } }\n# " + strings.Repeat("x", 30<<10)), 413, "QUERY_TOO_LARGE"},
		{"two nested pages of 500", q(`{ missions(first: 500) { nodes { deployments(first: 500) { nodes { id } } } } }`), 400, "QUERY_TOO_COMPLEX"},
		{"fragments spread 2^60 times", q(fragmentBomb(60)), 400, "QUERY_TOO_COMPLEX"},
	}
	const honest = `query Honest { country(iso3: "JPN") { name safeguards { title } } missions(first: 5) { totalCount } }`
	var (
		stop     atomic.Bool
		answered atomic.Int64
		wg       sync.WaitGroup
		failures = make(chan string, 100)
	)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500 && !stop.Load(); i++ {
				r := postTo(t, c, srv.URL, q(honest))
				if r.Status != 200 || len(r.Errors) > 0 || !bytes.Contains(r.Data, []byte(`"Japan"`)) {
					failures <- fmt.Sprintf("honest query: %d %.200s", r.Status, r.Body)
					return
				}
				answered.Add(1)
			}
		}()
	}
	var hostile sync.WaitGroup
	for _, tt := range tests {
		hostile.Add(1)
		go func() {
			defer hostile.Done()
			start := time.Now()
			r := postTo(t, c, srv.URL, tt.body)
			if r.Status != tt.wantStatus || r.code() != tt.wantCode {
				failures <- fmt.Sprintf("%s: status %d code %q, want %d %s: %.300s", tt.name, r.Status, r.code(), tt.wantStatus, tt.wantCode, r.Body)
			}
			if d := time.Since(start); d > 5*time.Second {
				failures <- fmt.Sprintf("%s: took %v to refuse", tt.name, d)
			}
		}()
	}
	hostile.Wait()
	// Honest queries answered after every hostile one was refused, too.
	for range 5 {
		if r := postTo(t, c, srv.URL, q(honest)); r.Status != 200 {
			failures <- fmt.Sprintf("honest query after the attack: %d %.200s", r.Status, r.Body)
		}
	}
	stop.Store(true)
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Error(f)
	}
	if answered.Load() == 0 {
		t.Error("no honest query was answered while the hostile ones ran")
	}
}

// TestLimitsConfigurable: lower limits refuse what the defaults let through.
func TestLimitsConfigurable(t *testing.T) {
	h, err := New(memoryBackend(t).store, Config{Limits: Limits{MaxFirst: 10, MaxDepth: 3, MaxAliases: 2, MaxComplexity: 50, MaxQueryBytes: 200}, HTTP: DefaultHTTP}, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query    string
		wantCode string
	}{
		{`{ datasetInfo { version } }`, ""},
		{`{ missions(first: 11) { totalCount } }`, "BAD_USER_INPUT"},
		{`{ country(iso3: "MEX") { deployments(first: 1) { nodes { id } } } }`, "QUERY_TOO_DEEP"},
		{`{ a: datasetInfo { version } b: datasetInfo { version } c: datasetInfo { version } }`, "TOO_MANY_ALIASES"},
		{`{ missions(first: 10) { nodes { acronym name start end kind } } }`, "QUERY_TOO_COMPLEX"},
		{`{ datasetInfo { version } } # ` + strings.Repeat("x", 200), "QUERY_TOO_LARGE"},
	}
	for _, tt := range tests {
		r := postStrict(t, h, tt.query, nil)
		if r.code() != tt.wantCode || (tt.wantCode == "") != (r.Status == 200) {
			t.Errorf("%.60s: status %d code %q, want code %q: %.200s", tt.query, r.Status, r.code(), tt.wantCode, r.Body)
		}
	}
}

// TestArgumentRules: arguments that cannot be coerced are request errors (no data; 400 under
// application/graphql-response+json) even deep inside a query, whether written in the document
// or passed as variables.
func TestArgumentRules(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		ok    bool
	}{
		{"good date literal", `{ country(iso3: "MEX") { events(from: "1994", to: "1994-06") { id } } }`, nil, true},
		{"good date variable", `query($d: PartialDate) { timeline(from: $d) { date } }`, map[string]any{"d": "2014-02-28"}, true},
		{"same day at two precisions", `{ country(iso3: "MEX") { personnelSeries(from: "1994-06", to: "1994") { date } } }`, nil, true},
		{"bad month", `{ country(iso3: "MEX") { events(from: "1994-13") { id } } }`, nil, false},
		{"impossible day", `query($d: PartialDate) { timeline(to: $d) { date } }`, map[string]any{"d": "1992-02-30"}, false},
		{"number for a date", `query($d: PartialDate) { timeline(to: $d) { date } }`, map[string]any{"d": 1992}, false},
		{"inverted range", `{ timeline(from: "1995", to: "1994") { date } }`, nil, false},
		{"bad date in a filter", `{ missions(filter: {activeFrom: "19"}) { totalCount } }`, nil, false},
		{"inverted range in a filter", `{ deployments(filter: {activeFrom: "2000", activeTo: "1999-12"}) { totalCount } }`, nil, false},
		{"inverted range in a new filter", `{ reformConnection(filter: {from: "2001", to: "2000"}) { totalCount } }`, nil, false},
		{"bad date in a filter variable", `query($f: DeploymentFilter) { deployments(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"activeTo": "2000-00"}}, false},
		{"bad date in a fragment", `{ ...F } fragment F on Query { timeline(from: "x") { date } }`, nil, false},
		{"first too large in a variable", `query($n: Int) { sourceConnection(first: $n) { totalCount } }`, map[string]any{"n": 501}, false},
		{"negative last", `{ reformConnection(last: -1) { totalCount } }`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := postStrict(t, h, tt.query, tt.vars)
			if tt.ok {
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				return
			}
			if r.Status != 400 || r.code() != "BAD_USER_INPUT" || r.Data != nil {
				t.Errorf("want a 400 BAD_USER_INPUT request error without data, got %d: %s", r.Status, r.Body)
			}
		})
	}
}

// standardIntrospection is the query GraphiQL sends (graphql-js getIntrospectionQuery with
// its default typeDepth of 9): the playground must keep working under the default limits.
func standardIntrospection() string {
	typeRef := "kind name"
	for range 9 {
		typeRef = "kind name ofType { " + typeRef + " }"
	}
	return `query IntrospectionQuery {
	  __schema {
	    queryType { name kind } mutationType { name kind } subscriptionType { name kind }
	    types { ...FullType }
	    directives { name description locations args { ...InputValue } }
	  }
	}
	fragment FullType on __Type {
	  kind name description
	  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
	  inputFields { ...InputValue }
	  interfaces { ...TypeRef }
	  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
	  possibleTypes { ...TypeRef }
	}
	fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
	fragment TypeRef on __Type { ` + typeRef + ` }`
}

// TestIntrospectionSwitch: introspection is on by default (GraphiQL's query passes every
// limit); PEACEGRAPH_INTROSPECTION=false refuses it and drops "Did you mean" suggestions.
func TestIntrospectionSwitch(t *testing.T) {
	store := memoryBackend(t).store
	on := newTestHandler(t, store)
	off, err := New(store, Config{Limits: Limits{DisableIntrospection: true}, HTTP: DefaultHTTP}, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	const typo = `{ missons(first: 1) { totalCount } }`
	if r := post(t, on, standardIntrospection(), nil); r.Status != 200 || len(r.Errors) > 0 || !bytes.Contains(r.Data, []byte(`"MissionConnection"`)) {
		t.Errorf("introspection on: %d %.300s", r.Status, r.Body)
	}
	if r := post(t, on, typo, nil); !strings.Contains(string(r.Body), "Did you mean") {
		t.Errorf("introspection on: want a suggestion, got %s", r.Body)
	}
	for _, q := range []string{standardIntrospection(), `{ __type(name: "Mission") { name } }`, `{ datasetInfo { version } a: __schema { queryType { name } } }`} {
		if r := postStrict(t, off, q, nil); r.Status != 400 || r.code() != "INTROSPECTION_DISABLED" {
			t.Errorf("introspection off: %d %.200s", r.Status, r.Body)
		}
	}
	if r := post(t, off, `{ __typename datasetInfo { version } }`, nil); r.Status != 200 {
		t.Errorf("__typename is not introspection: %d %s", r.Status, r.Body)
	}
	// Every kind of suggestion names part of the schema: a field, an argument, an enum value, an
	// input field, a type (issue 14: enum-value and argument suggestions still leaked).
	for _, tt := range []struct {
		query    string
		suggests bool // with introspection on, gqlparser suggests a name (types it does not)
	}{
		{typo, true},
		{`{ country(iso: "MEX") { name } }`, true},
		{`{ missions(first: 1, orderBy: {field: NAM}) { totalCount } }`, true},
		{`{ missions(first: 1, orderBy: {feild: NAME}) { totalCount } }`, true},
		{`query($o: MisionOrder) { missions(first: 1, orderBy: $o) { totalCount } }`, false},
		{`{ missions(first: 1) { nodes { ... on Misson { acronym } } } }`, false},
	} {
		if r := post(t, on, tt.query, nil); tt.suggests && !strings.Contains(string(r.Body), "Did you mean") {
			t.Errorf("introspection on: want a suggestion for %s, got %s", tt.query, r.Body)
		}
		if r := post(t, off, tt.query, nil); len(r.Errors) == 0 || strings.Contains(string(r.Body), "Did you mean") {
			t.Errorf("introspection off: want an error and no suggestion for %s, got %s", tt.query, r.Body)
		}
	}
}

// slowStore answers List only when the request is over, as a stuck backend would.
type slowStore struct{ graph.Store }

func (s slowStore) List(ctx context.Context, q graph.ListQuery) (graph.Page, error) {
	<-ctx.Done()
	return graph.Page{}, graph.Wrap(graph.Unavailable, "slow.List", ctx.Err(), "request cancelled or timed out")
}

// TestTimeout: a request that outlives PEACEGRAPH_REQUEST_TIMEOUT says TIMEOUT, not that the
// backend is unavailable.
func TestTimeout(t *testing.T) {
	h, err := New(slowStore{memoryBackend(t).store}, Config{Limits: Limits{RequestTimeout: 50 * time.Millisecond}, HTTP: DefaultHTTP}, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r := post(t, h, `{ missions(first: 1) { totalCount } }`, nil)
	if r.Status != 503 || r.code() != "TIMEOUT" {
		t.Errorf("status %d code %q: %s", r.Status, r.code(), r.Body)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/export/missions.csv", nil))
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), `"TIMEOUT"`) {
		t.Errorf("export: %d %s", rec.Code, rec.Body)
	}
}
