package analysis

import (
	"cmp"
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// ComplianceRecord is one deployment with the legal limits it stayed within.
type ComplianceRecord struct {
	DeploymentID string
	// SafeguardIDs are the safeguards that CONSTRAIN the deployment, by start (undated last),
	// then ID.
	SafeguardIDs []string
	// LegalBasisIDs are the deployment's AUTHORIZED_BY instruments and the GROUNDED_IN
	// instruments of its safeguards, without duplicates, by adoption date (undated last), then ID.
	LegalBasisIDs []string
	// Citations are the deployment's own, its CONSTRAINS relationships' and its AUTHORIZED_BY
	// relationships' (the package's citation rule: de-duplicated, by source then locator).
	Citations []graph.Citation
}

// Compliance returns a record for each deployment of the country (DEPLOYED_BY into it), ordered
// by deployment start (PartialDate order, undated last), then ID. A deployment that no
// safeguard constrains, or that has no recorded legal basis, is still listed, with empty lists:
// the absence is part of the answer.
//
// Store calls: at most 6 (Get the country; Edges DEPLOYED_BY; Edges CONSTRAINS and AUTHORIZED_BY
// of all deployments; Edges GROUNDED_IN of all safeguards; Get the deployments, safeguards and
// instruments).
func Compliance(ctx context.Context, s graph.Store, countryID string) ([]ComplianceRecord, error) {
	const op = "analysis.Compliance"
	cid, err := loadCountry(ctx, s, op, countryID)
	if err != nil {
		return nil, err
	}
	deployedBy, err := edges(ctx, s, op, []string{cid}, graph.RelDeployedBy, graph.In)
	if err != nil {
		return nil, err
	}
	depIDs := ends(deployedBy, true)
	constrains, err := edges(ctx, s, op, depIDs, graph.RelConstrains, graph.In)
	if err != nil {
		return nil, err
	}
	authorized, err := edges(ctx, s, op, depIDs, graph.RelAuthorizedBy, graph.Out)
	if err != nil {
		return nil, err
	}
	sgIDs := ends(constrains, true)
	grounded, err := edges(ctx, s, op, sgIDs, graph.RelGroundedIn, graph.Out)
	if err != nil {
		return nil, err
	}
	need := slices.Concat(depIDs, sgIDs, ends(authorized, false), ends(grounded, false))
	nodes, err := load(ctx, s, op, need)
	if err != nil {
		return nil, err
	}

	out := []ComplianceRecord{}
	starts := map[string]*graph.PartialDate{}
	for _, id := range depIDs {
		d, err := node[*graph.Deployment](nodes, op, id)
		if err != nil {
			return nil, err
		}
		starts[id] = d.Start
		rec := ComplianceRecord{DeploymentID: id, SafeguardIDs: []string{}}
		var cites citeSet
		cites.add(d.Citations...)
		basis := map[string]bool{}
		for _, e := range constrains[id] {
			rec.SafeguardIDs = append(rec.SafeguardIDs, e.From)
			cites.add(e.Citations...)
			for _, g := range grounded[e.From] {
				basis[g.To] = true
			}
		}
		for _, e := range authorized[id] {
			basis[e.To] = true
			cites.add(e.Citations...)
		}
		if rec.SafeguardIDs, err = byStart[*graph.Safeguard](nodes, op, rec.SafeguardIDs, func(s *graph.Safeguard) *graph.PartialDate { return s.Since }); err != nil {
			return nil, err
		}
		var basisIDs []string
		for b := range basis {
			basisIDs = append(basisIDs, b)
		}
		if rec.LegalBasisIDs, err = byStart[*graph.LegalInstrument](nodes, op, basisIDs, func(l *graph.LegalInstrument) *graph.PartialDate { return l.Adopted }); err != nil {
			return nil, err
		}
		rec.Citations = cites.sorted()
		out = append(out, rec)
	}
	slices.SortFunc(out, func(a, b ComplianceRecord) int {
		return cmp.Or(graph.ComparePtr(starts[a.DeploymentID], starts[b.DeploymentID]), cmp.Compare(a.DeploymentID, b.DeploymentID))
	})
	return out, nil
}

// byStart returns ids without duplicates, ordered by the date date gives (undated last), then
// ID; never nil.
func byStart[T graph.Node](nodes nodeMap, op string, ids []string, date func(T) *graph.PartialDate) ([]string, error) {
	ids = distinct(ids)
	dates := make(map[string]*graph.PartialDate, len(ids))
	for _, id := range ids {
		n, err := node[T](nodes, op, id)
		if err != nil {
			return nil, err
		}
		dates[id] = date(n)
	}
	slices.SortStableFunc(ids, func(a, b string) int { return graph.ComparePtr(dates[a], dates[b]) })
	return append([]string{}, ids...), nil
}
