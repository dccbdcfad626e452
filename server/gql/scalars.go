package gql

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peacegraph/peacegraph/graph"
)

// Marshalling of the graph package's types as GraphQL scalars and enums. The functions live
// here, not as methods in graph, so the domain package stays free of gqlgen. The enums' values
// are graph's (graph.Enums); the SDL declares the same (graph's schema test checks it).

// MarshalPartialDate writes a date at its precision.
func MarshalPartialDate(d graph.PartialDate) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(d.String())) })
}

// UnmarshalPartialDate accepts "YYYY", "YYYY-MM" or "YYYY-MM-DD" and nothing else.
func UnmarshalPartialDate(v any) (graph.PartialDate, error) {
	s, ok := v.(string)
	if !ok {
		return graph.PartialDate{}, fmt.Errorf("PartialDate must be a string such as \"1992\", \"1992-06\" or \"1992-06-15\", not %T", v)
	}
	return graph.ParseDate(s)
}

func marshalEnum[T ~string](v T) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(v))) })
}

func unmarshalEnum[T ~string](v any, name string, values []T) (T, error) {
	if s, ok := v.(string); ok && slices.Contains(values, T(s)) {
		return T(s), nil
	}
	return "", fmt.Errorf("%v is not a valid %s", v, name)
}

func MarshalConfidence(v graph.Confidence) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalConfidence(v any) (graph.Confidence, error) {
	return unmarshalEnum(v, "Confidence", graph.Confidences)
}
func MarshalCaseRole(v graph.CaseRole) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalCaseRole(v any) (graph.CaseRole, error) {
	return unmarshalEnum(v, "CaseRole", graph.CaseRoles)
}
func MarshalEntityKind(v graph.Kind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalEntityKind(v any) (graph.Kind, error) {
	s, _ := v.(string)
	if _, ok := graph.InfoOf(graph.Kind(s)); !ok {
		return "", fmt.Errorf("%v is not a valid EntityKind", v)
	}
	return graph.Kind(s), nil
}
func MarshalPersonnelType(v graph.PersonnelType) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalPersonnelType(v any) (graph.PersonnelType, error) {
	return unmarshalEnum(v, "PersonnelType", graph.PersonnelTypes)
}
func MarshalMissionKind(v graph.MissionKind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalMissionKind(v any) (graph.MissionKind, error) {
	return unmarshalEnum(v, "MissionKind", graph.MissionKinds)
}
func MarshalInstrumentKind(v graph.InstrumentKind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalInstrumentKind(v any) (graph.InstrumentKind, error) {
	return unmarshalEnum(v, "InstrumentKind", graph.InstrumentKinds)
}
func MarshalReformKind(v graph.ReformKind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalReformKind(v any) (graph.ReformKind, error) {
	return unmarshalEnum(v, "ReformKind", graph.ReformKinds)
}
func MarshalReformMechanism(v graph.ReformMechanism) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalReformMechanism(v any) (graph.ReformMechanism, error) {
	return unmarshalEnum(v, "ReformMechanism", graph.ReformMechanisms)
}
func MarshalSafeguardKind(v graph.SafeguardKind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalSafeguardKind(v any) (graph.SafeguardKind, error) {
	return unmarshalEnum(v, "SafeguardKind", graph.SafeguardKinds)
}
func MarshalPrincipleScope(v graph.PrincipleScope) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalPrincipleScope(v any) (graph.PrincipleScope, error) {
	return unmarshalEnum(v, "PrincipleScope", graph.PrincipleScopes)
}
func MarshalThreatKind(v graph.ThreatKind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalThreatKind(v any) (graph.ThreatKind, error) {
	return unmarshalEnum(v, "ThreatKind", graph.ThreatKinds)
}
func MarshalSourceKind(v graph.SourceKind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalSourceKind(v any) (graph.SourceKind, error) {
	return unmarshalEnum(v, "SourceKind", graph.SourceKinds)
}
func MarshalRank(v graph.Rank) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalRank(v any) (graph.Rank, error) {
	return unmarshalEnum(v, "Rank", graph.Ranks)
}
func MarshalEvidenceBasis(v graph.EvidenceBasis) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalEvidenceBasis(v any) (graph.EvidenceBasis, error) {
	return unmarshalEnum(v, "EvidenceBasis", graph.EvidenceBases)
}
func MarshalRelationshipType(v graph.RelType) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalRelationshipType(v any) (graph.RelType, error) {
	return unmarshalEnum(v, "RelationshipType", graph.RelTypes())
}

// directions are the GraphQL Direction values, indexed by graph.Direction.
var directions = [...]string{graph.Out: "OUT", graph.In: "IN", graph.Both: "BOTH"}

func MarshalDirection(v graph.Direction) graphql.Marshaler { return marshalEnum(directions[v]) }
func UnmarshalDirection(v any) (graph.Direction, error) {
	if i := slices.Index(directions[:], fmt.Sprint(v)); i >= 0 {
		return graph.Direction(i), nil
	}
	return 0, fmt.Errorf("%v is not a valid Direction", v)
}
func MarshalPrincipleRelationKind(v graph.PrincipleRelationKind) graphql.Marshaler {
	return marshalEnum(v)
}
func UnmarshalPrincipleRelationKind(v any) (graph.PrincipleRelationKind, error) {
	return unmarshalEnum(v, "PrincipleRelationKind", graph.PrincipleRelationKinds)
}
