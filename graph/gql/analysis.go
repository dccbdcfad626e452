package gql

import (
	"context"

	"github.com/peacegraph/peacegraph/graph"
)

// The comparative queries. They are computed by package graph/analysis (being written); until
// it lands they answer with a clear error.

func notYet(op string) error {
	return graph.Errorf(graph.Internal, op, "%s is not implemented yet", op)
}

func (r *Resolver) compare(ctx context.Context, countries []string) (*Comparison, error) {
	return nil, notYet("compare")
}

func (r *Resolver) reformPathways(ctx context.Context, country string, mechanism *string) ([]*ReformPathway, error) {
	return nil, notYet("reformPathways")
}

func (r *Resolver) compliance(ctx context.Context, country string) ([]*ComplianceRecord, error) {
	return nil, notYet("constitutionalCompliance")
}

func (r *Resolver) timeline(ctx context.Context, countries []string, from, to *graph.PartialDate) ([]*TimelineEntry, error) {
	return nil, notYet("timeline")
}

func (r *Resolver) selectivity(ctx context.Context, c *graph.Country, from, to *graph.PartialDate) (*SelectivityProfile, error) {
	return nil, notYet("selectivity")
}
