package gql

import (
	"fmt"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/peacegraph/peacegraph/graph"
)

// Marshalling of the graph package's types as GraphQL scalars and enums. The functions live
// here, not as methods in graph, so the domain package stays free of gqlgen.

// MarshalPartialDate writes a date at its precision.
func MarshalPartialDate(d graph.PartialDate) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { io.WriteString(w, strconv.Quote(d.String())) })
}

// UnmarshalPartialDate accepts "YYYY", "YYYY-MM" or "YYYY-MM-DD" and nothing else.
func UnmarshalPartialDate(v any) (graph.PartialDate, error) {
	s, ok := v.(string)
	if !ok {
		return graph.PartialDate{}, fmt.Errorf("PartialDate must be a string such as \"1992\", \"1992-06\" or \"1992-06-15\", not %T", v)
	}
	return graph.ParseDate(s)
}

func marshalString(s string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { io.WriteString(w, strconv.Quote(s)) })
}

func unmarshalEnum(v any, name string, allowed ...string) (string, error) {
	s, ok := v.(string)
	if ok {
		for _, a := range allowed {
			if s == a {
				return s, nil
			}
		}
	}
	return "", fmt.Errorf("%v is not a valid %s", v, name)
}

// MarshalConfidence writes a confidence level.
func MarshalConfidence(c graph.Confidence) graphql.Marshaler { return marshalString(string(c)) }

// UnmarshalConfidence reads a confidence level.
func UnmarshalConfidence(v any) (graph.Confidence, error) {
	s, err := unmarshalEnum(v, "Confidence", "HIGH", "MEDIUM", "LOW")
	return graph.Confidence(s), err
}

// MarshalCaseRole writes a case role.
func MarshalCaseRole(c graph.CaseRole) graphql.Marshaler { return marshalString(string(c)) }

// UnmarshalCaseRole reads a case role.
func UnmarshalCaseRole(v any) (graph.CaseRole, error) {
	s, err := unmarshalEnum(v, "CaseRole", "PRIMARY", "COMPARATOR", "PARTNER")
	return graph.CaseRole(s), err
}

// MarshalEntityKind writes a node kind.
func MarshalEntityKind(k graph.Kind) graphql.Marshaler { return marshalString(string(k)) }

// UnmarshalEntityKind reads a node kind.
func UnmarshalEntityKind(v any) (graph.Kind, error) {
	s, _ := v.(string)
	if _, ok := graph.InfoOf(graph.Kind(s)); !ok {
		return "", fmt.Errorf("%v is not a valid EntityKind", v)
	}
	return graph.Kind(s), nil
}
