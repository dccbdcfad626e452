package httpapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// send makes one request through h. headers are name, value pairs.
func send(t testing.TB, h http.Handler, method, target, body string, headers ...string) gqlResponse {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return do(t, h, req)
}

// gqlURL is a GET URL for a query with optional extra parameters (name, value pairs).
func gqlURL(query string, params ...string) string {
	v := url.Values{}
	if query != "" {
		v.Set("query", query)
	}
	for i := 0; i+1 < len(params); i += 2 {
		v.Set(params[i], params[i+1])
	}
	return "/graphql?" + v.Encode()
}

func jsonBody(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGraphQLOverHTTP walks the GraphQL-over-HTTP spec's cases: each status code for each
// response media type, the refusals, and the mutation-over-GET rule (see graphqlHTTP).
func TestGraphQLOverHTTP(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	const (
		js   = "application/json"
		grj  = "application/graphql-response+json"
		ok   = `{ datasetInfo { version } }`
		null = `{ missions(first: 2, after: "bogus") { totalCount } }`                   // error on a non-null root field: data null
		part = `{ country(iso3: "MEX") { deployments(after: "bogus") { totalCount } } }` // error below a nullable field: data {"country": null}
	)
	q := func(query string) string { return jsonBody(t, map[string]any{"query": query}) }
	tests := []struct {
		name        string
		method      string
		target      string
		body        string
		headers     []string
		wantStatus  int
		wantMedia   string // response media type; "" to skip
		wantCode    string // first error's extensions.code; "" for no error
		wantAllow   string
		wantNoData  bool // a request error: no data entry at all
		wantHasData bool
	}{
		// Well-formed requests that succeed, in each media type.
		{name: "POST, no Accept: application/json", method: "POST", body: q(ok), headers: []string{"Content-Type", js}, wantStatus: 200, wantMedia: js, wantHasData: true},
		{name: "POST, Accept graphql-response+json", method: "POST", body: q(ok), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 200, wantMedia: grj, wantHasData: true},
		{name: "POST, Content-Type with charset", method: "POST", body: q(ok), headers: []string{"Content-Type", "application/json; charset=utf-8"}, wantStatus: 200, wantMedia: js},
		{name: "GET query", method: "GET", target: gqlURL(ok), wantStatus: 200, wantMedia: js, wantHasData: true},
		{name: "GET query, graphql-response+json", method: "GET", target: gqlURL(ok), headers: []string{"Accept", grj}, wantStatus: 200, wantMedia: grj},
		{name: "GET with variables and operationName", method: "GET", target: gqlURL(`query A($c: String!) { country(iso3: $c) { iso3 } } query B { datasetInfo { version } }`, "variables", `{"c":"MEX"}`, "operationName", "A"), wantStatus: 200, wantMedia: js},

		// Accept negotiation.
		{name: "Accept: both, graphql-response+json first", method: "POST", body: q(ok), headers: []string{"Content-Type", js, "Accept", grj + ", " + js}, wantStatus: 200, wantMedia: grj},
		{name: "Accept: both, application/json first", method: "POST", body: q(ok), headers: []string{"Content-Type", js, "Accept", js + ", " + grj}, wantStatus: 200, wantMedia: js},
		{name: "Accept: q prefers graphql-response+json", method: "POST", body: q(ok), headers: []string{"Content-Type", js, "Accept", js + ";q=0.5, " + grj}, wantStatus: 200, wantMedia: grj},
		{name: "Accept: */*", method: "POST", body: q(ok), headers: []string{"Content-Type", js, "Accept", "*/*"}, wantStatus: 200, wantMedia: js},
		{name: "Accept: a browser's", method: "GET", target: gqlURL(ok), headers: []string{"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"}, wantStatus: 200, wantMedia: js},
		{name: "Accept: nothing we serve", method: "POST", body: q(ok), headers: []string{"Content-Type", js, "Accept", "text/html"}, wantStatus: 406, wantCode: "NOT_ACCEPTABLE", wantNoData: true},

		// Request errors: no data entry; 200 with application/json (the spec's SHOULD), 400 with
		// application/graphql-response+json.
		{name: "parse error, json", method: "POST", body: q(`{ datasetInfo {`), headers: []string{"Content-Type", js}, wantStatus: 200, wantMedia: js, wantCode: "GRAPHQL_PARSE_FAILED", wantNoData: true},
		{name: "parse error, graphql-response+json", method: "POST", body: q(`{ datasetInfo {`), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 400, wantMedia: grj, wantCode: "GRAPHQL_PARSE_FAILED", wantNoData: true},
		{name: "validation error, json", method: "POST", body: q(`{ nope }`), headers: []string{"Content-Type", js}, wantStatus: 200, wantCode: "GRAPHQL_VALIDATION_FAILED", wantNoData: true},
		{name: "validation error, graphql-response+json", method: "POST", body: q(`{ nope }`), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 400, wantMedia: grj, wantCode: "GRAPHQL_VALIDATION_FAILED", wantNoData: true},
		{name: "variable coercion, json", method: "POST", body: jsonBody(t, map[string]any{"query": `query($n: Int) { search(text: "x", first: $n) { score } }`, "variables": map[string]any{"n": "ten"}}), headers: []string{"Content-Type", js, "Accept", js}, wantStatus: 200, wantMedia: js, wantCode: "GRAPHQL_VALIDATION_FAILED", wantNoData: true},
		{name: "bad argument value deep inside, json", method: "POST", body: q(`{ country(iso3: "MEX") { events(from: "1992-13") { id } } }`), headers: []string{"Content-Type", js}, wantStatus: 200, wantCode: "BAD_USER_INPUT", wantNoData: true},
		{name: "variable coercion, graphql-response+json", method: "POST", body: jsonBody(t, map[string]any{"query": `query($n: Int) { search(text: "x", first: $n) { score } }`, "variables": map[string]any{"n": "ten"}}), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 400, wantCode: "GRAPHQL_VALIDATION_FAILED", wantNoData: true},
		{name: "bad argument value deep inside, graphql-response+json", method: "POST", body: q(`{ country(iso3: "MEX") { events(from: "1992-13") { id } } }`), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 400, wantCode: "BAD_USER_INPUT", wantNoData: true},

		// Executed with errors.
		{name: "data null, json: 200", method: "POST", body: q(null), headers: []string{"Content-Type", js}, wantStatus: 200, wantMedia: js, wantCode: "BAD_USER_INPUT", wantHasData: true},
		{name: "data null, graphql-response+json: 200", method: "POST", body: q(null), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 200, wantMedia: grj, wantCode: "BAD_USER_INPUT", wantHasData: true},
		{name: "data null, not found, json: 200", method: "POST", body: q(`{ deployments(filter: {country: "XXX"}) { totalCount } }`), headers: []string{"Content-Type", js}, wantStatus: 200, wantCode: "NOT_FOUND", wantHasData: true},
		{name: "partial data, json: 200", method: "POST", body: q(part), headers: []string{"Content-Type", js}, wantStatus: 200, wantCode: "BAD_USER_INPUT", wantHasData: true},
		{name: "partial data, graphql-response+json: 200", method: "POST", body: q(part), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 200, wantMedia: grj, wantCode: "BAD_USER_INPUT", wantHasData: true},

		// Mutations and subscriptions: 405 by GET (whatever the schema), validation by POST.
		{name: "mutation by GET", method: "GET", target: gqlURL(`mutation { doSomething }`), wantStatus: 405, wantCode: "METHOD_NOT_ALLOWED", wantAllow: "POST", wantNoData: true},
		{name: "mutation by GET, graphql-response+json", method: "GET", target: gqlURL(`mutation { doSomething }`), headers: []string{"Accept", grj}, wantStatus: 405, wantMedia: grj, wantCode: "METHOD_NOT_ALLOWED", wantAllow: "POST", wantNoData: true},
		{name: "named mutation chosen by operationName, GET", method: "GET", target: gqlURL(`query Q { datasetInfo { version } } mutation M { x }`, "operationName", "M"), wantStatus: 405, wantCode: "METHOD_NOT_ALLOWED", wantAllow: "POST"},
		{name: "query chosen next to a mutation, GET", method: "GET", target: gqlURL(`query Q { datasetInfo { version } } mutation M { x }`, "operationName", "Q"), wantStatus: 200, wantCode: "GRAPHQL_VALIDATION_FAILED"},
		{name: "subscription by GET", method: "GET", target: gqlURL(`subscription { ticks }`), wantStatus: 405, wantCode: "METHOD_NOT_ALLOWED", wantAllow: "POST"},
		{name: "mutation by POST", method: "POST", body: q(`mutation { doSomething }`), headers: []string{"Content-Type", js}, wantStatus: 200, wantCode: "GRAPHQL_VALIDATION_FAILED", wantNoData: true},
		{name: "mutation by POST, graphql-response+json", method: "POST", body: q(`mutation { doSomething }`), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 400, wantCode: "GRAPHQL_VALIDATION_FAILED", wantNoData: true},

		// Not well-formed requests.
		{name: "wrong Content-Type", method: "POST", body: q(ok), headers: []string{"Content-Type", "text/plain"}, wantStatus: 415, wantCode: "UNSUPPORTED_MEDIA_TYPE", wantNoData: true},
		{name: "application/graphql body", method: "POST", body: ok, headers: []string{"Content-Type", "application/graphql"}, wantStatus: 415, wantCode: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "form body", method: "POST", body: "query=" + url.QueryEscape(ok), headers: []string{"Content-Type", "application/x-www-form-urlencoded"}, wantStatus: 415, wantCode: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "no Content-Type", method: "POST", body: q(ok), wantStatus: 415, wantCode: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "another charset", method: "POST", body: q(ok), headers: []string{"Content-Type", "application/json; charset=latin1"}, wantStatus: 415, wantCode: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "malformed JSON", method: "POST", body: `{"query": "{ datasetInfo { version } }"`, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST", wantNoData: true},
		{name: "malformed JSON, graphql-response+json", method: "POST", body: `NONSENSE`, headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 400, wantMedia: grj, wantCode: "BAD_REQUEST"},
		{name: "body not an object", method: "POST", body: `["{ datasetInfo { version } }"]`, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "empty body", method: "POST", body: ``, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "missing query, POST", method: "POST", body: `{"qeury": "{ datasetInfo { version } }"}`, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "missing query, GET", method: "GET", target: "/graphql", wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "query not a string", method: "POST", body: `{"query": {"a": 1}}`, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "operationName not a string", method: "POST", body: `{"query": "{ datasetInfo { version } }", "operationName": 7}`, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "variables not an object", method: "POST", body: `{"query": "query Q ($i: Int!) { search(text: \"x\", first: $i) { score } }", "variables": [7]}`, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "variables not JSON, GET", method: "GET", target: gqlURL(ok, "variables", "{nope"), wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "extensions not an object", method: "POST", body: `{"query": "{ datasetInfo { version } }", "extensions": "x"}`, headers: []string{"Content-Type", js}, wantStatus: 400, wantCode: "BAD_REQUEST"},
		{name: "null parameters are absent ones", method: "POST", body: `{"query": "{ datasetInfo { version } }", "operationName": null, "variables": null, "extensions": null}`, headers: []string{"Content-Type", js}, wantStatus: 200},
		{name: "unknown operation name", method: "POST", body: jsonBody(t, map[string]any{"query": ok, "operationName": "Nope"}), headers: []string{"Content-Type", js}, wantStatus: 200, wantCode: "BAD_REQUEST", wantNoData: true},
		{name: "several operations, none named", method: "POST", body: q(`query A { datasetInfo { version } } query B { datasetInfo { nodes } }`), headers: []string{"Content-Type", js, "Accept", grj}, wantStatus: 400, wantCode: "BAD_REQUEST"},

		// Methods.
		{name: "PUT", method: "PUT", body: q(ok), headers: []string{"Content-Type", js}, wantStatus: 405, wantCode: "METHOD_NOT_ALLOWED", wantAllow: "GET, POST, OPTIONS"},
		{name: "DELETE", method: "DELETE", wantStatus: 405, wantCode: "METHOD_NOT_ALLOWED", wantAllow: "GET, POST, OPTIONS"},
		{name: "OPTIONS", method: "OPTIONS", wantStatus: 204, wantAllow: "GET, POST, OPTIONS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := tt.target
			if target == "" {
				target = "/graphql"
			}
			r := send(t, h, tt.method, target, tt.body, tt.headers...)
			if r.Status != tt.wantStatus {
				t.Errorf("status %d, want %d: %s", r.Status, tt.wantStatus, r.Body)
			}
			if ct := r.Header.Get("Content-Type"); tt.wantMedia != "" && ct != tt.wantMedia+"; charset=utf-8" {
				t.Errorf("Content-Type %q, want %s; charset=utf-8", ct, tt.wantMedia)
			}
			if r.code() != tt.wantCode {
				t.Errorf("extensions.code %q, want %q: %s", r.code(), tt.wantCode, r.Body)
			}
			if got := r.Header.Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow %q, want %q", got, tt.wantAllow)
			}
			var raw map[string]json.RawMessage
			json.Unmarshal(r.Body, &raw)
			if _, has := raw["data"]; tt.wantNoData && has {
				t.Errorf("a request error must not have a data entry: %s", r.Body)
			} else if tt.wantHasData && !has {
				t.Errorf("an executed operation must have a data entry: %s", r.Body)
			}
			if r.Status >= 400 && len(r.Errors) == 0 {
				t.Errorf("a %d needs a coded error body: %s", r.Status, r.Body)
			}
		})
	}
}

// TestGraphQLStatus pins the status rules on their own.
func TestGraphQLStatus(t *testing.T) {
	type errs = []string
	tests := []struct {
		media        string
		data         string
		codes        errs
		requestError bool
		want         int
	}{
		{mediaJSON, `{"a":1}`, nil, false, 200},
		{mediaJSON, `{"a":null}`, errs{"BAD_USER_INPUT"}, false, 200},
		{mediaJSON, `null`, errs{"BAD_USER_INPUT", "BACKEND_UNAVAILABLE"}, false, 503},
		{mediaJSON, ``, errs{"GRAPHQL_VALIDATION_FAILED"}, true, 200},
		{mediaJSON, ``, errs{"GRAPHQL_PARSE_FAILED"}, true, 200},
		{mediaJSON, ``, errs{"QUERY_TOO_DEEP"}, true, 200},
		{mediaJSON, `null`, errs{"NOT_FOUND"}, false, 200},
		{mediaJSON, ``, errs{"METHOD_NOT_ALLOWED"}, true, 405},
		{mediaJSON, ``, errs{"TIMEOUT"}, true, 503},
		{mediaJSON, ``, errs{"PERSISTED_QUERY_NOT_FOUND"}, true, 200},
		{mediaJSON, ``, errs{"SOMETHING_NEW"}, true, 500},
		{mediaGraphQLResponse, `{"a":null}`, errs{"NOT_FOUND"}, false, 200},
		{mediaGraphQLResponse, `null`, errs{"BACKEND_UNAVAILABLE"}, false, 200},
		{mediaGraphQLResponse, ``, errs{"GRAPHQL_PARSE_FAILED"}, true, 400},
		{mediaGraphQLResponse, ``, errs{"PERSISTED_QUERY_NOT_FOUND"}, true, 400},
		{mediaGraphQLResponse, ``, errs{"METHOD_NOT_ALLOWED"}, true, 405},
	}
	for _, tt := range tests {
		resp := gqlResponseOf(tt.data, tt.codes...)
		if got := graphqlStatus(tt.media, resp, tt.requestError); got != tt.want {
			t.Errorf("%s, data %q, codes %v, request error %v: status %d, want %d", tt.media, tt.data, tt.codes, tt.requestError, got, tt.want)
		}
	}
}

// TestNegotiate pins the Accept rules.
func TestNegotiate(t *testing.T) {
	tests := []struct {
		accept string
		want   string // "" for 406
	}{
		{"", mediaJSON},
		{"application/json", mediaJSON},
		{"application/graphql-response+json", mediaGraphQLResponse},
		{"application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", mediaGraphQLResponse},
		{"application/json, application/graphql-response+json", mediaJSON},
		{"application/json;q=0.9, application/graphql-response+json", mediaGraphQLResponse},
		{"application/graphql-response+json;q=0.5, */*", mediaJSON},
		{"application/*", mediaJSON},
		{"application/graphql-response+json, */*;q=0.1", mediaGraphQLResponse},
		{"application/json;q=0, application/graphql-response+json;q=0.1", mediaGraphQLResponse},
		{"text/html", ""},
		{"application/json;q=0", ""},
		{"*/*;q=0, text/csv", ""},
		{"garbage;;;", ""},
	}
	for _, tt := range tests {
		got, ok := negotiate(tt.accept)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("Accept %q: %q, want %q", tt.accept, got, tt.want)
		}
	}
}

// gqlResponseOf builds a gqlgen response with data (raw JSON, "" for none) and coded errors.
func gqlResponseOf(data string, codes ...string) *graphql.Response {
	r := &graphql.Response{}
	if data != "" {
		r.Data = json.RawMessage(data)
	}
	for _, c := range codes {
		r.Errors = append(r.Errors, codedError(c, "%s", c))
	}
	return r
}
