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

// Link is implemented by every relationship type (Relationship and the typed links).
type Link interface{}

// Relationship is any relationship, seen from Self (the node whose list holds it; "" when it
// was reached otherwise, and other is then the To end).
type Relationship struct {
	graph.Edge
	Self string
}

// relationships wraps edges as seen from self.
func relationships(self string, es []graph.Edge) []*Relationship {
	out := make([]*Relationship, len(es))
	for i, e := range es {
		out[i] = &Relationship{Edge: e, Self: self}
	}
	return out
}
