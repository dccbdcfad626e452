package gql

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/peacegraph/peacegraph/graph"
)

// The time model's enums (graph/time.go, graph.LegalStages, graph.StrengthKinds,
// graph.BasisRoles), marshalled as the other enums are (scalars.go).

func MarshalBoundStatus(v graph.BoundStatus) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalBoundStatus(v any) (graph.BoundStatus, error) {
	return unmarshalEnum(v, "BoundStatus", graph.BoundStatuses)
}
func MarshalCertainty(v graph.Certainty) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalCertainty(v any) (graph.Certainty, error) {
	return unmarshalEnum(v, "Certainty", graph.Certainties)
}
func MarshalLegalStage(v graph.LegalStage) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalLegalStage(v any) (graph.LegalStage, error) {
	return unmarshalEnum(v, "LegalStage", graph.LegalStages)
}
func MarshalStrengthKind(v graph.StrengthKind) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalStrengthKind(v any) (graph.StrengthKind, error) {
	return unmarshalEnum(v, "StrengthKind", graph.StrengthKinds)
}
func MarshalLegalBasisRole(v graph.BasisRole) graphql.Marshaler { return marshalEnum(v) }
func UnmarshalLegalBasisRole(v any) (graph.BasisRole, error) {
	return unmarshalEnum(v, "LegalBasisRole", graph.BasisRoles)
}
