// Package playground serves the GraphiQL playground of the peacegraph API from
// assets embedded in the binary, so it works fully offline: no script, style,
// font or image is loaded from anywhere but the server itself.
//
// The JavaScript and CSS bundle in dist/ is built from web/playground (see
// web/playground/README.md) and committed, so building the server needs only Go.
//
// # Routes
//
// The handler returned by [Handler] routes these paths itself (paths as seen by
// the handler; see [Config.BasePath] when it is mounted under a prefix):
//
//	GET /                   the playground HTML page (exact path only), with
//	                        Cache-Control: no-store and a strict
//	                        Content-Security-Policy with a fresh nonce for
//	                        each response (see [ContentSecurityPolicy]).
//	GET /playground/app.js  the GraphiQL bundle (text/javascript)
//	GET /playground/app.css its styles, fonts inlined (text/css)
//
// The page references the assets as /playground/app.js?v=HASH, HASH being a
// hash of the file's content: a request whose v matches the current content is
// answered with "Cache-Control: public, max-age=31536000, immutable"; any other
// (no or an old v) with "no-cache", so a stale URL never pins old content.
// Assets carry a strong ETag, honour If-None-Match, and are sent gzip-compressed
// to clients that accept it. Any other path under /playground/ is 404; a method
// other than GET or HEAD is 405.
//
// HEAD is answered like GET without a body.
//
// The main server mounts the handler on both "/" (exact) and "/playground/":
//
//	h := playground.Handler(cfg)
//	mux.Handle("/{$}", h)
//	mux.Handle("/playground/", h)
//
// # Configuration passed to the page
//
// The GraphQL endpoint is written into a data-endpoint attribute of the root
// element, and the examples into a JSON data block
// (<script type="application/json" id="playground-config">), both through
// html/template, which escapes them for their context (in the JSON block, "<",
// ">" and "&" become \u003c, \u003e and \u0026, so an example containing
// "</script>" cannot end the element). The page's script opens each example as
// a GraphiQL tab whose query starts with a "# <name>" comment line.
package playground

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/peacegraph/peacegraph/server/webasset"
)

//go:embed dist
var distFS embed.FS

//go:embed index.html
var indexHTML string

var pageTemplate = template.Must(template.New("index.html").Parse(indexHTML))

// AssetPrefix is the path under which the handler serves the static assets.
const AssetPrefix = "/playground/"

// DefaultEndpoint is the GraphQL endpoint used when Config.Endpoint is empty.
const DefaultEndpoint = "/graphql"

// DefaultTitle is the page title used when Config.Title is empty.
const DefaultTitle = "peacegraph GraphQL playground"

// Example is a saved query shown as a tab in the playground.
type Example struct {
	// Name is shown as a "# Name" comment line at the top of the query.
	Name string `json:"name"`
	// Query is the GraphQL document; it should hold one named operation (the
	// tab is titled with the operation name).
	Query string `json:"query"`
	// Variables is the JSON text put in the variables editor; may be empty.
	Variables string `json:"variables,omitempty"`
}

// Config configures the playground page.
type Config struct {
	// Title of the HTML page and of the GraphiQL logo area; DefaultTitle if empty.
	Title string
	// Endpoint is the URL of the GraphQL endpoint the playground sends queries
	// to, usually a path on the same server ("/graphql", the default when
	// empty). An absolute http(s) URL on another origin is allowed: its origin
	// is then added to the page's connect-src.
	Endpoint string
	// Examples are opened as tabs, in order, in a browser that has no saved
	// playground state for this set of examples.
	Examples []Example
	// BasePath is the URL path prefix under which the handler is reachable when
	// it is mounted behind http.StripPrefix or a path-rewriting proxy, e.g.
	// "/api"; the page then loads its assets from BasePath+"/playground/...".
	// Empty (the default) when the handler is mounted at the server root.
	BasePath string
}

// ContentSecurityPolicy returns the Content-Security-Policy of the playground
// page for a request whose nonce is nonce, when the endpoint is on the same
// origin. Scripts, styles, fetches, fonts and images are restricted to the
// server itself; data: is allowed for fonts and images because GraphiQL's
// stylesheet inlines its fonts (Roboto, Fira Code) and a few icons as data:
// URLs. No inline script is allowed, and no inline style but the <style>
// element that GraphiQL's dialogs (react-remove-scroll) inject, which carries
// the nonce; style attributes that scripts set through the CSSOM are not
// restricted by CSP.
func ContentSecurityPolicy(nonce string) string {
	return "default-src 'none'; " +
		"script-src 'self'; " +
		"style-src 'self' 'nonce-" + nonce + "'; " +
		"connect-src 'self'; " +
		"font-src 'self' data:; " +
		"img-src 'self' data:; " +
		"base-uri 'none'; " +
		"form-action 'none'; " +
		"frame-ancestors 'none'"
}

// assets maps a file name in dist/ (e.g. "app.js") to the asset.
var assets = webasset.MustLoad(distFS, "dist", "playground", "npm run build in web/playground")

// pageData is what index.html is rendered with.
type pageData struct {
	Title    string
	Endpoint string
	CSSURL   string
	JSURL    string
	Nonce    string
	Config   pageConfig
}

// pageConfig is marshalled to JSON into the page's #playground-config block.
type pageConfig struct {
	Examples []Example `json:"examples"`
}

// Handler returns the handler serving the playground page at "/" and its
// assets under "/playground/". See the package documentation for the routes.
func Handler(cfg Config) http.Handler {
	title := cfg.Title
	if title == "" {
		title = DefaultTitle
	}
	endpoint := cfg.Endpoint
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	basePath := strings.TrimRight(cfg.BasePath, "/")
	if basePath != "" && !strings.HasPrefix(basePath, "/") {
		basePath = "/" + basePath
	}
	examples := cfg.Examples
	if examples == nil {
		examples = []Example{}
	}

	data := pageData{
		Title:    title,
		Endpoint: endpoint,
		CSSURL:   assets["app.css"].URL(basePath + AssetPrefix),
		JSURL:    assets["app.js"].URL(basePath + AssetPrefix),
		Config:   pageConfig{Examples: examples},
	}
	// Render once up front so that a config the template cannot render
	// fails at start-up rather than on every request.
	if _, err := renderPage(data, "0"); err != nil {
		panic(fmt.Sprintf("playground: rendering index.html: %v", err))
	}
	connectSrc := connectSources(endpoint)

	mux := http.NewServeMux()
	// "GET" patterns also match HEAD; other methods get 405 from the mux.
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		nonce, err := webasset.NewNonce()
		if err != nil {
			http.Error(w, "playground: no randomness for a CSP nonce", http.StatusInternalServerError)
			return
		}
		page, err := renderPage(data, nonce)
		if err != nil {
			http.Error(w, "playground: rendering the page failed", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		webasset.SecurityHeaders(h)
		h.Set("Content-Security-Policy", strings.Replace(ContentSecurityPolicy(nonce), "connect-src 'self'", connectSrc, 1))
		h.Set("Content-Type", "text/html; charset=utf-8")
		// The page carries a per-request nonce: it must not be reused.
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Length", strconv.Itoa(len(page)))
		if r.Method != http.MethodHead {
			_, _ = w.Write(page)
		}
	})
	mux.Handle("GET "+AssetPrefix+"{file}", assets)
	return mux
}

// renderPage renders index.html with the nonce.
func renderPage(data pageData, nonce string) ([]byte, error) {
	data.Nonce = nonce
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// connectSources returns the page's connect-src directive for the endpoint:
// 'self', plus the endpoint's origin when it is an absolute http(s) URL.
func connectSources(endpoint string) string {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "connect-src 'self'"
	}
	return "connect-src 'self' " + u.Scheme + "://" + u.Host
}
