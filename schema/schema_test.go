package schema_test

import (
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/schema"
)

// sdl parses the GraphQL schema.
func sdl(t *testing.T) *ast.Schema {
	t.Helper()
	names, err := fs.Glob(schema.FS, "graphql/*.graphqls")
	if err != nil || len(names) == 0 {
		t.Fatalf("no SDL files: %v", err)
	}
	var srcs []*ast.Source
	for _, n := range names {
		b, err := fs.ReadFile(schema.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, &ast.Source{Name: n, Input: string(b)})
	}
	s, gerr := gqlparser.LoadSchema(srcs...)
	if gerr != nil {
		t.Fatal(gerr)
	}
	return s
}

// TestEnumsAreGraphs: each enum of the SDL that names domain values has exactly graph's values,
// in graph's order (graph.Enums: EntityKind is graph.Kinds). The enums that are the API's own
// (orderings, directions, languages) are listed as such, so a new enum must be placed.
func TestEnumsAreGraphs(t *testing.T) {
	apiOnly := []string{"Lang", "OrderDirection", "Direction", "MissionOrderField", "LegalInstrumentOrderField", "ReformOrderField", "SourceOrderField"}
	domain := graph.Enums()
	s := sdl(t)
	var inSDL []string
	for name, def := range s.Types {
		if def.Kind != ast.Enum || def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		inSDL = append(inSDL, name)
		if slices.Contains(apiOnly, name) {
			continue
		}
		want, ok := domain[name]
		if !ok {
			t.Errorf("SDL enum %s is not in graph.Enums (nor an API-only enum)", name)
			continue
		}
		var got []string
		for _, v := range def.EnumValues {
			got = append(got, v.Name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("enum %s: SDL %v, graph %v", name, got, want)
		}
	}
	for name := range maps.Keys(domain) {
		if !slices.Contains(inSDL, name) {
			t.Errorf("graph enum %s is not in the SDL", name)
		}
	}
}

// TestExamples: every example query file has a title line and a query.
func TestExamples(t *testing.T) {
	ex, err := schema.Examples()
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) == 0 {
		t.Fatal("no examples")
	}
	for _, e := range ex {
		if e.Name == "" || strings.HasPrefix(e.Query, "#") || !strings.Contains(e.Query, "{") {
			t.Errorf("%s: name %q, query %.40q", e.File, e.Name, e.Query)
		}
	}
}
