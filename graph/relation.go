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
	RelCatalyzed      RelType = "CATALYZED"       // Deployment|Mission|Event|Country -> Reform (a ReformLink)
	RelHolds          RelType = "HOLDS"           // Country -> Principle
	RelCompatibleWith RelType = "COMPATIBLE_WITH" // Principle -> Principle (symmetric)
	RelInTensionWith  RelType = "IN_TENSION_WITH" // Principle -> Principle (symmetric)
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

// RelInfo describes a relationship type: the kinds it may join (empty: any), and whether it is
// symmetric (stated once per pair, read in both directions).
type RelInfo struct {
	Type      RelType
	From      []Kind
	To        []Kind
	Symmetric bool
}

// Relations lists every relationship type. Citations are not relationships here: they are
// evidence on nodes and relationships, and paths never run through them.
var Relations = []RelInfo{
	{Type: RelDeployedBy, From: []Kind{KindDeployment}, To: []Kind{KindCountry}},
	{Type: RelInMission, From: []Kind{KindDeployment}, To: []Kind{KindMission}},
	{Type: RelPerformed, From: []Kind{KindDeployment}, To: []Kind{KindFunction}},
	{Type: RelAuthorizedBy, From: []Kind{KindDeployment}, To: []Kind{KindLegalInstrument}},
	{Type: RelWithPartner, From: []Kind{KindDeployment, KindReform}, To: []Kind{KindCountry}},
	{Type: RelEstablishedBy, From: []Kind{KindMission}, To: []Kind{KindLegalInstrument}},
	{Type: RelInstrumentOf, From: []Kind{KindLegalInstrument}, To: []Kind{KindCountry}},
	{Type: RelAmends, From: []Kind{KindLegalInstrument}, To: []Kind{KindLegalInstrument}},
	{Type: RelSafeguardOf, From: []Kind{KindSafeguard}, To: []Kind{KindCountry}},
	{Type: RelGroundedIn, From: []Kind{KindSafeguard}, To: []Kind{KindLegalInstrument}},
	{Type: RelConstrains, From: []Kind{KindSafeguard}, To: []Kind{KindDeployment}},
	{Type: RelUpholds, From: []Kind{KindSafeguard}, To: []Kind{KindPrinciple}},
	{Type: RelReformOf, From: []Kind{KindReform}, To: []Kind{KindCountry}},
	{Type: RelImplementedBy, From: []Kind{KindReform}, To: []Kind{KindLegalInstrument}},
	{Type: RelAddresses, From: []Kind{KindReform}, To: []Kind{KindThreat}},
	// The cause of a reform: a deployment, a mission as a whole, an event of participation
	// that is no UN mission (Japan's 1994 Goma relief), or a country's participation in
	// general (the links only the study's abstract supports, Edge.Basis says so).
	{Type: RelCatalyzed, From: []Kind{KindDeployment, KindMission, KindEvent, KindCountry}, To: []Kind{KindReform}},
	{Type: RelHolds, From: []Kind{KindCountry}, To: []Kind{KindPrinciple}},
	{Type: RelCompatibleWith, From: []Kind{KindPrinciple}, To: []Kind{KindPrinciple}, Symmetric: true},
	{Type: RelInTensionWith, From: []Kind{KindPrinciple}, To: []Kind{KindPrinciple}, Symmetric: true},
	{Type: RelPerceives, From: []Kind{KindCountry}, To: []Kind{KindThreat}},
	{Type: RelObstacleFor, From: []Kind{KindObstacle}, To: []Kind{KindCountry}},
	{Type: RelBenefitFor, From: []Kind{KindBenefit}, To: []Kind{KindCountry}},
	{Type: RelRecommendedFor, From: []Kind{KindRecommendation}, To: []Kind{KindCountry}},
	{Type: RelOvercomes, From: []Kind{KindRecommendation}, To: []Kind{KindObstacle}},
	{Type: RelConcerns, From: []Kind{KindEvent}, To: []Kind{KindCountry}},
	{Type: RelRelatedTo, From: []Kind{KindEvent}},
	{Type: RelDefinedIn, From: []Kind{KindPrinciple, KindThreat}, To: []Kind{KindLegalInstrument}},
	{Type: RelGoverns, From: []Kind{KindLegalInstrument}, To: []Kind{KindCountry}},
}

// PrincipleRelationKind is how two principles relate: the kind of a Compatibility.
type PrincipleRelationKind string

// The kinds of principle relation, each stored as its own symmetric relationship type.
const (
	Compatible PrincipleRelationKind = "COMPATIBLE" // COMPATIBLE_WITH
	Tension    PrincipleRelationKind = "TENSION"    // IN_TENSION_WITH
)

// PrincipleRelationKinds lists the kinds in the SDL's order.
var PrincipleRelationKinds = []PrincipleRelationKind{Compatible, Tension}

// PrincipleRelation is the relationship type that stores kind ("" for another value).
func PrincipleRelation(kind PrincipleRelationKind) RelType {
	switch kind {
	case Compatible:
		return RelCompatibleWith
	case Tension:
		return RelInTensionWith
	}
	return ""
}

// PrincipleRelationKindOf is the kind a principle relation of type t is ("" for another type).
func PrincipleRelationKindOf(t RelType) PrincipleRelationKind {
	for _, k := range PrincipleRelationKinds {
		if PrincipleRelation(k) == t {
			return k
		}
	}
	return ""
}

// RelTypes lists the relationship type names in the order of Relations.
func RelTypes() []RelType {
	out := make([]RelType, len(Relations))
	for i, r := range Relations {
		out[i] = r.Type
	}
	return out
}

// CheckRelTypes returns types, or every type of Relations when it is empty; Invalid (under op)
// for a type that is not in Relations.
func CheckRelTypes(op string, types []RelType) ([]RelType, error) {
	if len(types) == 0 {
		return RelTypes(), nil
	}
	for _, t := range types {
		if _, ok := RelInfoOf(t); !ok {
			return nil, Errorf(Invalid, op, "unknown relationship type %q", t)
		}
	}
	out := slices.Clone(types)
	slices.Sort(out)
	return slices.Compact(out), nil
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
	// Basis says what the evidence supports: the link itself (STATED), the effect but not
	// which node it attaches to, or only the study's abstract.
	Basis EvidenceBasis `json:"basis"`
	// Inherited is true when the data gives the relationship no evidence of its own: its
	// citations and confidence are those of the record that states it (the node whose list
	// names the other end).
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
