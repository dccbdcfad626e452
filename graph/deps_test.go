package graph_test

import (
	"maps"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The dependency rule (docs/architecture.md): data flows one way, HTTP -> resolvers ->
// graph.Store -> Neo4j or memory, and each package imports only what its place allows. Every
// package of the module has a rule; the test fails for a package without one, so a new package
// must be placed.

const module = "github.com/peacegraph/peacegraph"

// The technologies, by import path prefix.
var (
	driver    = []string{"github.com/neo4j/neo4j-go-driver"}
	graphql   = []string{"github.com/99designs/gqlgen", "github.com/vektah/gqlparser", "github.com/vikstrous/dataloadgen"}
	web       = []string{"net/http", "github.com/prometheus/", "github.com/chromedp/"}
	stores    = []string{module + "/graph/memory", module + "/graph/neo4j"}
	adapters  = []string{module + "/server"}
	anyTech   = join(driver, graphql, web, []string{"github.com/compose-spec/", "go.yaml.in/yaml", "gopkg.in/yaml"})
	ourGraph  = []string{module + "/graph", module + "/seed"}
	tooling   = []string{module + "/tools"}
	notStores = join(driver, stores)
)

func join(lists ...[]string) []string { return slices.Concat(lists...) }

// rules maps each package (relative to the module) to the import prefixes it must not depend
// on, directly or not.
var rules = map[string][]string{
	// The domain: nothing technical (golang.org/x/text for folding is data, not technology).
	"graph": join(anyTech, adapters, tooling, []string{module + "/graph/", module + "/seed", module + "/schema"}),
	// The stores fetch; they know no GraphQL and no HTTP; memory knows no driver either.
	"graph/memory":          join(driver, graphql, web, adapters, tooling, []string{module + "/graph/neo4j", module + "/graph/analysis"}),
	"graph/neo4j":           join(graphql, web, adapters, tooling, []string{module + "/graph/memory", module + "/graph/analysis"}),
	"graph/neo4j/neo4jtest": join(graphql, web, adapters, tooling),
	// The suite runs over any Store: no backend of its own.
	"graph/storetest": join(notStores, graphql, web, adapters, tooling),
	// The study's questions over graph.Store: no technology at all.
	"graph/analysis": join(anyTech, stores, adapters, tooling),
	// The dataset: YAML, nothing else.
	"seed":   join(driver, graphql, web, stores, adapters, tooling, []string{module + "/graph/analysis"}),
	"schema": join(anyTech, ourGraph, adapters, tooling),
	// The adapters present the domain; none but the wiring picks a store.
	// (gqlgen's runtime itself imports net/http: the resolvers' rule is that they pick no
	// store, speak no driver and know nothing of the transport, metrics or exports.)
	"server/gql":      join(notStores, web[1:], []string{module + "/server/httpapi", module + "/server/export", module + "/server/apierror"}, tooling),
	"server/export":   join(notStores, graphql, web, []string{module + "/server/gql", module + "/server/httpapi"}, tooling),
	"server/apierror": join(notStores, graphql, []string{module + "/server/"}, tooling),
	// The citation formats: text from graph's sources; no technology, no other adapter.
	"server/cite":       join(anyTech, stores, tooling, []string{module + "/server/", module + "/seed", module + "/graph/analysis"}),
	"server/httpapi":    join(notStores, tooling),
	"server/playground": join(notStores, graphql, ourGraph, []string{module + "/server/gql", module + "/server/httpapi"}, tooling),
	// The explorer is a client of the public API: it serves its bundle and nothing else.
	"server/explorer": join(notStores, graphql, ourGraph, []string{module + "/server/gql", module + "/server/httpapi", module + "/server/export"}, tooling),
	// The bundles' file server, shared by the playground and the explorer: HTTP only.
	"server/webasset":               join(notStores, graphql, ourGraph, []string{module + "/server/"}, tooling),
	"server/playground/browsertest": join(notStores, graphql, ourGraph, []string{module + "/server/gql", module + "/server/httpapi"}, tooling),
	// The wiring may use everything but the tools.
	"server": tooling,
	// Maintenance tools stand alone.
	"tools/ipi2seed":        join(anyTech, ourGraph, adapters),
	"tools/neo4j/boltready": join(graphql, web, ourGraph, adapters),
	// The benchmark's helpers measure the server from outside: they speak HTTP and Bolt on
	// the wire and import none of its code, so they cannot favour it.
	"tools/bench/boltcount":         join(driver, graphql, ourGraph, adapters),
	"tools/bench/canned":            join(driver, graphql, ourGraph, adapters),
	"tools/bench/internal/loopback": join(driver, graphql, web, ourGraph, adapters),
}

// deps lists, for each package pattern, every package it depends on: go list -deps, one line a
// package, "path dep dep ...".
func deps(t *testing.T, patterns ...string) map[string][]string {
	t.Helper()
	args := append([]string{"list", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`}, patterns...)
	out, err := exec.Command("go", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	m := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		m[f[0]] = f[1:]
	}
	return m
}

// violations returns "pkg depends on dep" for every forbidden dependency of pkg under rel's rule.
func violations(pkg, rel string, ds []string) ([]string, bool) {
	forbid, ok := rules[rel]
	if !ok {
		return nil, false
	}
	var out []string
	for _, d := range ds {
		for _, f := range forbid {
			// "a/b" forbids a/b and a/b/...; "a/b/" forbids only what is below a/b.
			if strings.HasSuffix(f, "/") && strings.HasPrefix(d, f) || d == f || strings.HasPrefix(d, f+"/") {
				out = append(out, pkg+" depends on "+d)
				break
			}
		}
	}
	return out, true
}

func TestDependencyRule(t *testing.T) {
	all := deps(t, module+"/...")
	for _, pkg := range slices.Sorted(maps.Keys(all)) {
		rel := strings.TrimPrefix(pkg, module+"/")
		v, ok := violations(pkg, rel, all[pkg])
		if !ok {
			t.Errorf("package %s has no dependency rule: add it to rules in graph/deps_test.go", rel)
		}
		for _, e := range v {
			t.Error(e)
		}
	}
	for rel := range rules {
		if _, ok := all[module+"/"+rel]; !ok {
			t.Errorf("rule for %s, which is not a package: remove it", rel)
		}
	}
}

// TestDependencyRuleFails proves the test can fail: testdata/deprule holds packages that break
// the rule on purpose (a resolver package importing the Neo4j driver, an analysis package
// importing gqlgen), each checked under the rule of the package its path mirrors. They live in
// testdata, so nothing else builds them.
func TestDependencyRuleFails(t *testing.T) {
	const fixtures = module + "/graph/testdata/deprule/"
	got := deps(t, "./testdata/deprule/...")
	want := map[string]string{
		"server/gql":     "github.com/neo4j/neo4j-go-driver/v5/neo4j",
		"graph/analysis": "github.com/99designs/gqlgen/graphql",
	}
	for rel, dep := range want {
		pkg := fixtures + rel
		ds, ok := got[pkg]
		if !ok {
			t.Fatalf("fixture %s missing", pkg)
		}
		v, _ := violations(pkg, rel, ds)
		if !slices.Contains(v, pkg+" depends on "+dep) {
			t.Errorf("the rule for %s does not catch %s in the fixture (found %v)", rel, dep, v)
		}
	}
}
