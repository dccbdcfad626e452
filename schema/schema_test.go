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
	"github.com/peacegraph/peacegraph/graph/analysis"
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
	apiOnly := []string{"Lang", "OrderDirection", "Direction", "ComparisonDimension"} // the last: TestComparisonDimensions
	for _, k := range whereKinds {
		apiOnly = append(apiOnly, k.Label+"OrderField") // checked by TestWhereIsGraphs
	}
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

// whereKinds are the kinds whose lists take a where and an orderBy.
var whereKinds = func() []graph.KindInfo {
	var out []graph.KindInfo
	for _, k := range graph.Kinds {
		if k.Kind != graph.KindCountry && k.Kind != graph.KindSafeguard {
			out = append(out, k)
		}
	}
	return out
}()

// TestWhereIsGraphs: each <Kind>Where input of the SDL has exactly the fields of graph's field
// table (graph.FieldsOf) with the filter input of their type, beside AND, OR and NOT; each
// <Kind>OrderField enum names every sortable field (and, before them, the orders that predate
// the table). So the SDL cannot offer a filter the stores do not know, nor miss one they do.
func TestWhereIsGraphs(t *testing.T) {
	s := sdl(t)
	filterOf := func(f graph.Field) string {
		switch f.Type {
		case graph.FieldID:
			return "IDFilter"
		case graph.FieldText:
			return "StringFilter"
		case graph.FieldNumber, graph.FieldCount:
			return "IntFilter"
		case graph.FieldBool:
			return "BooleanFilter"
		case graph.FieldEnum, graph.FieldConf:
			return f.Enum + "Filter"
		case graph.FieldEnumList:
			return f.Enum + "ListFilter"
		case graph.FieldTextList:
			return "StringListFilter"
		case graph.FieldDate:
			return "DateFilter"
		}
		return ""
	}
	legacy := map[string][]string{"Mission": {"START", "NAME", "CONTRIBUTORS", "DEPLOYMENTS"}, "LegalInstrument": {"ADOPTED", "TITLE"},
		"Reform": {"DATE", "TITLE"}, "Source": {"TITLE", "ID"}}
	for _, k := range whereKinds {
		def := s.Types[k.Label+"Where"]
		if def == nil {
			t.Errorf("no input %sWhere", k.Label)
			continue
		}
		want := []string{"AND: [" + k.Label + "Where!]", "OR: [" + k.Label + "Where!]", "NOT: " + k.Label + "Where"}
		var order []string
		for _, f := range graph.FieldsOf(k.Kind) {
			if ft := filterOf(f); ft != "" {
				want = append(want, f.Name+": "+ft)
			}
			if f.Sortable && !slices.Contains(legacy[k.Label], f.OrderName()) {
				order = append(order, f.OrderName())
			}
		}
		var got []string
		for _, f := range def.Fields {
			got = append(got, f.Name+": "+f.Type.String())
		}
		if !slices.Equal(got, want) {
			t.Errorf("%sWhere:\n got %v\nwant %v", k.Label, got, want)
		}
		enum := s.Types[k.Label+"OrderField"]
		if enum == nil {
			t.Errorf("no enum %sOrderField", k.Label)
			continue
		}
		var values []string
		for _, v := range enum.EnumValues {
			values = append(values, v.Name)
		}
		if want := append(slices.Clone(legacy[k.Label]), order...); !slices.Equal(values, want) {
			t.Errorf("%sOrderField:\n got %v\nwant %v", k.Label, values, want)
		}
	}
}

// TestComparisonDimensions: the ComparisonDimension enum is graph/analysis's dimensions, in row
// order, in SCREAMING_SNAKE_CASE.
func TestComparisonDimensions(t *testing.T) {
	var got []string
	for _, v := range sdl(t).Types["ComparisonDimension"].EnumValues {
		got = append(got, v.Name)
	}
	var want []string
	for _, d := range analysis.Dimensions() {
		want = append(want, graph.Field{Name: d}.OrderName())
	}
	if !slices.Equal(got, want) {
		t.Errorf("ComparisonDimension %v, want %v", got, want)
	}
}
