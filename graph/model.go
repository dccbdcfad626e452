package graph

import "strings"

// Kind is the type of a node. Its values are the GraphQL EntityKind enum values.
type Kind string

// The node kinds, with the ID prefix each uses.
const (
	KindCountry         Kind = "COUNTRY"
	KindMission         Kind = "MISSION"
	KindDeployment      Kind = "DEPLOYMENT"
	KindFunction        Kind = "FUNCTION"
	KindReform          Kind = "REFORM"
	KindLegalInstrument Kind = "LEGAL_INSTRUMENT"
	KindSafeguard       Kind = "SAFEGUARD"
	KindPrinciple       Kind = "PRINCIPLE"
	KindThreat          Kind = "THREAT"
	KindObstacle        Kind = "OBSTACLE"
	KindBenefit         Kind = "BENEFIT"
	KindRecommendation  Kind = "RECOMMENDATION"
	KindEvent           Kind = "EVENT"
	KindSource          Kind = "SOURCE"
)

// KindInfo describes a node kind: its ID prefix and its label in Neo4j.
type KindInfo struct {
	Kind   Kind
	Prefix string // "country:"
	Label  string // "Country"
}

// Kinds lists every node kind in a fixed order.
var Kinds = []KindInfo{
	{KindCountry, "country:", "Country"},
	{KindMission, "mission:", "Mission"},
	{KindDeployment, "deployment:", "Deployment"},
	{KindFunction, "function:", "Function"},
	{KindReform, "reform:", "Reform"},
	{KindLegalInstrument, "law:", "LegalInstrument"},
	{KindSafeguard, "safeguard:", "Safeguard"},
	{KindPrinciple, "principle:", "Principle"},
	{KindThreat, "threat:", "Threat"},
	{KindObstacle, "obstacle:", "Obstacle"},
	{KindBenefit, "benefit:", "Benefit"},
	{KindRecommendation, "recommendation:", "Recommendation"},
	{KindEvent, "event:", "Event"},
	{KindSource, "source:", "Source"},
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
	for _, i := range Kinds {
		if i.Kind == k {
			return i, true
		}
	}
	return KindInfo{}, false
}

// CountryID turns "MEX", "mex" or "country:mex" into "country:mex".
func CountryID(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.HasPrefix(s, "country:") {
		return s
	}
	return "country:" + s
}

// MissionID turns "MINUSTAH", "minustah" or "mission:minustah" into "mission:minustah".
func MissionID(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.HasPrefix(s, "mission:") {
		return s
	}
	return "mission:" + s
}

// Confidence says how sure the dossier is of a fact: source quality and corroboration.
type Confidence string

// The confidence levels.
const (
	High   Confidence = "HIGH"
	Medium Confidence = "MEDIUM"
	Low    Confidence = "LOW"
)

// Citation points to the evidence: a source and where in it.
type Citation struct {
	SourceID string `json:"source"`
	Locator  string `json:"locator,omitempty"`
	Note     string `json:"note,omitempty"`
}

// DisputedValue is one value sources give for a disputed field.
type DisputedValue struct {
	Value     string     `json:"value"`
	Preferred bool       `json:"preferred"`
	Citations []Citation `json:"citations"`
}

// Dispute records that sources disagree about Field. The field holds the preferred value; Note
// explains the choice.
type Dispute struct {
	Field  string          `json:"field"`
	Values []DisputedValue `json:"values"`
	Note   string          `json:"note,omitempty"`
}

// Evidence is what every node and relationship carries.
type Evidence struct {
	Citations  []Citation `json:"citations"`
	Confidence Confidence `json:"confidence"`
	Disputes   []Dispute  `json:"disputes,omitempty"`
}

// Base holds what every node has.
type Base struct {
	ID string `json:"id"`
	// Names holds the name in other languages, keyed by lower-case language code ("es", "ja").
	Names map[string]string `json:"names,omitempty"`
	// Facts lists the dossier facts the node restates (provenance for reviewers).
	Facts []string `json:"facts,omitempty"`
	Evidence
}

// Node is any entity of the graph.
type Node interface {
	NodeID() string
	NodeKind() Kind
	// Label is the node's display name: a name, a title or an acronym.
	Label() string
	base() *Base
}

// NodeBase gives access to the common fields of any node.
func NodeBase(n Node) *Base { return n.base() }

func (b *Base) NodeID() string { return b.ID }
func (b *Base) base() *Base    { return b }

// LocalName returns the node's name in lang ("en", "es", "ja"), falling back to english.
func LocalName(n Node, lang string) string {
	if v := n.base().Names[strings.ToLower(lang)]; v != "" {
		return v
	}
	return n.Label()
}

// CaseRole is a country's role in the study.
type CaseRole string

// The case roles.
const (
	Primary    CaseRole = "PRIMARY"
	Comparator CaseRole = "COMPARATOR"
	Partner    CaseRole = "PARTNER"
)

// Country is a case or a partner country.
type Country struct {
	Base
	ISO3     string   `json:"iso3"`
	Name     string   `json:"name"`
	CaseRole CaseRole `json:"caseRole,omitempty"`
}

func (*Country) NodeKind() Kind    { return KindCountry }
func (c *Country) Label() string   { return c.Name }
func (m *Mission) Label() string   { return m.Acronym }
func (*Mission) NodeKind() Kind    { return KindMission }
func (*Deployment) NodeKind() Kind { return KindDeployment }

// Mission is a UN operation (or a precursor body).
type Mission struct {
	Base
	Acronym     string       `json:"acronym"`
	Name        string       `json:"name"`
	Start       PartialDate  `json:"start"`
	End         *PartialDate `json:"end,omitempty"`
	MissionKind string       `json:"kind"` // OBSERVER TRADITIONAL MULTIDIMENSIONAL POLITICAL OTHER
	ChapterVII  *bool        `json:"chapterVII,omitempty"`
	Host        string       `json:"host,omitempty"`
	Description string       `json:"description,omitempty"`
	Note        string       `json:"note,omitempty"`
}

// Deployment is one country's participation in one mission.
type Deployment struct {
	Base
	CountryID    string       `json:"country"`
	MissionID    string       `json:"mission"`
	Start        *PartialDate `json:"start,omitempty"`
	End          *PartialDate `json:"end,omitempty"`
	Personnel    []string     `json:"personnel"` // PersonnelType values
	PeakStrength *int         `json:"peakStrength,omitempty"`
	Unit         string       `json:"unit,omitempty"`
	Description  string       `json:"description,omitempty"`
	// Title is derived at load time ("ARG in UNPROFOR") so every node has a label.
	Title string `json:"title"`
}

func (d *Deployment) Label() string { return d.Title }

// Function is what personnel did: engineering, medical, observation, policing...
type Function struct {
	Base
	Code        string `json:"code"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

func (*Function) NodeKind() Kind  { return KindFunction }
func (f *Function) Label() string { return f.Name }

// LegalInstrument is a constitution provision, statute, decree, resolution, declaration...
type LegalInstrument struct {
	Base
	CountryID      string       `json:"country,omitempty"`
	InstrumentKind string       `json:"kind"`
	Title          string       `json:"title"`
	Reference      string       `json:"reference,omitempty"`
	Adopted        *PartialDate `json:"adopted,omitempty"`
	InForce        *PartialDate `json:"inForce,omitempty"`
	Summary        string       `json:"summary,omitempty"`
}

func (*LegalInstrument) NodeKind() Kind  { return KindLegalInstrument }
func (l *LegalInstrument) Label() string { return l.Title }

// Safeguard is a legal limit on participation.
type Safeguard struct {
	Base
	CountryID     string       `json:"country"`
	SafeguardKind string       `json:"kind"`
	Title         string       `json:"title"`
	Description   string       `json:"description,omitempty"`
	Since         *PartialDate `json:"since,omitempty"`
}

func (*Safeguard) NodeKind() Kind  { return KindSafeguard }
func (s *Safeguard) Label() string { return s.Title }

// Reform is a change in law, institutions, training, doctrine or forces.
type Reform struct {
	Base
	CountryID   string       `json:"country"`
	Title       string       `json:"title"`
	Date        *PartialDate `json:"date,omitempty"`
	ReformKind  string       `json:"kind"`
	Description string       `json:"description,omitempty"`
}

func (*Reform) NodeKind() Kind  { return KindReform }
func (r *Reform) Label() string { return r.Title }

// Principle is a UN peacekeeping, foreign-policy or constitutional principle.
type Principle struct {
	Base
	Scope       string `json:"scope"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

func (*Principle) NodeKind() Kind  { return KindPrinciple }
func (p *Principle) Label() string { return p.Name }

// Threat is a security threat (the OAS "new threats" and traditional ones).
type Threat struct {
	Base
	Name        string `json:"name"`
	ThreatKind  string `json:"kind"`
	Description string `json:"description,omitempty"`
}

func (*Threat) NodeKind() Kind  { return KindThreat }
func (t *Threat) Label() string { return t.Name }

// Finding is the shape shared by obstacles, benefits and recommendations.
type Finding struct {
	Base
	CountryID   string `json:"country"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
}

func (f *Finding) Label() string { return f.Title }

// Obstacle is something a country must overcome to take part.
type Obstacle struct{ Finding }

// Benefit is something a country gains from taking part.
type Benefit struct{ Finding }

// Recommendation is a policy recommendation.
type Recommendation struct{ Finding }

func (*Obstacle) NodeKind() Kind       { return KindObstacle }
func (*Benefit) NodeKind() Kind        { return KindBenefit }
func (*Recommendation) NodeKind() Kind { return KindRecommendation }

// Event is a dated happening for the timeline.
type Event struct {
	Base
	Date        PartialDate `json:"date"`
	Title       string      `json:"title"`
	Description string      `json:"description,omitempty"`
	CountryID   string      `json:"country,omitempty"`
}

func (*Event) NodeKind() Kind  { return KindEvent }
func (e *Event) Label() string { return e.Title }

// Source is a document that evidence cites. Sources carry no citations of their own.
type Source struct {
	Base
	SourceKind string   `json:"kind"`
	Title      string   `json:"title"`
	Authors    []string `json:"authors,omitempty"`
	Publisher  string   `json:"publisher,omitempty"`
	Year       *int     `json:"year,omitempty"`
	Language   string   `json:"language,omitempty"`
	URL        string   `json:"url,omitempty"`
}

func (*Source) NodeKind() Kind  { return KindSource }
func (s *Source) Label() string { return s.Title }

// NewNode returns an empty node of kind k, for decoding.
func NewNode(k Kind) Node {
	switch k {
	case KindCountry:
		return &Country{}
	case KindMission:
		return &Mission{}
	case KindDeployment:
		return &Deployment{}
	case KindFunction:
		return &Function{}
	case KindReform:
		return &Reform{}
	case KindLegalInstrument:
		return &LegalInstrument{}
	case KindSafeguard:
		return &Safeguard{}
	case KindPrinciple:
		return &Principle{}
	case KindThreat:
		return &Threat{}
	case KindObstacle:
		return &Obstacle{}
	case KindBenefit:
		return &Benefit{}
	case KindRecommendation:
		return &Recommendation{}
	case KindEvent:
		return &Event{}
	case KindSource:
		return &Source{}
	}
	return nil
}

// PersonnelPoint is the uniformed personnel a country had in UN peacekeeping at the end of a
// month. A nil count means the source reports none for that category.
type PersonnelPoint struct {
	Date    PartialDate `json:"date"`
	Troops  *int        `json:"troops,omitempty"`
	Police  *int        `json:"police,omitempty"`
	Experts *int        `json:"experts,omitempty"`
	Evidence
}

// Total is the sum of the reported categories.
func (p PersonnelPoint) Total() int {
	t := 0
	for _, v := range []*int{p.Troops, p.Police, p.Experts} {
		if v != nil {
			t += *v
		}
	}
	return t
}
