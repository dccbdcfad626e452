package analysis

import (
	"cmp"
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// Profile is "selective peacekeeping" measured over a window: what a country joined and did,
// out of what was on offer.
type Profile struct {
	CountryID string
	// DeploymentIDs are the country's deployments active in the window, by ID.
	DeploymentIDs []string
	// MissionIDs are their distinct missions, by ID.
	MissionIDs []string
	// MissionsJoined is len(MissionIDs).
	MissionsJoined int
	// MissionsActive is the number of missions in the graph active at some point in the window.
	MissionsActive int
	// Share is MissionsJoined / MissionsActive, 0 when no mission was active. The two counts
	// use different dates (the deployments' and the missions' own), so in a narrow window
	// around a mission's end, when a contingent is still withdrawing, the share can exceed 1.
	Share float64
	// Functions counts, per function, the deployments above that PERFORMED it: by count
	// (highest first), then function ID.
	Functions []FunctionCount
	// Personnel counts, per personnel type, the deployments above that sent it: by count
	// (highest first), then type name.
	Personnel []PersonnelCount
}

// FunctionCount is the number of deployments that performed a function.
type FunctionCount struct {
	FunctionID  string
	Deployments int
}

// PersonnelCount is the number of deployments that sent a personnel type (TROOPS, POLICE...).
type PersonnelCount struct {
	Personnel   string
	Deployments int
}

// Selectivity profiles the country's participation within r (inclusive at the precision of its
// ends; a nil end is open).
//
// A deployment counts when it is active in r with graph.ActiveIn semantics, the same as the
// Active filter of Store.List: its span from start to end overlaps r, a missing start or end
// being open on that side. A deployment with no dates at all counts only when r is unbounded
// (both ends nil), since nothing says when it was active. MissionsActive counts missions whose
// span overlaps r (every mission when r is unbounded). Invalid for an inverted range.
//
// Store calls: at most 4 (Get the country; List its deployments active in r; List the missions
// active in r, counting only; Edges PERFORMED of the deployments).
func Selectivity(ctx context.Context, s graph.Store, countryID string, r graph.DateRange) (Profile, error) {
	const op = "analysis.Selectivity"
	if err := checkRange(op, r); err != nil {
		return Profile{}, err
	}
	cid, err := loadCountry(ctx, s, op, countryID)
	if err != nil {
		return Profile{}, err
	}
	deps, err := s.List(ctx, graph.ListQuery{Kind: graph.KindDeployment, Country: cid, Active: r, Order: graph.OrderID})
	if err != nil {
		return Profile{}, wrap(op, err)
	}
	zero := 0
	active, err := s.List(ctx, graph.ListQuery{Kind: graph.KindMission, Active: r, Order: graph.OrderID, First: &zero})
	if err != nil {
		return Profile{}, wrap(op, err)
	}
	p := Profile{CountryID: cid, DeploymentIDs: []string{}, MissionIDs: []string{}, MissionsActive: active.Total,
		Functions: []FunctionCount{}, Personnel: []PersonnelCount{}}
	var missions []string
	personnel := map[string]int{}
	for _, n := range deps.Nodes {
		d, ok := n.(*graph.Deployment)
		if !ok {
			return Profile{}, graph.Errorf(graph.Internal, op, "a deployment list returned %s", n.NodeID())
		}
		p.DeploymentIDs = append(p.DeploymentIDs, d.ID)
		missions = append(missions, d.MissionID)
		for _, t := range distinct(graph.Strings(d.Personnel)) {
			personnel[t]++
		}
	}
	p.DeploymentIDs = distinct(p.DeploymentIDs)
	p.MissionIDs = append(p.MissionIDs, distinct(missions)...)
	p.MissionsJoined = len(p.MissionIDs)
	if p.MissionsActive > 0 {
		p.Share = float64(p.MissionsJoined) / float64(p.MissionsActive)
	}

	performed, err := edges(ctx, s, op, p.DeploymentIDs, graph.RelPerformed, graph.Out)
	if err != nil {
		return Profile{}, err
	}
	functions := map[string]int{}
	for _, es := range performed {
		var fs []string
		for _, e := range es {
			fs = append(fs, e.To)
		}
		for _, f := range distinct(fs) {
			functions[f]++
		}
	}
	for f, n := range functions {
		p.Functions = append(p.Functions, FunctionCount{FunctionID: f, Deployments: n})
	}
	slices.SortFunc(p.Functions, func(a, b FunctionCount) int {
		return cmp.Or(cmp.Compare(b.Deployments, a.Deployments), cmp.Compare(a.FunctionID, b.FunctionID))
	})
	for t, n := range personnel {
		p.Personnel = append(p.Personnel, PersonnelCount{Personnel: t, Deployments: n})
	}
	slices.SortFunc(p.Personnel, func(a, b PersonnelCount) int {
		return cmp.Or(cmp.Compare(b.Deployments, a.Deployments), cmp.Compare(a.Personnel, b.Personnel))
	})
	return p, nil
}
