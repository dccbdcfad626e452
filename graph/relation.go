package graph

import (
	"cmp"
	"slices"
)

// RelType is the type of a relationship, as named in Neo4j.
type RelType string

// The relationship types. Each runs From -> To as described in Relations.
const (
	RelDeployedBy     RelType = "DEPLOYED_BY"     // Deployment -> Country
	RelInMission      RelType = "IN_MISSION"      // Deployment -> Mission
	RelPerformed      RelType = "PERFORMED"       // Deployment -> Function
	RelAuthorizedBy   RelType = "AUTHORIZED_BY"   // Deployment -> LegalInstrument
	RelWithPartner    RelType = "WITH_PARTNER"    // Deployment|Reform -> Country
	RelEstablishedBy  RelType = "ESTABLISHED_BY"  // Mission -> LegalInstrument
	RelInstrumentOf   RelType = "INSTRUMENT_OF"   // LegalInstrument -> Country
	RelAmends         RelType = "AMENDS"          // LegalInstrument -> LegalInstrument
	RelSafeguardOf    RelType = "SAFEGUARD_OF"    // Safeguard -> Country
	RelGroundedIn     RelType = "GROUNDED_IN"     // Safeguard -> LegalInstrument
	RelConstrains     RelType = "CONSTRAINS"      // Safeguard -> Deployment
	RelUpholds        RelType = "UPHOLDS"         // Safeguard -> Principle
	RelReformOf       RelType = "REFORM_OF"       // Reform -> Country
	RelImplementedBy  RelType = "IMPLEMENTED_BY"  // Reform -> LegalInstrument
	RelAddresses      RelType = "ADDRESSES"       // Reform -> Threat
	RelCatalyzed      RelType = "CATALYZED"       // Deployment|Mission -> Reform (a ReformLink)
	RelHolds          RelType = "HOLDS"           // Country -> Principle
	RelCompatibleWith RelType = "COMPATIBLE_WITH" // Principle -> Principle (symmetric)
	RelPerceives      RelType = "PERCEIVES"       // Country -> Threat (a ThreatPerception)
	RelObstacleFor    RelType = "OBSTACLE_FOR"    // Obstacle -> Country
	RelBenefitFor     RelType = "BENEFIT_FOR"     // Benefit -> Country
	RelRecommendedFor RelType = "RECOMMENDED_FOR" // Recommendation -> Country
	RelOvercomes      RelType = "OVERCOMES"       // Recommendation -> Obstacle
	RelConcerns       RelType = "CONCERNS"        // Event -> Country
	RelRelatedTo      RelType = "RELATED_TO"      // Event -> any node
	RelDefinedIn      RelType = "DEFINED_IN"      // Principle|Threat -> LegalInstrument
)

// RelInfo describes a relationship type: the kinds it may join (empty: any).
type RelInfo struct {
	Type RelType
	From []Kind
	To   []Kind
}

// Relations lists every relationship type. Citations are not relationships here: they are
// evidence on nodes and relationships, and paths never run through them.
var Relations = []RelInfo{
	{RelDeployedBy, []Kind{KindDeployment}, []Kind{KindCountry}},
	{RelInMission, []Kind{KindDeployment}, []Kind{KindMission}},
	{RelPerformed, []Kind{KindDeployment}, []Kind{KindFunction}},
	{RelAuthorizedBy, []Kind{KindDeployment}, []Kind{KindLegalInstrument}},
	{RelWithPartner, []Kind{KindDeployment, KindReform}, []Kind{KindCountry}},
	{RelEstablishedBy, []Kind{KindMission}, []Kind{KindLegalInstrument}},
	{RelInstrumentOf, []Kind{KindLegalInstrument}, []Kind{KindCountry}},
	{RelAmends, []Kind{KindLegalInstrument}, []Kind{KindLegalInstrument}},
	{RelSafeguardOf, []Kind{KindSafeguard}, []Kind{KindCountry}},
	{RelGroundedIn, []Kind{KindSafeguard}, []Kind{KindLegalInstrument}},
	{RelConstrains, []Kind{KindSafeguard}, []Kind{KindDeployment}},
	{RelUpholds, []Kind{KindSafeguard}, []Kind{KindPrinciple}},
	{RelReformOf, []Kind{KindReform}, []Kind{KindCountry}},
	{RelImplementedBy, []Kind{KindReform}, []Kind{KindLegalInstrument}},
	{RelAddresses, []Kind{KindReform}, []Kind{KindThreat}},
	{RelCatalyzed, []Kind{KindDeployment, KindMission}, []Kind{KindReform}},
	{RelHolds, []Kind{KindCountry}, []Kind{KindPrinciple}},
	{RelCompatibleWith, []Kind{KindPrinciple}, []Kind{KindPrinciple}},
	{RelPerceives, []Kind{KindCountry}, []Kind{KindThreat}},
	{RelObstacleFor, []Kind{KindObstacle}, []Kind{KindCountry}},
	{RelBenefitFor, []Kind{KindBenefit}, []Kind{KindCountry}},
	{RelRecommendedFor, []Kind{KindRecommendation}, []Kind{KindCountry}},
	{RelOvercomes, []Kind{KindRecommendation}, []Kind{KindObstacle}},
	{RelConcerns, []Kind{KindEvent}, []Kind{KindCountry}},
	{RelRelatedTo, []Kind{KindEvent}, nil},
	{RelDefinedIn, []Kind{KindPrinciple, KindThreat}, []Kind{KindLegalInstrument}},
}

// RelTypes lists the relationship type names in the order of Relations.
func RelTypes() []RelType {
	out := make([]RelType, len(Relations))
	for i, r := range Relations {
		out[i] = r.Type
	}
	return out
}

// RelInfoOf returns the description of t.
func RelInfoOf(t RelType) (RelInfo, bool) {
	for _, r := range Relations {
		if r.Type == t {
			return r, true
		}
	}
	return RelInfo{}, false
}

// Direction says which end of a relationship a query starts from.
type Direction int

// Out follows relationships from their From end; In from their To end; Both either way.
const (
	Out Direction = iota
	In
	Both
)

// Reverse is the direction that walks a relationship back: In for Out, Out for In.
func (d Direction) Reverse() Direction {
	switch d {
	case Out:
		return In
	case In:
		return Out
	}
	return d
}

// Edge is one relationship with its evidence. Mechanism and Explanation are set on CATALYZED
// (a ReformLink); Since on PERCEIVES (a ThreatPerception); Note on any.
type Edge struct {
	Type        RelType         `json:"type"`
	From        string          `json:"from"`
	To          string          `json:"to"`
	Mechanism   ReformMechanism `json:"mechanism,omitempty"`
	Explanation string          `json:"explanation,omitempty"`
	Since       *PartialDate    `json:"since,omitempty"`
	Note        string          `json:"note,omitempty"`
	// Facts lists the dossier facts the relationship restates, like Base.Facts.
	Facts []string `json:"facts,omitempty"`
	Evidence
}

// Key identifies a relationship: the dataset's uniqueness rule (seed rejects a second
// statement of the same type, ends and mechanism). The stores and the exports key edges by it.
func (e Edge) Key() string {
	return string(e.Type) + "|" + e.From + "|" + e.To + "|" + string(e.Mechanism)
}

// Other returns the end of e that is not id.
func (e Edge) Other(id string) string {
	if e.From == id {
		return e.To
	}
	return e.From
}

// SortEdges puts the edges of one node in the order every backend returns them: by the other
// end's ID, then type, then the From end (which differs only for symmetric types).
func SortEdges(self string, es []Edge) {
	slices.SortStableFunc(es, func(a, b Edge) int {
		return cmp.Or(
			cmp.Compare(a.Other(self), b.Other(self)),
			cmp.Compare(a.Type, b.Type),
			cmp.Compare(a.From, b.From),
			cmp.Compare(a.Mechanism, b.Mechanism),
		)
	})
}
