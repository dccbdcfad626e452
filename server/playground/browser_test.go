package playground_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/peacegraph/peacegraph/server/playground"
	"github.com/peacegraph/peacegraph/server/playground/browsertest"
)

// TestPlaygroundInBrowser loads the playground in headless Chromium, runs a
// saved example and checks the result, and that the page loaded nothing from
// another host (browsertest.RunExample checks that, and CSP violations).
//
// The /graphql endpoint here is a stub that answers every POST with
// {"data":{"ping":"pong"}}: it only serves to test the page mechanics of this
// package (assets, config passing, tabs, fetcher). The test against the real
// GraphQL server lives with the server.
func TestPlaygroundInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browsertest.RequireChromium(t)

	var (
		mu     sync.Mutex
		bodies []string
	)
	stub := func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(b))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"data":{"ping":"pong"}}`)
	}

	examples := []playground.Example{
		{Name: "First example", Query: "query First { ping }"},
		{Name: "Ping with variables </script>", Query: "query Ping($who: String) { ping }", Variables: `{"who": "</script>"}`},
	}
	mux := http.NewServeMux()
	h := playground.Handler(playground.Config{Title: "peacegraph playground test", Endpoint: "/graphql", Examples: examples})
	mux.Handle("/{$}", h)
	mux.Handle("/playground/", h)
	mux.HandleFunc("/graphql", stub)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	result := browsertest.RunExample(ctx, t, srv.URL, 1)

	var got struct {
		Data struct {
			Ping string `json:"ping"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(result), &got); err != nil || got.Data.Ping != "pong" {
		t.Errorf("result pane = %q (%v), want {\"data\":{\"ping\":\"pong\"}}", result, err)
	}

	// The request for the selected example carries its query and variables:
	// this checks the examples made it from Go through the page into GraphiQL.
	mu.Lock()
	defer mu.Unlock()
	var sent bool
	for _, b := range bodies {
		var req struct {
			Query     string         `json:"query"`
			Variables map[string]any `json:"variables"`
		}
		if json.Unmarshal([]byte(b), &req) != nil {
			continue
		}
		if strings.HasPrefix(req.Query, "# Ping with variables </script>\n") && strings.Contains(req.Query, "query Ping(") && req.Variables["who"] == "</script>" {
			sent = true
		}
	}
	if !sent {
		t.Errorf("no request carried example 1 with its # title line and variables; requests: %q", bodies)
	}
}

// TestPlaygroundOpensQueryFromURL checks the hand-over the explorer's "query" links use:
// /?query=...&variables=... opens that query, with its variables, in the active tab, before
// the examples (which are all still there).
func TestPlaygroundOpensQueryFromURL(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browsertest.RequireChromium(t)
	examples := []playground.Example{{Name: "First example", Query: "query First { ping }"}}
	mux := http.NewServeMux()
	h := playground.Handler(playground.Config{Examples: examples})
	mux.Handle("/{$}", h)
	mux.Handle("/playground/", h)
	mux.HandleFunc("/graphql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"data":{"ping":"pong"}}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	const query = "query Handed($who: String) {\n  ping\n}\n"
	const variables = `{"who": "</script> & ünïcode"}`
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p := browsertest.Open(ctx, t, srv.URL)
	defer p.Close()
	target := "/?" + url.Values{"query": {query}, "variables": {variables}, "operationName": {"Handed"}}.Encode()
	p.Do("open "+target, chromedp.Navigate(p.URL(target)), chromedp.WaitVisible(chromedp.CSS(browsertest.EditorSelector)))
	if got := browsertest.ActiveQuery(p); got != query {
		t.Errorf("query editor holds %q, want the handed query %q", got, query)
	}
	gotVars := browsertest.Eval[string](p, "read the variables", `document.querySelector('.graphiql-editor-tool .CodeMirror').CodeMirror.getValue()`)
	if gotVars != variables {
		t.Errorf("variables editor holds %q, want %q", gotVars, variables)
	}
	titles := browsertest.Eval[[]string](p, "read the tabs", `[...document.querySelectorAll('.graphiql-tab')].map(t => t.textContent.trim())`)
	if len(titles) != 2 || !strings.HasPrefix(titles[0], "Handed") || !strings.HasPrefix(titles[1], "First") {
		t.Errorf("tabs = %q, want the handed query then the example", titles)
	}
	p.Check()
}
