package gql

import "github.com/peacegraph/peacegraph/graph"

// ReformLink is a CATALYZED relationship: participation (a deployment or a mission) driving a
// reform.
type ReformLink struct{ graph.Edge }

// ThreatPerception is a PERCEIVES relationship from a country to a threat.
type ThreatPerception struct{ graph.Edge }

// Compatibility is a COMPATIBLE_WITH relationship seen from Self.
type Compatibility struct {
	graph.Edge
	Self string
}

// Cited is implemented by every type that carries evidence; the GraphQL interface's fields
// are resolved on each concrete type.
type Cited interface{}
