package analysis

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Pathway is one chain from participation to a reform: a CATALYZED relationship (a ReformLink)
// from a deployment, a mission as a whole, an event of participation that is no UN mission, or
// the country's participation in general (basis INFERRED_FROM_ABSTRACT), to a reform of the
// country.
type Pathway struct {
	CountryID string
	// FromID is the cause the link starts from: a deployment, mission, event or country.
	FromID string
	// DeploymentID is the deployment the link starts from; "" for any other cause.
	DeploymentID string
	// MissionID is the mission the link starts from, or the deployment's mission; "" for an
	// event or a country.
	MissionID   string
	ReformID    string
	Mechanism   graph.ReformMechanism
	Explanation string
	Note        string
	Basis       graph.EvidenceBasis
	Confidence  graph.Confidence
	// Citations are the link's own citations, as stored.
	Citations []graph.Citation
	Facts     []string
}

// ReformPathways returns every CATALYZED relationship into a reform of the country (a reform
// with REFORM_OF to it), whatever its cause. A non-empty mechanism keeps only the links with
// that mechanism (one of graph.ReformMechanisms; another value is Invalid).
//
// Order: by reform date (PartialDate order, undated reforms last), then reform ID, then the ID
// the link starts from (the deployment, mission, event or country), then mechanism.
//
// Store calls: at most 4 (Get the country; Edges REFORM_OF; Edges CATALYZED of all reforms; Get
// the reforms and deployments).
func ReformPathways(ctx context.Context, s graph.Store, countryID string, mechanism graph.ReformMechanism) ([]Pathway, error) {
	const op = "analysis.ReformPathways"
	if mechanism != "" && !slices.Contains(graph.ReformMechanisms, mechanism) {
		return nil, graph.Errorf(graph.Invalid, op, "unknown mechanism %q (want one of %s)", mechanism, strings.Join(graph.Strings(graph.ReformMechanisms), ", "))
	}
	cid, err := loadCountry(ctx, s, op, countryID)
	if err != nil {
		return nil, err
	}
	reformOf, err := edges(ctx, s, op, []string{cid}, graph.RelReformOf, graph.In)
	if err != nil {
		return nil, err
	}
	reformIDs := ends(reformOf, true)
	catalyzed, err := edges(ctx, s, op, reformIDs, graph.RelCatalyzed, graph.In)
	if err != nil {
		return nil, err
	}
	var links []graph.Edge
	need := slices.Clone(reformIDs)
	for _, id := range reformIDs {
		for _, e := range catalyzed[id] {
			if mechanism != "" && e.Mechanism != mechanism {
				continue
			}
			links = append(links, e)
			if k, _ := graph.KindOfID(e.From); k == graph.KindDeployment {
				need = append(need, e.From)
			}
		}
	}
	out := []Pathway{}
	if len(links) == 0 {
		return out, nil
	}
	nodes, err := load(ctx, s, op, need)
	if err != nil {
		return nil, err
	}
	dates := map[string]*graph.PartialDate{}
	for _, id := range reformIDs {
		r, err := node[*graph.Reform](nodes, op, id)
		if err != nil {
			return nil, err
		}
		dates[id] = r.Date
	}
	for _, e := range links {
		p := Pathway{CountryID: cid, FromID: e.From, ReformID: e.To, Mechanism: e.Mechanism, Explanation: e.Explanation,
			Note: e.Note, Basis: e.Basis, Confidence: e.Confidence, Citations: append([]graph.Citation{}, e.Citations...),
			Facts: append([]string{}, e.Facts...)}
		switch k, _ := graph.KindOfID(e.From); k {
		case graph.KindDeployment:
			d, err := node[*graph.Deployment](nodes, op, e.From)
			if err != nil {
				return nil, err
			}
			p.DeploymentID, p.MissionID = d.ID, d.MissionID
		case graph.KindMission:
			p.MissionID = e.From
		case graph.KindEvent, graph.KindCountry:
		default:
			return nil, graph.Errorf(graph.Internal, op, "CATALYZED from %s, which cannot be a cause", e.From)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Pathway) int {
		return cmp.Or(
			graph.ComparePtr(dates[a.ReformID], dates[b.ReformID]),
			cmp.Compare(a.ReformID, b.ReformID),
			cmp.Compare(a.FromID, b.FromID),
			cmp.Compare(a.Mechanism, b.Mechanism),
		)
	})
	return out, nil
}
