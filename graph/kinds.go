package graph

import (
	"slices"
	"strings"
)

// The rules about each kind of node live here and in the kind's methods (model.go), once:
// its ID prefix and Neo4j label, how to construct it, how a country filter reaches a country
// from it, whether it has a sub-kind enum, a natural key or dates. Adding a kind means a type
// in model.go with its methods, a row below, its SDL type, its seed record and its Neo4j
// constraint (docs/architecture.md).

// KindInfo describes a node kind.
type KindInfo struct {
	Kind   Kind
	Prefix string // "country:"
	Label  string // "Country"
	// New returns an empty node of the kind, for decoding.
	New func() Node
	// Paths say how ListQuery's relationship filters reach the node they name from a node of
	// this kind; a filter whose path is missing does not apply to the kind (and is ignored).
	Paths map[Filter]Path
	// SubKind is the GraphQL name of the kind's own enum (ListQuery.SubKind filters on
	// Node.SubKind), "" when it has none.
	SubKind string
	// Keyed kinds have a natural key (Node.LookupKey) that Store.Lookup finds them by.
	Keyed bool
	// Hub kinds classify other nodes (a country owns them, a threat or a function is shared by
	// them): a path through one says only that both ends share it (path.go, rule 2).
	Hub bool
}

// Filter names a ListQuery filter that follows relationships.
type Filter string

// The relationship filters of ListQuery.
const (
	ByCountry  Filter = "country"  // ListQuery.Country
	ByMission  Filter = "mission"  // ListQuery.Mission
	ByFunction Filter = "function" // ListQuery.Function
)

// Hop is one step along relationships of type Rel: Out from their From end, In from their To.
type Hop struct {
	Rel RelType
	Dir Direction
}

// Path is a walk over relationships from a node to the node a filter names.
type Path []Hop

// owner is the path of a kind owned by one country over rel: the relationship whose other end
// is the node's OwnerID.
func owner(rel RelType) map[Filter]Path { return map[Filter]Path{ByCountry: {{rel, Out}}} }

// ContributorPath leads from a mission to its contributors: the countries of its deployments.
var ContributorPath = Path{{RelInMission, In}, {RelDeployedBy, Out}}

// Kinds lists every node kind in a fixed order.
var Kinds = []KindInfo{
	{Kind: KindCountry, Prefix: "country:", Label: "Country", New: func() Node { return &Country{} }, Keyed: true, Hub: true},
	{Kind: KindMission, Prefix: "mission:", Label: "Mission", New: func() Node { return &Mission{} }, Keyed: true,
		Paths: map[Filter]Path{ByCountry: ContributorPath}, SubKind: "MissionKind"},
	{Kind: KindDeployment, Prefix: "deployment:", Label: "Deployment", New: func() Node { return &Deployment{} },
		Paths: map[Filter]Path{ByCountry: {{RelDeployedBy, Out}}, ByMission: {{RelInMission, Out}}, ByFunction: {{RelPerformed, Out}}}},
	{Kind: KindFunction, Prefix: "function:", Label: "Function", New: func() Node { return &Function{} }, Hub: true},
	{Kind: KindReform, Prefix: "reform:", Label: "Reform", New: func() Node { return &Reform{} },
		Paths: owner(RelReformOf), SubKind: "ReformKind"},
	{Kind: KindLegalInstrument, Prefix: "law:", Label: "LegalInstrument", New: func() Node { return &LegalInstrument{} },
		Paths: owner(RelInstrumentOf), SubKind: "InstrumentKind"},
	{Kind: KindSafeguard, Prefix: "safeguard:", Label: "Safeguard", New: func() Node { return &Safeguard{} },
		Paths: owner(RelSafeguardOf), SubKind: "SafeguardKind"},
	{Kind: KindPrinciple, Prefix: "principle:", Label: "Principle", New: func() Node { return &Principle{} },
		Paths: map[Filter]Path{ByCountry: {{RelHolds, In}}}, SubKind: "PrincipleScope"},
	{Kind: KindThreat, Prefix: "threat:", Label: "Threat", New: func() Node { return &Threat{} }, SubKind: "ThreatKind", Hub: true},
	{Kind: KindObstacle, Prefix: "obstacle:", Label: "Obstacle", New: func() Node { return &Obstacle{} }, Paths: owner(RelObstacleFor)},
	{Kind: KindBenefit, Prefix: "benefit:", Label: "Benefit", New: func() Node { return &Benefit{} }, Paths: owner(RelBenefitFor)},
	{Kind: KindRecommendation, Prefix: "recommendation:", Label: "Recommendation", New: func() Node { return &Recommendation{} },
		Paths: owner(RelRecommendedFor)},
	{Kind: KindEvent, Prefix: "event:", Label: "Event", New: func() Node { return &Event{} }, Paths: owner(RelConcerns)},
	{Kind: KindSource, Prefix: "source:", Label: "Source", New: func() Node { return &Source{} }, SubKind: "SourceKind"},
}

// KindOfID returns the kind an ID's prefix names, and false for an unknown prefix.
func KindOfID(id string) (Kind, bool) {
	for _, k := range Kinds {
		if strings.HasPrefix(id, k.Prefix) && len(id) > len(k.Prefix) {
			return k.Kind, true
		}
	}
	return "", false
}

// InfoOf returns the description of kind k.
func InfoOf(k Kind) (KindInfo, bool) {
	i := slices.IndexFunc(Kinds, func(i KindInfo) bool { return i.Kind == k })
	if i < 0 {
		return KindInfo{}, false
	}
	return Kinds[i], true
}

// NewNode returns an empty node of kind k, for decoding; nil for an unknown kind.
func NewNode(k Kind) Node {
	if i, ok := InfoOf(k); ok {
		return i.New()
	}
	return nil
}

// OwnerRel is the relationship from a node of kind k to the one country that owns it, "" for
// kinds that no one country owns.
func OwnerRel(k Kind) RelType {
	i, _ := InfoOf(k)
	if p := i.Paths[ByCountry]; len(p) == 1 && p[0].Dir == Out {
		return p[0].Rel
	}
	return ""
}

// CountryOf is the country a node is of, as the exports' country column says: a country
// itself, or the owner of an owned kind; "" otherwise.
func CountryOf(n Node) string {
	if c, ok := n.(*Country); ok {
		return c.ID
	}
	return n.OwnerID()
}

// Contributors is the distinct countries of a mission's deployments, by ID: the one
// computation of a mission's contributors in Go (the Neo4j store counts ContributorPath).
func Contributors(deployments []*Deployment) []string {
	ids := make([]string, 0, len(deployments))
	for _, d := range deployments {
		ids = append(ids, d.CountryID)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
