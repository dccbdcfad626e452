package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

const japanSafeguards = `{ country(iso3:"JPN") { name safeguards { title groundedIn { title } citations { source { title url } } } } }`

// TestJapanSafeguards is issue 2's acceptance query, over POST and GET.
func TestJapanSafeguards(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	for _, r := range []gqlResponse{post(t, h, japanSafeguards, nil), get(t, h, japanSafeguards)} {
		if r.Status != http.StatusOK || len(r.Errors) > 0 {
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
		var got struct {
			Country struct {
				Name       string
				Safeguards []struct {
					Title      string
					GroundedIn []struct{ Title string }
					Citations  []struct {
						Source struct{ Title, URL string }
					}
				}
			}
		}
		if err := json.Unmarshal(r.Data, &got); err != nil {
			t.Fatal(err)
		}
		if got.Country.Name != "Japan" || len(got.Country.Safeguards) < 5 {
			t.Fatalf("want Japan with at least the Five Principles, got %+v", got.Country)
		}
		for _, s := range got.Country.Safeguards {
			if len(s.Citations) == 0 {
				t.Errorf("safeguard %q has no citation", s.Title)
			}
			for _, c := range s.Citations {
				if c.Source.Title == "" {
					t.Errorf("safeguard %q cites a source without title", s.Title)
				}
			}
		}
	}
}

// TestBadInput: every kind of bad input gets a GraphQL error with extensions.code and a 4xx,
// never a 5xx or a stack trace.
func TestBadInput(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	raw := func(method, ctype, body string) gqlResponse {
		req := httptest.NewRequest(method, "/graphql", strings.NewReader(body))
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		return do(t, h, req)
	}
	tests := []struct {
		name     string
		resp     gqlResponse
		wantCode string
	}{
		{"malformed JSON", raw("POST", "application/json", `{"query": "{ countries { iso3 } }"`), ""},
		{"not an object", raw("POST", "application/json", `[1,2]`), ""},
		{"parse error", post(t, h, `{ countries { iso3 `, nil), "GRAPHQL_PARSE_FAILED"},
		{"unknown field", post(t, h, `{ countries { iso3 population } }`, nil), "GRAPHQL_VALIDATION_FAILED"},
		{"unknown argument", post(t, h, `{ country(iso: "MEX") { name } }`, nil), "GRAPHQL_VALIDATION_FAILED"},
		{"variable of the wrong type", post(t, h, `query($n: Int) { search(text: "x", first: $n) { score } }`, map[string]any{"n": "ten"}), "GRAPHQL_VALIDATION_FAILED"},
		{"missing required variable", post(t, h, `query($c: String!) { country(iso3: $c) { name } }`, nil), "GRAPHQL_VALIDATION_FAILED"},
		{"bad PartialDate literal", post(t, h, `{ country(iso3: "MEX") { personnelSeries(from: "1992-13") { date } } }`, nil), "BAD_USER_INPUT"},
		{"bad PartialDate variable", post(t, h, `query($d: PartialDate) { country(iso3: "MEX") { events(from: $d) { id } } }`, map[string]any{"d": "1992-13"}), "BAD_USER_INPUT"},
		{"PartialDate of the wrong type", post(t, h, `query($d: PartialDate) { country(iso3: "MEX") { events(from: $d) { id } } }`, map[string]any{"d": 1992}), "BAD_USER_INPUT"},
		{"inverted date range", post(t, h, `{ country(iso3: "MEX") { personnelSeries(from: "1995", to: "1994") { date } } }`, nil), "BAD_USER_INPUT"},
		{"unknown enum value", post(t, h, `{ countries(caseRole: HERO) { iso3 } }`, nil), "GRAPHQL_VALIDATION_FAILED"},
		{"first too large", post(t, h, `{ deployments(first: 1000000) { totalCount } }`, nil), "BAD_USER_INPUT"},
		{"bad cursor", post(t, h, `{ missions(first: 2, after: "nope") { totalCount } }`, nil), "BAD_USER_INPUT"},
		{"unknown country filter", post(t, h, `{ deployments(filter: {country: "XXX"}) { totalCount } }`, nil), "NOT_FOUND"},
		{"maxHops above the cap", post(t, h, `{ evidencePath(from: "country:mex", to: "country:jpn", maxHops: 7) { relationship } }`, nil), "BAD_USER_INPUT"},
		{"empty search", post(t, h, `{ search(text: "  ") { score } }`, nil), "BAD_USER_INPUT"},
		{"no query", raw("POST", "application/json", `{}`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.resp
			// A malformed request is a 400; a GraphQL error in a well-formed one a 200 with
			// application/json, as the GraphQL-over-HTTP spec recommends (see graphqlHTTP).
			if want := map[bool]int{true: 400, false: 200}[tt.wantCode == ""]; r.Status != want {
				t.Errorf("status %d, want %d: %s", r.Status, want, r.Body)
			}
			if bytes.Contains(r.Body, []byte("goroutine ")) || bytes.Contains(r.Body, []byte(".go:")) {
				t.Errorf("response leaks a stack trace: %s", r.Body)
			}
			if len(r.Errors) == 0 || r.code() == "" {
				t.Fatalf("want a GraphQL error with extensions.code, got %s", r.Body)
			}
			if tt.wantCode != "" && r.code() != tt.wantCode {
				t.Errorf("extensions.code = %q, want %q (%s)", r.code(), tt.wantCode, r.Body)
			}
		})
	}
}

// TestLookupsOfUnknownThings answer null, as GraphQL does for a missing object.
func TestLookupsOfUnknownThings(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	r := post(t, h, `{ country(iso3: "XXX") { name } mission(acronym: "NOPE") { name } node(id: "law:none") { id } }`, nil)
	if r.Status != 200 || string(r.Data) != `{"country":null,"mission":null,"node":null}` {
		t.Errorf("status %d: %s", r.Status, r.Body)
	}
}

func TestHealthAndReady(t *testing.T) {
	h := newTestHandler(t, memoryBackend(t).store)
	for _, path := range []string{"/healthz", "/readyz"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"status"`) {
			t.Errorf("%s: %d %s", path, rec.Code, rec.Body)
		}
	}
}
