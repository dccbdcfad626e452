package gql

import (
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// GroundedInLink is a GROUNDED_IN relationship: a version of a safeguard, resting on an
// instrument over a span.
type GroundedInLink struct{ graph.Edge }

// strengths returns a deployment's figures by date (undated last), keeping the seed's order
// among equals.
func strengths(ss []graph.Strength) []*graph.Strength {
	out := make([]*graph.Strength, len(ss))
	for i := range ss {
		out[i] = &ss[i]
	}
	slices.SortStableFunc(out, func(a, b *graph.Strength) int { return graph.ComparePtr(a.Date, b.Date) })
	return out
}

// groundedSpan is the span over which a safeguard's version held: the link's own, else the
// instrument's time in force.
func (r *Resolver) groundedSpan(ctx context.Context, obj *GroundedInLink) (*graph.Span, error) {
	if obj.Span != nil {
		return obj.Span, nil
	}
	l, err := nodeAs[*graph.LegalInstrument](ctx, r, obj.To)
	if err != nil || l == nil {
		return nil, err
	}
	return &l.InForce, nil
}
