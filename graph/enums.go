package graph

import "strings"

// The enums of the domain. Each list is the one definition of the enum's values: the GraphQL
// SDL declares the same values (schema_test.go checks it), the seed accepts exactly these
// (seed's tests check it), and the exports' documentation is written from them.

// PersonnelType is a kind of uniformed or civilian personnel.
type PersonnelType string

// MissionKind is an analytical label for a mission (assigned by the research dossier).
type MissionKind string

// InstrumentKind is the kind of a legal instrument.
type InstrumentKind string

// ReformKind is what a reform changed.
type ReformKind string

// ReformMechanism is how participation drove a reform (on CATALYZED relationships).
type ReformMechanism string

// SafeguardKind is the kind of a legal limit on participation.
type SafeguardKind string

// PrincipleScope is the body of principles a principle belongs to.
type PrincipleScope string

// ThreatKind says whether a threat is one of the "new threats".
type ThreatKind string

// SourceKind is the kind of a cited document.
type SourceKind string

// EvidenceBasis is what a relationship's evidence supports.
type EvidenceBasis string

// The bases of a relationship's evidence.
const (
	// Stated: a cited source states the relationship.
	Stated EvidenceBasis = "STATED"
	// AttachmentInferred: a cited source states the effect (a reform's cause, a relation of
	// ideas), but not which node of the graph it attaches to; the dataset chose it, so the
	// confidence is lowered and the note says why.
	AttachmentInferred EvidenceBasis = "STATED_ATTACHMENT_INFERRED"
	// AbstractOnly: only the study's abstract supports the relationship, in general terms.
	AbstractOnly EvidenceBasis = "INFERRED_FROM_ABSTRACT"
)

// The values, in the order the SDL lists them.
var (
	Confidences     = []Confidence{High, Medium, Low}
	Ranks           = []Rank{RankPreferred, RankNormal, RankDeprecated}
	CaseRoles       = []CaseRole{Primary, Comparator, Partner}
	PersonnelTypes  = []PersonnelType{"TROOPS", "POLICE", "MILITARY_OBSERVERS", "STAFF_OFFICERS", "CIVILIANS"}
	MissionKinds    = []MissionKind{"OBSERVER", "TRADITIONAL", "MULTIDIMENSIONAL", "POLITICAL", "OTHER"}
	InstrumentKinds = []InstrumentKind{"CONSTITUTION_PROVISION", "STATUTE", "AMENDMENT", "DECREE", "CABINET_DECISION",
		"POLICY_DOCUMENT", "UN_RESOLUTION", "REGIONAL_DECLARATION", "TREATY"}
	ReformKinds      = []ReformKind{"LEGAL", "INSTITUTIONAL", "TRAINING", "DOCTRINE", "FORCE_STRUCTURE", "CIVIL_MILITARY", "PERSONNEL"}
	ReformMechanisms = []ReformMechanism{"TRAINING_AND_DOCTRINE", "INSTITUTION_BUILDING", "LEGAL_CHANGE", "CIVILIAN_CONTROL",
		"INTEROPERABILITY", "REGIONAL_HARMONIZATION", "PROFESSIONALIZATION"}
	SafeguardKinds = []SafeguardKind{"CEASEFIRE", "CONSENT", "IMPARTIALITY", "USE_OF_FORCE", "WITHDRAWAL",
		"PARLIAMENTARY_APPROVAL", "FUNCTIONAL_LIMIT", "GEOGRAPHIC_LIMIT", "OTHER"}
	PrincipleScopes = []PrincipleScope{"UN_PEACEKEEPING", "FOREIGN_POLICY", "CONSTITUTIONAL"}
	ThreatKinds     = []ThreatKind{"NEW_THREAT", "TRADITIONAL"}
	SourceKinds     = []SourceKind{"LEGAL_TEXT", "UN_DOCUMENT", "GOVERNMENT", "ACADEMIC", "PRESS", "DATASET", "OTHER"}
	EvidenceBases   = []EvidenceBasis{Stated, AttachmentInferred, AbstractOnly}
)

// Enums maps each enum's GraphQL name to its values, EntityKind included.
func Enums() map[string][]string {
	kinds := make([]Kind, len(Kinds))
	for i, k := range Kinds {
		kinds[i] = k.Kind
	}
	return map[string][]string{
		"Confidence":            Strings(Confidences),
		"Rank":                  Strings(Ranks),
		"CaseRole":              Strings(CaseRoles),
		"PersonnelType":         Strings(PersonnelTypes),
		"MissionKind":           Strings(MissionKinds),
		"InstrumentKind":        Strings(InstrumentKinds),
		"ReformKind":            Strings(ReformKinds),
		"ReformMechanism":       Strings(ReformMechanisms),
		"SafeguardKind":         Strings(SafeguardKinds),
		"PrincipleScope":        Strings(PrincipleScopes),
		"ThreatKind":            Strings(ThreatKinds),
		"SourceKind":            Strings(SourceKinds),
		"EvidenceBasis":         Strings(EvidenceBases),
		"PrincipleRelationKind": Strings(PrincipleRelationKinds),
		"RelationshipType":      Strings(RelTypes()),
		"EntityKind":            Strings(kinds),
		// time (time.go)
		"BoundStatus":    Strings(BoundStatuses),
		"Certainty":      Strings(Certainties),
		"LegalStage":     Strings(LegalStages),
		"StrengthKind":   Strings(StrengthKinds),
		"LegalBasisRole": Strings(BasisRoles),
	}
}

// Strings turns enum values into strings.
func Strings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// OneOf describes values for a reader: "A, B or C".
func OneOf[T ~string](vs []T) string {
	s := Strings(vs)
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
