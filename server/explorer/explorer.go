// Package explorer serves the peacegraph explorer: a single-page application that draws the
// knowledge graph (personnel series, timelines, the comparison matrix, evidence graphs) from
// the public GraphQL API only, with every asset embedded in the binary, so it works offline.
//
// The bundle in dist/ is built from web/explorer (see web/explorer/README.md) and committed:
// building the server needs only Go.
//
// # Routes
//
// [Handler] answers, as seen by the handler (mount it on both [Path] and [Path]+"/"):
//
//	GET /explore                  the application page (home view)
//	GET /explore/{view-or-id...}  the same page: the script routes /explore/personnel,
//	                              /explore/timeline, /explore/compare, /explore/pathways,
//	                              /explore/graph and entity pages /explore/{id}
//	                              (e.g. /explore/mission:minustah), so every view and
//	                              entity has a stable URL a researcher can cite
//	GET /explore/assets/{file}    the JavaScript and CSS files of dist/
//
// The page carries Cache-Control: no-store and a strict Content-Security-Policy with a fresh
// nonce per response (see [ContentSecurityPolicy]). app.js and app.css are referenced with
// ?v=HASH of their content and cached immutably when v matches; the chunks app.js imports
// (chunk-HASH.js, loaded when a view needs a charting library) carry their hash in their
// name and are always immutable. Assets have a strong ETag and are gzip-compressed for
// clients that accept it. Other methods than GET and HEAD get 405.
package explorer

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"strconv"

	"github.com/peacegraph/peacegraph/server/webasset"
)

//go:embed dist
var distFS embed.FS

//go:embed index.html
var indexHTML string

var pageTemplate = template.Must(template.New("index.html").Parse(indexHTML))

// Path is where the explorer is mounted.
const Path = "/explore"

// AssetPrefix is the path under which the bundle's files are served.
const AssetPrefix = Path + "/assets/"

// Config says where the page finds the API it reads.
type Config struct {
	// Title of the HTML page; "peacegraph explorer" when empty.
	Title string
	// Endpoint is the GraphQL endpoint, "/graphql" when empty.
	Endpoint string
	// Playground is the GraphiQL page that a view's "query" link opens with the view's
	// query in its URL (?query=...&variables=...), "/" when empty.
	Playground string
	// Export is the flat-export index (CSV/JSON tables), "/export" when empty.
	Export string
}

// pageConfig is written into the page's #explorer-config JSON block.
type pageConfig struct {
	Endpoint   string `json:"endpoint"`
	Playground string `json:"playground"`
	Export     string `json:"export"`
	Base       string `json:"base"`
	Assets     string `json:"assets"`
}

type pageData struct {
	Title, CSSURL, JSURL, Nonce string
	Config                      pageConfig
}

var assets = webasset.MustLoad(distFS, "dist", "explorer", "make explorer")

// ContentSecurityPolicy is the page's policy for a response whose nonce is nonce. Scripts,
// styles and fetches come from the server only. Observable Plot puts a <style> element in
// every chart; the explorer gives it the page's nonce before inserting it. Style attributes
// (style-src-attr) are allowed: Plot and the graph views position and colour SVG elements
// with them, and they cannot run code. img-src allows data: and blob: for the PNG export
// (the chart's SVG is drawn onto a canvas through an image).
func ContentSecurityPolicy(nonce string) string {
	return "default-src 'none'; " +
		"script-src 'self'; " +
		"style-src 'self' 'nonce-" + nonce + "'; " +
		"style-src-attr 'unsafe-inline'; " +
		"connect-src 'self'; " +
		"img-src 'self' data: blob:; " +
		"font-src 'self' data:; " +
		"base-uri 'none'; " +
		"form-action 'none'; " +
		"frame-ancestors 'none'"
}

// Handler serves the explorer page for every path under /explore and the bundle under
// /explore/assets/.
func Handler(cfg Config) http.Handler {
	data := pageData{
		Title:  cmpOr(cfg.Title, "peacegraph explorer"),
		CSSURL: AssetPrefix + "app.css?v=" + assets["app.css"].Hash,
		JSURL:  AssetPrefix + "app.js?v=" + assets["app.js"].Hash,
		Config: pageConfig{
			Endpoint:   cmpOr(cfg.Endpoint, "/graphql"),
			Playground: cmpOr(cfg.Playground, "/"),
			Export:     cmpOr(cfg.Export, "/export"),
			Base:       Path,
			Assets:     AssetPrefix,
		},
	}
	if _, err := render(data, "0"); err != nil {
		panic(fmt.Sprintf("explorer: rendering index.html: %v", err))
	}
	mux := http.NewServeMux()
	page := func(w http.ResponseWriter, r *http.Request) {
		nonce, err := webasset.NewNonce()
		if err != nil {
			http.Error(w, "explorer: no randomness for a CSP nonce", http.StatusInternalServerError)
			return
		}
		body, err := render(data, nonce)
		if err != nil {
			http.Error(w, "explorer: rendering the page failed", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		webasset.SecurityHeaders(h)
		h.Set("Content-Security-Policy", ContentSecurityPolicy(nonce))
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Length", strconv.Itoa(len(body)))
		if r.Method != http.MethodHead {
			_, _ = w.Write(body)
		}
	}
	// "GET" patterns also match HEAD; the mux answers 405 to other methods.
	mux.HandleFunc("GET "+Path, page)
	mux.HandleFunc("GET "+Path+"/{rest...}", page)
	mux.Handle("GET "+AssetPrefix+"{file}", assets)
	return mux
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func render(data pageData, nonce string) ([]byte, error) {
	data.Nonce = nonce
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
