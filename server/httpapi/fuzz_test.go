package httpapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Fuzz targets for what a client sends (make fuzz runs each for long; make fuzz-ci briefly,
// in CI; the seeds run with every go test). The server must answer every request, with no
// panic and no 500: a 200 or a 4xx, and for GraphQL a JSON body with data or errors, each
// error with a code.

func fuzzServer(f *testing.F) http.Handler {
	f.Helper()
	return newTestHandler(f, memoryBackend(f).store)
}

// FuzzGraphQLRequest sends a GraphQL-over-HTTP request: a POST with the body as given, or a
// GET with the text as its query string.
func FuzzGraphQLRequest(f *testing.F) {
	h := fuzzServer(f)
	for _, s := range []string{
		`{"query":"{ country(iso3: \"JPN\") { name safeguards { title } } }"}`,
		`{"query":"query($c: String!) { country(iso3: $c) { name } }","variables":{"c":"MEX"}}`,
		`{"query":"{ a: timeline { date } b: timeline { date } }"}`,
		`{"query":"{ country(iso3:\"JPN\") { safeguards { country { safeguards { country { safeguards { id } } } } } } }"}`,
		`{"query":"{ __schema { types { name } } }"}`,
		`{"query":"{ search(text: \"méxico\", first: 5) { node { id } } }"}`,
		`{"query":"{ missions(first: 2, after: \"djF8aWR8\") { edges { cursor } } }"}`,
		`{"query":"{","variables":null}`,
		`{"query":1}`,
		`{"query":"{ x }","operationName":"nope"}`,
		`[{"query":"{ datasetInfo { version } }"}]`,
		`{"query":"{ datasetInfo { version } }","extensions":{"persistedQuery":{"version":1}}}`,
		`query=%7B+datasetInfo+%7B+version+%7D+%7D`,
		`query=%7B+country(iso3:%22ARG%22)+%7B+name+%7D+%7D&variables=%7B%7D`,
		`query=mutation+%7B+x+%7D`,
		`query=%zz`,
		`{"query":"{ node(id: \"country:mex\") { ... on Country { deployments(first: 3) { nodes { mission { acronym } } } } } }"}`,
	} {
		f.Add(strings.HasPrefix(s, "query="), s)
	}
	f.Fuzz(func(t *testing.T, get bool, text string) {
		var req *http.Request
		if get {
			req = httptest.NewRequest(http.MethodGet, "/graphql", nil)
			req.URL.RawQuery = text
		} else {
			req = httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(text))
			req.Header.Set("Content-Type", "application/json")
		}
		req.Header.Set("Accept", "application/graphql-response+json, application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%d for %q: %.300s", rec.Code, text, rec.Body.String())
		}
		var body struct {
			Data   json.RawMessage `json:"data"`
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("%d for %q is not JSON: %v: %.300s", rec.Code, text, err, rec.Body.String())
		}
		if len(body.Data) == 0 && len(body.Errors) == 0 {
			t.Fatalf("%d for %q has neither data nor errors", rec.Code, text)
		}
		for _, e := range body.Errors {
			if e.Message == "" || e.Extensions["code"] == nil {
				t.Errorf("%d for %q: an error without message or code: %+v", rec.Code, text, e)
			}
		}
	})
}

// FuzzExportQuery sends an export request with the fuzzed query string: the answer is the
// table (200), or 400 with a JSON error and a code, never an unfiltered table for a filter it
// could not read (TestExportRejects checks which) and never a 500.
func FuzzExportQuery(f *testing.F) {
	h := fuzzServer(f)
	for _, s := range []string{
		"country=MEX", "country=MEX&from=2004", "country=MEX;from=2004", "country=%zz", "country=MEX&country=ARG", "country=MEX,ARG,JPN",
		"from=2004-13", "from=1420070400000", "to=2015-01-01T00:00:00Z", "active=ANY", "node=country:mex", "format=x", "", "&&&", "country=" + strings.Repeat("X,", 600),
	} {
		for _, table := range []string{"deployments.csv", "missions.json", "citations.bib", "sources.csv"} {
			f.Add(table, s)
		}
	}
	f.Fuzz(func(t *testing.T, table, query string) {
		if strings.ContainsAny(table, "/?#%") || table == "" {
			return // another route, not a table: not this target's concern
		}
		req := httptest.NewRequest(http.MethodGet, "/export/x", nil)
		req.URL.Path = "/export/" + table
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch {
		case rec.Code >= 500:
			t.Fatalf("%d for /export/%s?%s: %.300s", rec.Code, table, query, rec.Body.String())
		case rec.Code >= 400 && rec.Code != http.StatusNotFound:
			var e struct {
				Errors []struct {
					Message    string         `json:"message"`
					Extensions map[string]any `json:"extensions"`
				} `json:"errors"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || len(e.Errors) == 0 || e.Errors[0].Extensions["code"] == nil {
				t.Errorf("%d for /export/%s?%s without a JSON error and code: %.300s", rec.Code, table, query, rec.Body.String())
			}
		}
	})
}
