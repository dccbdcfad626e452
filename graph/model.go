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

// FunctionID turns a function code ("ENGINEERING", "military_observation") or ID into its ID
// ("function:engineering", "function:military-observation").
func FunctionID(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.HasPrefix(s, "function:") {
		return s
	}
	return "function:" + strings.ReplaceAll(s, "_", "-")
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

// Rank is how a value of a disputed field stands, as Wikidata ranks statements: the preferred
// value (the one the field holds), a normal one (a source gives it and nothing shows it wrong:
// a live disagreement), or a deprecated one (a correction shows it to be an error; kept, with
// the reason and the correcting source, so that a reader who meets it elsewhere learns why).
type Rank string

// The ranks.
const (
	RankPreferred  Rank = "PREFERRED"
	RankNormal     Rank = "NORMAL"
	RankDeprecated Rank = "DEPRECATED"
)

// DisputedValue is one value sources give for a disputed field.
type DisputedValue struct {
	Value string `json:"value"`
	Rank  Rank   `json:"rank"`
	// Reason says why a deprecated value is wrong; CorrectedBy cites the sources that show it.
	// Both are set on deprecated values only.
	Reason      string     `json:"reason,omitempty"`
	CorrectedBy []Citation `json:"correctedBy,omitempty"`
	Citations   []Citation `json:"citations"`
}

// Preferred reports whether v is the value the field holds (rank PREFERRED).
func (v DisputedValue) Preferred() bool { return v.Rank == RankPreferred }

// Dispute records the values sources give for Field, each with its rank. The field holds the
// preferred value; Note explains the choice.
type Dispute struct {
	Field  string          `json:"field"`
	Values []DisputedValue `json:"values"`
	Note   string          `json:"note,omitempty"`
}

// Open reports whether the sources really disagree: some value ranks NORMAL beside the
// preferred one. A dispute whose other values are all deprecated is settled: an error that a
// correction shows, kept for the record.
func (d Dispute) Open() bool {
	for _, v := range d.Values {
		if v.Rank == RankNormal {
			return true
		}
	}
	return false
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
	// Aliases are the IDs of records merged into this one (duplicates describing the same
	// thing): an ID never changes once published, so Store.Get still finds the node by them.
	Aliases []string `json:"aliases,omitempty"`
	// Ordinal is the node's place in a list its sources number or give in order (see
	// OrdinalOrder); nil for most nodes.
	Ordinal *Ordinal `json:"ordinal,omitempty"`
	Evidence
}

// Ordinal is a node's position in a list of its sources: Japan's Five Principles 1 to 5, the
// three criteria of Mexico's 2014 decision. Numbered is false when the sources give the list in
// this order without numbering it: then the position is a display order only.
type Ordinal struct {
	// Series names the list, the same for every member: "Japan's Five Principles".
	Series   string `json:"series"`
	Position int    `json:"position"`
	Numbered bool   `json:"numbered"`
}

// Node is any entity of the graph.
type Node interface {
	NodeID() string
	NodeKind() Kind
	// Label is the node's display name: a name, a title or an acronym.
	Label() string
	// OwnerID is the country that owns the node (a deployment's, a reform's...), "" for kinds
	// that no one country owns (see KindInfo.Paths).
	OwnerID() string
	// SubKind is the value of the kind's own enum (KindInfo.SubKind), "" for kinds without.
	SubKind() string
	// TimeSpan returns the span the node is active over, for time filters, ordering and
	// timelines: a mission's or deployment's run, a safeguard's time in force, an
	// instrument's adoption (a point: the instrument's filters and order are by adoption; its
	// time in force is LegalInstrument.InForce), a reform's or event's date (a point, see
	// PointSpan). ok is false for undated kinds.
	TimeSpan() (s Span, ok bool)
	// LookupKey is the natural key of a keyed kind (KindInfo.Keyed): a country's ISO3 code, a
	// mission's acronym.
	LookupKey() string
	// searchFields adds the kind's own searchable texts, beyond the label and the names in
	// other languages (see SearchFields).
	searchFields(add func(weight float64, texts ...string))
	// nameFields adds the kind's own texts that name the node, beyond the label and the names
	// in other languages: a query equal to one names the node (search ranks it first). phrase
	// texts name it when the query's words appear in them in order, as whole words (a
	// mission's host, "Lebanon (Lebanese-Syrian border)").
	nameFields(add func(phrase bool, texts ...string))
	base() *Base
}

// NodeBase gives access to the common fields of any node.
func NodeBase(n Node) *Base { return n.base() }

func (b *Base) NodeID() string { return b.ID }
func (b *Base) base() *Base    { return b }

// The defaults of the per-kind methods: no owner, no sub-kind, undated, no natural key. Each
// kind overrides what applies to it; searchFields has no default, so that a new kind says what
// of it is searchable.

func (*Base) OwnerID() string                  { return "" }
func (*Base) SubKind() string                  { return "" }
func (*Base) TimeSpan() (s Span, ok bool)      { return Span{}, false }
func (*Base) LookupKey() string                { return "" }
func (*Base) nameFields(func(bool, ...string)) {}

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
	// PersonnelCoverage says which months the country's personnel series has data for; nil
	// when it has no series. A month outside it is "no data", never zero.
	PersonnelCoverage *PersonnelCoverage `json:"personnelCoverage,omitempty"`
}

func (*Country) NodeKind() Kind    { return KindCountry }
func (c *Country) Label() string   { return c.Name }
func (m *Mission) Label() string   { return m.Acronym }
func (*Mission) NodeKind() Kind    { return KindMission }
func (*Deployment) NodeKind() Kind { return KindDeployment }

// Mission is a UN operation (or a precursor body).
type Mission struct {
	Base
	Acronym string `json:"acronym"`
	Name    string `json:"name"`
	// Span runs from the mission's start (always Known) to its end: the mandate's end, or
	// Ongoing as of the latest source, or Unknown.
	Span Span `json:"span"`
	// Withdrawal is the date by which contingents had to be gone when it is later than the
	// mandate's end (a Known bound with its citations), nil otherwise: deployments may end
	// by it.
	Withdrawal  *Bound      `json:"withdrawal,omitempty"`
	MissionKind MissionKind `json:"kind"`
	ChapterVII  *bool       `json:"chapterVII,omitempty"`
	Host        string      `json:"host,omitempty"`
	Description string      `json:"description,omitempty"`
	Note        string      `json:"note,omitempty"`
}

// LatestEnd is the latest a deployment in the mission can end when the mission's end is
// Known: its withdrawal date if any, else its end; nil when the end is not Known.
func (m *Mission) LatestEnd() *PartialDate {
	end := m.Span.KnownEnd()
	if end == nil {
		return nil
	}
	if w := m.Withdrawal; w != nil && w.Date != nil && w.Date.Last() > end.Last() {
		return w.Date
	}
	return end
}

// Deployment is one country's participation in one mission.
type Deployment struct {
	Base
	CountryID string `json:"country"`
	MissionID string `json:"mission"`
	// Span is the participation's run; bounds the sources leave open are bounded by the
	// mission's (Span.Within, at load time).
	Span         Span            `json:"span"`
	Personnel    []PersonnelType `json:"personnel"`
	PeakStrength *int            `json:"peakStrength,omitempty"`
	// Strengths are the sourced figures of the deployment's size, each with its date or
	// period: the peak (the PEAK figure equals PeakStrength), and others.
	Strengths   []Strength `json:"strengths,omitempty"`
	Unit        string     `json:"unit,omitempty"`
	Description string     `json:"description,omitempty"`
	// Title is derived at load time ("ARG in UNPROFOR") so every node has a label.
	Title string `json:"title"`
}

// StrengthKind says what a strength figure counts: PEAK, the most at once; PRESENT, the number
// there at its date; CONTINGENT, the size of one rotation or unit; CEILING, the authorized
// maximum; CUMULATIVE, everyone who served over the period (a flow, not a strength).
type StrengthKind string

// StrengthKinds lists the kinds in the order the SDL lists them.
var StrengthKinds = []StrengthKind{"PEAK", "PRESENT", "CONTINGENT", "CEILING", "CUMULATIVE"}

// Strength is one sourced figure of a deployment's size.
type Strength struct {
	Kind  StrengthKind `json:"kind"`
	Value int          `json:"value"`
	// Approximate is true for "about N", "more than N" and the like (Note says which).
	Approximate bool `json:"approximate,omitempty"`
	// Date is when the figure held (the start of the period when Until is set); nil for an
	// undated figure.
	Date  *PartialDate `json:"date,omitempty"`
	Until *PartialDate `json:"until,omitempty"`
	Note  string       `json:"note,omitempty"`
	// Citations are the figure's evidence; empty: the deployment's own.
	Citations []Citation `json:"citations,omitempty"`
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
	CountryID      string         `json:"country,omitempty"`
	InstrumentKind InstrumentKind `json:"kind"`
	Title          string         `json:"title"`
	Reference      string         `json:"reference,omitempty"`
	// Lifecycle holds the dated stages of the instrument, in date order (see LegalStage).
	Lifecycle []Stage `json:"lifecycle,omitempty"`
	// InForce is the time the instrument was in force (see InForceSpan for how it is made).
	InForce Span   `json:"inForce"`
	Summary string `json:"summary,omitempty"`
}

func (*LegalInstrument) NodeKind() Kind  { return KindLegalInstrument }
func (l *LegalInstrument) Label() string { return l.Title }

// Adopted is the date of the ADOPTED stage (see LegalStage), nil when the sources do not give it.
func (l *LegalInstrument) Adopted() *PartialDate { return l.StageDate(StageAdopted) }

// StageDate is the date of the instrument's first stage of kind k, nil if it has none.
func (l *LegalInstrument) StageDate(k LegalStage) *PartialDate {
	for i := range l.Lifecycle {
		if l.Lifecycle[i].Stage == k {
			return &l.Lifecycle[i].Date
		}
	}
	return nil
}

// LegalStage is a stage of a legal instrument's life.
type LegalStage string

// The stages. ADOPTED is the act of the body that makes the instrument: a legislature's final
// vote (the sanction, the Diet's enactment), the Security Council's or General Assembly's
// vote, a cabinet's or president's decision or decree, a declaration's adoption, a treaty's
// signature, a report's issue, a constitution's adoption or a constitutional reform's
// declaration of validity. Everything before or after it is another stage.
const (
	StageIntroduced   LegalStage = "INTRODUCED"    // a bill approved by the cabinet or submitted to the legislature
	StageHalfSanction LegalStage = "HALF_SANCTION" // passed by one chamber
	StageAdopted      LegalStage = "ADOPTED"
	StagePromulgated  LegalStage = "PROMULGATED"
	StagePublished    LegalStage = "PUBLISHED" // in the official gazette (DOF, Boletín Oficial, Kanpō)
	StageInForce      LegalStage = "IN_FORCE"
	StageAmended      LegalStage = "AMENDED"  // by Stage.Instrument, taking effect on Date
	StageRepealed     LegalStage = "REPEALED" // or struck down, or lapsed: out of force from Date
)

// LegalStages lists the stages in the order the SDL lists them.
var LegalStages = []LegalStage{StageIntroduced, StageHalfSanction, StageAdopted, StagePromulgated, StagePublished,
	StageInForce, StageAmended, StageRepealed}

// Stage is one dated stage of a legal instrument.
type Stage struct {
	Stage LegalStage  `json:"stage"`
	Date  PartialDate `json:"date"`
	// Instrument is the instrument that amended or repealed this one (AMENDED, REPEALED), when
	// it is a record.
	Instrument string `json:"instrument,omitempty"`
	// Note says what happened: which body acted, the vote, a part that took effect later.
	Note string `json:"note,omitempty"`
	// Citations are the stage's evidence; empty: the instrument's own.
	Citations []Citation `json:"citations,omitempty"`
}

// InForceSpan is the rule that makes an instrument's time in force: start is the IN_FORCE
// stage, or the stated start (explicit, when the record gives one and has no IN_FORCE stage),
// or, for kinds that take effect when adopted (a UN resolution, a cabinet decision, a
// declaration, a policy document), the ADOPTED stage (Derived); otherwise Unknown, not before
// the latest of its adoption, promulgation and publication (Derived). end is the REPEALED
// stage, else the stated end (explicit). The seed loader calls it.
func InForceSpan(kind InstrumentKind, lifecycle []Stage, start *Bound, end Bound) Span {
	s := Span{End: end}
	for _, st := range lifecycle {
		if st.Stage == StageRepealed {
			s.End = Bound{Status: Known, Date: &st.Date, Citations: st.Citations, Basis: st.Note}
			break
		}
	}
	var inForce, latest *PartialDate
	var adopted *PartialDate
	for i, st := range lifecycle {
		switch st.Stage {
		case StageInForce:
			if inForce == nil {
				inForce = &lifecycle[i].Date
			}
		case StageAdopted, StagePromulgated, StagePublished:
			if st.Stage == StageAdopted && adopted == nil {
				adopted = &lifecycle[i].Date
			}
			if latest == nil || st.Date.Last() > latest.Last() {
				latest = &lifecycle[i].Date
			}
		}
	}
	switch {
	case inForce != nil:
		d := *inForce
		s.Start = Bound{Status: Known, Date: &d}
	case start != nil:
		s.Start = *start
	case adopted != nil && takesEffectWhenAdopted(kind):
		d := *adopted
		s.Start = Bound{Status: Known, Date: &d, Derived: true,
			Basis: "in force from its adoption: no source gives another date, and " + strings.ToLower(strings.ReplaceAll(string(kind), "_", " ")) + "s take effect when adopted unless they say otherwise"}
	case latest != nil:
		d := *latest
		s.Start = Bound{Status: Unknown, NotBefore: &d, Derived: true,
			Basis: "entry into force not dated in the sources; not before its adoption, promulgation or publication (" + d.String() + ")"}
	default:
		s.Start = Bound{Status: Unknown, Basis: "the sources date neither its adoption nor its entry into force"}
	}
	return s
}

func takesEffectWhenAdopted(k InstrumentKind) bool {
	switch k {
	case "UN_RESOLUTION", "CABINET_DECISION", "REGIONAL_DECLARATION", "POLICY_DOCUMENT":
		return true
	}
	return false
}

// Safeguard is a legal limit on participation.
type Safeguard struct {
	Base
	CountryID     string        `json:"country"`
	SafeguardKind SafeguardKind `json:"kind"`
	Title         string        `json:"title"`
	Description   string        `json:"description,omitempty"`
	// InForce is the time the safeguard held: from the instrument that introduced it until it
	// was lifted (or Ongoing as of the latest source that applies it). Its versions are the
	// GROUNDED_IN relationships, each with the span it held over (Edge.Span).
	InForce Span `json:"inForce"`
}

// Since is the safeguard's known start, nil when it is not Known.
func (s *Safeguard) Since() *PartialDate { return s.InForce.KnownStart() }

func (*Safeguard) NodeKind() Kind  { return KindSafeguard }
func (s *Safeguard) Label() string { return s.Title }

// Reform is a change in law, institutions, training, doctrine or forces.
type Reform struct {
	Base
	CountryID   string       `json:"country"`
	Title       string       `json:"title"`
	Date        *PartialDate `json:"date,omitempty"`
	ReformKind  ReformKind   `json:"kind"`
	Description string       `json:"description,omitempty"`
}

func (*Reform) NodeKind() Kind  { return KindReform }
func (r *Reform) Label() string { return r.Title }

// Principle is a UN peacekeeping, foreign-policy or constitutional principle.
type Principle struct {
	Base
	Scope       PrincipleScope `json:"scope"`
	Name        string         `json:"name"`
	Description string         `json:"description,omitempty"`
}

func (*Principle) NodeKind() Kind  { return KindPrinciple }
func (p *Principle) Label() string { return p.Name }

// Threat is a security threat (the OAS "new threats" and traditional ones).
type Threat struct {
	Base
	Name        string     `json:"name"`
	ThreatKind  ThreatKind `json:"kind"`
	Description string     `json:"description,omitempty"`
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
//
// Title is the graph's own English description of the document (every source has one);
// DocumentTitle is the document's own title, only where the research dossier gives it. The
// bibliographic fields (authors, publisher, agency, container, year, language) likewise hold
// only what the dossier gives, in its form: never a guess.
type Source struct {
	Base
	SourceKind    SourceKind `json:"kind"`
	Title         string     `json:"title"`
	DocumentTitle string     `json:"documentTitle,omitempty"`
	// Authors are persons, in the dossier's form: "L. Micha", "Gómez-Robledo Verduzco",
	// "Bayless Manning" (speakers of a speech, issuers of a declaration included).
	Authors []string `json:"authors,omitempty"`
	// Publisher is the organisation that published it: a newspaper, ministry, office.
	Publisher string `json:"publisher,omitempty"`
	// Agency is the news agency a press item comes from ("EFE", "AP"), when it is not the
	// publisher.
	Agency string `json:"agency,omitempty"`
	// Container is the journal, series, book, archive or platform it appears in.
	Container string `json:"container,omitempty"`
	// Year is the year the dossier dates the document by: its publication, or, for a page
	// that reproduces a law, resolution, declaration or report, that document's.
	Year *int `json:"year,omitempty"`
	// OriginalYear is, for a reproduction dated on its own (a blog post of 2006 copying the
	// 1946 Constitution), the reproduced document's year; Year is then the reproduction's.
	OriginalYear *int   `json:"originalYear,omitempty"`
	Language     string `json:"language,omitempty"`
	URL          string `json:"url,omitempty"`
}

func (*Source) NodeKind() Kind  { return KindSource }
func (s *Source) Label() string { return s.Title }

// PersonnelCoverage is what a personnel series covers: every month from From to To except the
// Gaps, each column from its own start (Columns) when later than From. A month it does not
// cover is "no data", never zero.
type PersonnelCoverage struct {
	From    PartialDate      `json:"from"`
	To      PartialDate      `json:"to"`
	Gaps    []MonthRange     `json:"gaps,omitempty"`
	Columns []ColumnCoverage `json:"columns,omitempty"`
	Note    string           `json:"note,omitempty"`
	// Citations are the evidence for the coverage (the series' documentation).
	Citations []Citation `json:"citations,omitempty"`
}

// MonthRange is an inclusive range of months.
type MonthRange struct {
	From PartialDate `json:"from"`
	To   PartialDate `json:"to"`
}

// ColumnCoverage is a column of the series that starts later than the series: before From its
// empty cells are "not counted", not "none reported".
type ColumnCoverage struct {
	Column string      `json:"column"`
	From   PartialDate `json:"from"`
	Note   string      `json:"note,omitempty"`
}

// Covers reports whether the series has data for month m (a "YYYY-MM" date).
func (c PersonnelCoverage) Covers(m PartialDate) bool {
	if m.First() < c.From.First() || m.Last() > c.To.Last() {
		return false
	}
	for _, g := range c.Gaps {
		if m.Last() >= g.From.First() && m.First() <= g.To.Last() {
			return false
		}
	}
	return true
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

// The per-kind methods.

func (c *Country) LookupKey() string                         { return c.ISO3 }
func (c *Country) searchFields(add func(float64, ...string)) { add(3, c.ISO3) }
func (c *Country) nameFields(add func(bool, ...string))      { add(false, c.ISO3) }

func (m *Mission) SubKind() string             { return string(m.MissionKind) }
func (m *Mission) TimeSpan() (s Span, ok bool) { return m.Span, true }
func (m *Mission) LookupKey() string           { return m.Acronym }
func (m *Mission) searchFields(add func(float64, ...string)) {
	add(3, m.Name)
	add(1, m.Host, m.Description)
}
func (m *Mission) nameFields(add func(bool, ...string)) {
	add(false, m.Name)
	add(true, m.Host)
}

func (d *Deployment) OwnerID() string             { return d.CountryID }
func (d *Deployment) TimeSpan() (s Span, ok bool) { return d.Span, true }
func (d *Deployment) searchFields(add func(float64, ...string)) {
	add(2, d.Unit)
	add(1, d.Description)
}

func (f *Function) searchFields(add func(float64, ...string)) {
	add(3, f.Code)
	add(1, f.Description)
}
func (f *Function) nameFields(add func(bool, ...string)) { add(false, f.Code) }

func (l *LegalInstrument) OwnerID() string { return l.CountryID }
func (l *LegalInstrument) SubKind() string { return string(l.InstrumentKind) }

// TimeSpan of an instrument is its adoption, a point: it is "active" in a range it was adopted
// in (the filters and order of instruments are by adoption); its time in force is InForce.
func (l *LegalInstrument) TimeSpan() (s Span, ok bool) { return PointSpan(l.Adopted()), true }
func (l *LegalInstrument) searchFields(add func(float64, ...string)) {
	add(2, l.Reference)
	add(1, l.Summary)
}
func (l *LegalInstrument) nameFields(add func(bool, ...string)) { add(false, l.Reference) }

func (s *Safeguard) OwnerID() string { return s.CountryID }
func (s *Safeguard) SubKind() string { return string(s.SafeguardKind) }

// TimeSpan of a safeguard is its time in force.
func (s *Safeguard) TimeSpan() (sp Span, ok bool)              { return s.InForce, true }
func (s *Safeguard) searchFields(add func(float64, ...string)) { add(1, s.Description) }

func (r *Reform) OwnerID() string                              { return r.CountryID }
func (r *Reform) SubKind() string                              { return string(r.ReformKind) }
func (r *Reform) TimeSpan() (s Span, ok bool)                  { return PointSpan(r.Date), true }
func (r *Reform) searchFields(add func(float64, ...string))    { add(1, r.Description) }
func (p *Principle) SubKind() string                           { return string(p.Scope) }
func (p *Principle) searchFields(add func(float64, ...string)) { add(1, p.Description) }
func (t *Threat) SubKind() string                              { return string(t.ThreatKind) }
func (t *Threat) searchFields(add func(float64, ...string))    { add(1, t.Description) }
func (f *Finding) OwnerID() string                             { return f.CountryID }
func (f *Finding) searchFields(add func(float64, ...string))   { add(1, f.Description) }
func (e *Event) OwnerID() string                               { return e.CountryID }
func (e *Event) TimeSpan() (s Span, ok bool)                   { return PointSpan(&e.Date), true }
func (e *Event) searchFields(add func(float64, ...string))     { add(1, e.Description) }
func (s *Source) SubKind() string                              { return string(s.SourceKind) }
func (s *Source) searchFields(add func(float64, ...string)) {
	add(2, s.DocumentTitle)
	add(2, s.Publisher)
	add(2, s.Authors...)
}
