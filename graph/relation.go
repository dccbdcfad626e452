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
	RelGoverns        RelType = "GOVERNS"         // LegalInstrument -> Country: a provision that governs sending its forces abroad
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
	{RelGoverns, []Kind{KindLegalInstrument}, []Kind{KindCountry}},
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
// (a ReformLink); Span on PERCEIVES (a ThreatPerception: since when, until when) and, where the
// sources date it, on GROUNDED_IN (the version of a safeguard that rests on the instrument) and
// AMENDS (from when the amendment took effect); Role on AUTHORIZED_BY; Note on any.
type Edge struct {
	Type        RelType         `json:"type"`
	From        string          `json:"from"`
	To          string          `json:"to"`
	Mechanism   ReformMechanism `json:"mechanism,omitempty"`
	Explanation string          `json:"explanation,omitempty"`
	// Span is the time the relationship held, nil when it holds over the ends' own spans.
	Span *Span `json:"span,omitempty"`
	// Role says how an AUTHORIZED_BY instrument applied to the deployment: AUTHORIZED_BY (the
	// default, "": in force when it began), EXTENSION or LATER_AMENDMENT.
	Role BasisRole `json:"role,omitempty"`
	Note string    `json:"note,omitempty"`
	// Facts lists the dossier facts the relationship restates, like Base.Facts.
	Facts []string `json:"facts,omitempty"`
	// Inherited is true when the relationship was stated without evidence of its own: its
	// citations and confidence are those of the record that states it (a safeguard's, for the
	// deployments it constrains), evidence about that record, not about this link.
	Inherited bool `json:"inherited,omitempty"`
	Evidence
}

// BasisRole is how a legal instrument applied to a deployment (its legal basis, in time).
type BasisRole string

// The roles, in the order the SDL lists them.
const (
	RoleAuthorizedBy        BasisRole = "AUTHORIZED_BY"         // authorized it, in force when it began
	RoleExtension           BasisRole = "EXTENSION"             // prolonged the authorization while it ran
	RoleConstitutionalBasis BasisRole = "CONSTITUTIONAL_BASIS"  // a provision that governs sending forces abroad (GOVERNS)
	RoleSafeguardGrounds    BasisRole = "SAFEGUARD_GROUNDED_IN" // grounds a safeguard that constrained it, in force when it began
	RoleAmendmentInForce    BasisRole = "AMENDMENT_IN_FORCE"    // amends an authorizing instrument, in force when it began
	RoleLaterAmendment      BasisRole = "LATER_AMENDMENT"       // came into force while it ran, and applied to it
)

// BasisRoles lists the roles in the order the SDL lists them (and a legal basis entry lists its
// roles in).
var BasisRoles = []BasisRole{RoleAuthorizedBy, RoleExtension, RoleConstitutionalBasis, RoleSafeguardGrounds,
	RoleAmendmentInForce, RoleLaterAmendment}

// Since is the known start of the relationship's span, nil when it has none or it is not Known.
func (e Edge) Since() *PartialDate {
	if e.Span == nil {
		return nil
	}
	return e.Span.KnownStart()
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
