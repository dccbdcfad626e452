package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/peacegraph/peacegraph/server/apierror"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/server/gql"
)

// Protection of the public endpoint, in the order a request meets it:
//
//  1. the HTTP layer: body size (413 REQUEST_TOO_LARGE) and query size (413 QUERY_TOO_LARGE),
//     before anything is parsed or cached (see transport.go);
//  2. shapeRules, before gqlgen validates the document: a mutation or subscription sent by
//     GET (405), depth, aliases, fields after fragment expansion, introspection when off;
//  3. argumentRules, after validation and variable coercion: first/last above MaxFirst and
//     malformed or inverted PartialDate arguments, so bad input is a request error (400, no
//     data) and not a field error in an otherwise successful response;
//  4. gqlgen's FixedComplexityLimit over costSchema's costs;
//  5. the per-request timeout (TIMEOUT) while resolvers run.
//
// Each breach is a request error with its own extensions.code (errors.go gives the status),
// and nothing of the query has run when it is reported.

// getRequestKey marks a context whose request came by GET or HEAD, for shapeRules.
type getRequestKey struct{}

func isGETRequest(ctx context.Context) bool { v, _ := ctx.Value(getRequestKey{}).(bool); return v }

// shapeRules checks the document's shape before gqlgen's validator sees it. Its work is linear
// in the size of the document: fragments are measured once each, so a small document whose
// fragments spread one another exponentially is measured, and rejected, cheaply (gqlgen's
// complexity walker expands every spread and would not be).
type shapeRules struct{ limits Limits }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = shapeRules{}

func (shapeRules) ExtensionName() string                   { return "ShapeRules" }
func (shapeRules) Validate(graphql.ExecutableSchema) error { return nil }

func (s shapeRules) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	doc, err := parser.ParseQuery(&ast.Source{Input: raw.Query})
	if err != nil {
		return nil // gqlgen parses again and reports the error as GRAPHQL_PARSE_FAILED
	}
	op := doc.Operations.ForName(raw.OperationName)
	if op == nil {
		return nil // gqlgen reports that the operation cannot be determined
	}
	infoOf(ctx).operation = op.Name // for the log and metrics, should validation fail
	// The GraphQL-over-HTTP rule is about the operation the document selects, whatever the
	// schema: a mutation over GET is refused before validation (which, with no Mutation type
	// in our schema, would otherwise call it a validation error, as it does over POST).
	if op.Operation != ast.Query && isGETRequest(ctx) {
		return codedError(apierror.MethodNotAllowed, "a %s cannot be sent with GET; use POST", op.Operation)
	}
	m := measurer{doc: doc, memo: map[string]shape{}, busy: map[string]bool{}}
	sh := m.selectionSet(op.SelectionSet)
	l := s.limits
	switch {
	case sh.depth > l.MaxDepth:
		return codedError(apierror.QueryTooDeep, "the query is %d levels deep; at most %d are allowed", sh.depth, l.MaxDepth)
	case sh.aliases > l.MaxAliases:
		return codedError(apierror.TooManyAliases, "the query has %s aliases; at most %d are allowed", count(sh.aliases), l.MaxAliases)
	case sh.fields > l.MaxComplexity:
		// Every field costs at least 1, so this bounds the complexity before it is computed.
		return codedError(apierror.QueryTooComplex, "the query selects %s fields once fragments are expanded; its complexity may be at most %d", count(sh.fields), l.MaxComplexity)
	case sh.introspection && l.DisableIntrospection:
		return codedError(apierror.IntrospectionDisabled, "introspection (__schema, __type) is turned off on this server")
	}
	return nil
}

func count(n int) string {
	if n == math.MaxInt {
		return "too many"
	}
	return fmt.Sprint(n)
}

func codedError(code, format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	setCode(e, code)
	return e
}

// shape is what shapeRules measures of a selection set.
type shape struct {
	depth, aliases, fields int
	introspection          bool
}

func (s *shape) add(o shape, depth int) {
	s.depth = max(s.depth, o.depth+depth)
	s.aliases = satAdd(s.aliases, o.aliases)
	s.fields = satAdd(s.fields, o.fields)
	s.introspection = s.introspection || o.introspection
}

// satAdd adds without overflowing: fragment expansion can multiply counts past any int.
func satAdd(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

type measurer struct {
	doc  *ast.QueryDocument
	memo map[string]shape
	busy map[string]bool // fragments being measured: a cycle (which validation rejects) ends here
}

func (m *measurer) selectionSet(ss ast.SelectionSet) shape {
	var s shape
	for _, sel := range ss {
		switch x := sel.(type) {
		case *ast.Field:
			f := shape{fields: 1, introspection: x.Name == "__schema" || x.Name == "__type"}
			if x.Alias != "" && x.Alias != x.Name {
				f.aliases = 1
			}
			child := m.selectionSet(x.SelectionSet)
			if f.introspection {
				// Introspection counts as one level: its nesting is bounded by the schema
				// and by gqlparser's MaxIntrospectionDepth rule, and GraphiQL's own
				// introspection query (ofType nine deep) is already 15 levels.
				child.depth = 0
			}
			f.add(child, 0)
			s.add(f, 1)
		case *ast.InlineFragment:
			s.add(m.selectionSet(x.SelectionSet), 0)
		case *ast.FragmentSpread:
			s.add(m.fragment(x.Name), 0)
		}
	}
	return s
}

func (m *measurer) fragment(name string) shape {
	if s, ok := m.memo[name]; ok {
		return s
	}
	f := m.doc.Fragments.ForName(name)
	if f == nil || m.busy[name] {
		return shape{}
	}
	m.busy[name] = true
	s := m.selectionSet(f.SelectionSet)
	delete(m.busy, name)
	m.memo[name] = s
	return s
}

// argumentRules checks argument values once gqlgen has validated the document and coerced
// the variables. first/last are checked here, once for every field that takes them, by
// graph.CheckPageSize with the server's PEACEGRAPH_MAX_FIRST. gqlgen itself only unmarshals custom scalars (PartialDate) while executing, so
// a bad date would otherwise be a field error inside a 200 response; the GraphQL spec counts a
// scalar that fails to coerce as a request error, and so do we. first/last above the maximum
// and an inverted from/to pair are refused here too, before any store call.
type argumentRules struct {
	maxFirst int
	schema   *ast.Schema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &argumentRules{}

func (*argumentRules) ExtensionName() string { return "ArgumentRules" }

func (a *argumentRules) Validate(es graphql.ExecutableSchema) error {
	a.schema = es.Schema()
	return nil
}

func (a *argumentRules) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	c := argChecker{maxFirst: a.maxFirst, schema: a.schema, vars: oc.Variables, seen: map[string]bool{}}
	return c.selectionSet(oc.Operation.SelectionSet)
}

type argChecker struct {
	maxFirst int
	schema   *ast.Schema
	vars     map[string]any
	seen     map[string]bool // fragments already checked: arguments do not depend on where they are spread
}

func (c *argChecker) selectionSet(ss ast.SelectionSet) *gqlerror.Error {
	for _, sel := range ss {
		var err *gqlerror.Error
		switch x := sel.(type) {
		case *ast.Field:
			if err = c.field(x); err == nil {
				err = c.selectionSet(x.SelectionSet)
			}
		case *ast.InlineFragment:
			err = c.selectionSet(x.SelectionSet)
		case *ast.FragmentSpread:
			if !c.seen[x.Name] && x.Definition != nil {
				c.seen[x.Name] = true
				err = c.selectionSet(x.Definition.SelectionSet)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (c *argChecker) field(f *ast.Field) *gqlerror.Error {
	if f.Definition == nil || len(f.Definition.Arguments) == 0 {
		return nil
	}
	args := f.ArgumentMap(c.vars)
	bad := func(format string, a ...any) *gqlerror.Error {
		e := gqlerror.ErrorPosf(f.Position, "%s: %s", f.Name, fmt.Sprintf(format, a...))
		setCode(e, apierror.BadUserInput)
		return e
	}
	for _, name := range []string{"first", "last"} {
		if n, ok := intValue(args[name]); ok {
			if err := graph.CheckPageSize(name, int(min(max(n, math.MinInt32), math.MaxInt32)), c.maxFirst); err != nil {
				return bad("%s", graph.ErrorMessage(err))
			}
		}
	}
	for _, def := range f.Definition.Arguments {
		if msg := c.dateProblem(def.Type, args[def.Name], def.Name); msg != "" {
			return bad("%s", msg)
		}
	}
	if msg := rangeProblem(args); msg != "" {
		return bad("%s", msg)
	}
	return nil
}

func intValue(v any) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int64:
		return n, true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

// dateProblem describes what is wrong with the PartialDates in v, a value of type t, or
// returns "". Input objects (filters) are checked field by field, with their from/to pairs.
func (c *argChecker) dateProblem(t *ast.Type, v any, path string) string {
	if v == nil || t == nil {
		return ""
	}
	if t.Elem != nil {
		list, _ := v.([]any)
		for _, e := range list {
			if msg := c.dateProblem(t.Elem, e, path); msg != "" {
				return msg
			}
		}
		return ""
	}
	if t.NamedType == "PartialDate" {
		if _, err := gql.UnmarshalPartialDate(v); err != nil {
			return path + ": " + err.Error()
		}
		return ""
	}
	obj, ok := v.(map[string]any)
	def := c.schema.Types[t.NamedType]
	if !ok || def == nil || def.Kind != ast.InputObject {
		return ""
	}
	for _, fd := range def.Fields {
		if msg := c.dateProblem(fd.Type, obj[fd.Name], path+"."+fd.Name); msg != "" {
			return msg
		}
	}
	return rangeProblem(obj)
}

// rangeProblem reports an inverted date range among the values named as the API names ranges.
func rangeProblem(m map[string]any) string {
	for _, pair := range [][2]string{{"from", "to"}, {"activeFrom", "activeTo"}} {
		from, err1 := gql.UnmarshalPartialDate(m[pair[0]])
		to, err2 := gql.UnmarshalPartialDate(m[pair[1]])
		if err1 == nil && err2 == nil {
			if (graph.DateRange{From: &from, To: &to}).Validate() != nil {
				return fmt.Sprintf("the date range is inverted: %s %s is after %s %s", pair[0], from, pair[1], to)
			}
		}
	}
	return ""
}

// costSchema prices fields for gqlgen's complexity limit: roughly the number of values the
// answer may hold. A field costs 1 plus its selection's cost times how many elements it may
// return:
//   - a connection (a type named *Connection): first or last, else graph.DefaultPageSize; its
//     edges and nodes lists are then not multiplied again;
//   - another list with a first argument (search): first;
//   - any other list: listSize, a typical number of related entities (citations, functions,
//     disputes); the data is small, so a bigger guess would mostly refuse honest queries.
//
// Everything else costs 1 plus its selection, gqlgen's default. Store calls do not grow with
// rows (the loaders batch each level), so what the limit bounds is the size of the answer.
type costSchema struct{ graphql.ExecutableSchema }

const listSize = 5

func (c costSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	def := c.Schema().Types[typeName]
	if def == nil {
		return 0, false
	}
	fd := def.Fields.ForName(field)
	if fd == nil {
		return 0, false
	}
	n := int64(1)
	first, hasFirst := intValue(args["first"])
	if !hasFirst {
		first, hasFirst = intValue(args["last"])
	}
	switch {
	case strings.HasSuffix(fd.Type.Name(), "Connection"):
		n = graph.DefaultPageSize
		if hasFirst {
			n = first
		}
	case fd.Type.Elem == nil || strings.HasSuffix(typeName, "Connection"):
	case hasFirst:
		n = first
	default:
		n = listSize
	}
	n = max(n, 1)
	if int64(child) > (math.MaxInt-1)/n {
		return math.MaxInt, true
	}
	return 1 + int(n)*child, true
}
