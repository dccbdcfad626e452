package analysis

import (
	"cmp"
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// Profile is "selective peacekeeping" measured over a window: what a country joined and did,
// out of what was on offer. Every count is of what is known (graph's three-valued time rule:
// Yes only); what the dates leave open is listed apart, by ID, never counted.
type Profile struct {
	CountryID string
	// DeploymentIDs are the country's deployments known to be active at some point of the
	// window (Span.Overlaps = Yes), by ID.
	DeploymentIDs []string
	// MissionIDs are their distinct missions, by ID.
	MissionIDs []string
	// JoinedDeploymentIDs are the deployments known to have started within the window
	// (Span.StartsIn = Yes), by ID; JoinedMissionIDs their distinct missions.
	JoinedDeploymentIDs []string
	JoinedMissionIDs    []string
	// MissionsJoined is len(JoinedMissionIDs): the missions the country joined in the window.
	MissionsJoined int
	// MissionsParticipated is len(MissionIDs): the missions it took part in during the window.
	MissionsParticipated int
	// MissionsActive is the number of missions in the graph known to be active at some point
	// of the window.
	MissionsActive int
	// Share is MissionsParticipated / MissionsActive, 0 when no mission was active. The two
	// counts use different dates (the deployments' and the missions' own), so in a narrow
	// window around a mission's end, when a contingent is still withdrawing, the share can
	// exceed 1.
	Share float64
	// UncertainDeployments are the deployments whose activity in the window the dates leave
	// open (Overlaps = Maybe), UncertainStarts those whose start in it they leave open
	// (StartsIn = Maybe), UncertainMissions the missions whose activity they leave open; by ID,
	// none counted above.
	UncertainDeployments []string
	UncertainStarts      []string
	UncertainMissions    []string
	// Functions counts, per function, the deployments of DeploymentIDs that PERFORMED it: by
	// count (highest first), then function ID.
	Functions []FunctionCount
	// Personnel counts, per personnel type, the deployments of DeploymentIDs that sent it: by
	// count (highest first), then type name.
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
// ends; a nil end is open), by graph's time rule: a deployment counts as active when its span
// is known to overlap r (graph.Span.Overlaps = Yes), as joined when it is known to have started
// in r (StartsIn = Yes); a mission as active when its span is known to overlap r. Where the
// sources leave the answer open (Maybe: an end the sources do not give, bounded or not), the
// deployment or mission is listed in the Uncertain lists and counted nowhere. Over an unbounded
// window every deployment and mission counts. Invalid for an inverted range.
//
// Store calls: at most 4 (Get the country; List its deployments; List the missions active in r,
// counting only (with the uncertain); Edges PERFORMED of the active deployments).
func Selectivity(ctx context.Context, s graph.Store, countryID string, r graph.DateRange) (Profile, error) {
	const op = "analysis.Selectivity"
	if err := checkRange(op, r); err != nil {
		return Profile{}, err
	}
	cid, err := loadCountry(ctx, s, op, countryID)
	if err != nil {
		return Profile{}, err
	}
	deps, err := s.List(ctx, graph.ListQuery{Kind: graph.KindDeployment, Country: cid, Order: graph.OrderID})
	if err != nil {
		return Profile{}, wrap(op, err)
	}
	zero := 0
	active, err := s.List(ctx, graph.ListQuery{Kind: graph.KindMission, Active: r, Order: graph.OrderID, First: &zero})
	if err != nil {
		return Profile{}, wrap(op, err)
	}
	p := Profile{CountryID: cid, DeploymentIDs: []string{}, MissionIDs: []string{}, JoinedDeploymentIDs: []string{},
		JoinedMissionIDs: []string{}, MissionsActive: active.Total, UncertainDeployments: []string{},
		UncertainStarts: []string{}, UncertainMissions: append([]string{}, active.Uncertain...),
		Functions: []FunctionCount{}, Personnel: []PersonnelCount{}}
	var missions, joined []string
	personnel := map[string]int{}
	activeIn, startedIn := graph.TimeFilter{Active: r}, graph.TimeFilter{Started: r}
	for _, n := range deps.Nodes {
		d, ok := n.(*graph.Deployment)
		if !ok {
			return Profile{}, graph.Errorf(graph.Internal, op, "a deployment list returned %s", n.NodeID())
		}
		switch graph.TimeOf(d, activeIn) {
		case graph.Yes:
			p.DeploymentIDs = append(p.DeploymentIDs, d.ID)
			missions = append(missions, d.MissionID)
			for _, t := range distinct(graph.Strings(d.Personnel)) {
				personnel[t]++
			}
		case graph.Maybe:
			p.UncertainDeployments = append(p.UncertainDeployments, d.ID)
		}
		switch graph.TimeOf(d, startedIn) {
		case graph.Yes:
			p.JoinedDeploymentIDs = append(p.JoinedDeploymentIDs, d.ID)
			joined = append(joined, d.MissionID)
		case graph.Maybe:
			p.UncertainStarts = append(p.UncertainStarts, d.ID)
		}
	}
	p.MissionIDs = append(p.MissionIDs, distinct(missions)...)
	p.JoinedMissionIDs = append(p.JoinedMissionIDs, distinct(joined)...)
	p.MissionsParticipated, p.MissionsJoined = len(p.MissionIDs), len(p.JoinedMissionIDs)
	if p.MissionsActive > 0 {
		p.Share = float64(p.MissionsParticipated) / float64(p.MissionsActive)
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
