package analysis

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Pathway is one chain from participation to a reform: a CATALYZED relationship (a ReformLink)
// from a deployment, or from a mission as a whole, to a reform of the country.
type Pathway struct {
	CountryID string
	// DeploymentID is the deployment the link starts from; "" when it names a mission as a whole.
	DeploymentID string
	// MissionID is the mission the link starts from, or the deployment's mission.
	MissionID   string
	ReformID    string
	Mechanism   graph.ReformMechanism
	Explanation string
	Confidence  graph.Confidence
	// Citations are the link's own citations, as stored.
	Citations []graph.Citation
}

// ReformPathways returns every CATALYZED relationship into a reform of the country (a reform
// with REFORM_OF to it), from a deployment or a mission. A non-empty mechanism keeps only the
// links with that mechanism (one of graph.ReformMechanisms; another value is Invalid).
//
// Order: by reform date (PartialDate order, undated reforms last), then reform ID, then the ID
// the link starts from (the deployment, or the mission), then mechanism.
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
		p := Pathway{CountryID: cid, ReformID: e.To, Mechanism: e.Mechanism, Explanation: e.Explanation,
			Confidence: e.Confidence, Citations: append([]graph.Citation{}, e.Citations...)}
		switch k, _ := graph.KindOfID(e.From); k {
		case graph.KindDeployment:
			d, err := node[*graph.Deployment](nodes, op, e.From)
			if err != nil {
				return nil, err
			}
			p.DeploymentID, p.MissionID = d.ID, d.MissionID
		case graph.KindMission:
			p.MissionID = e.From
		default:
			return nil, graph.Errorf(graph.Internal, op, "CATALYZED from %s, neither a deployment nor a mission", e.From)
		}
		out = append(out, p)
	}
	from := func(p Pathway) string { return cmp.Or(p.DeploymentID, p.MissionID) }
	slices.SortFunc(out, func(a, b Pathway) int {
		return cmp.Or(
			graph.ComparePtr(dates[a.ReformID], dates[b.ReformID]),
			cmp.Compare(a.ReformID, b.ReformID),
			cmp.Compare(from(a), from(b)),
			cmp.Compare(a.Mechanism, b.Mechanism),
		)
	})
	return out, nil
}
