package graph

import (
	"slices"
	"strings"
)

// The fields of each kind that where-filters and orders name, once: their GraphQL name, their
// type, how to read them from a node, and, for counts, the relationships they count. A where
// (where.go) and a field order (list.go) name fields of this table and nothing else, so they
// stay data a store can compile: a node field is a property of the stored node under Prop (its
// JSON name), a count is a COUNT over Path.

// FieldType is the type of a field, which says the operators it takes.
type FieldType string

// The field types.
const (
	FieldID       FieldType = "ID"        // eq, in
	FieldText     FieldType = "TEXT"      // eq, in, contains (case- and accent-insensitive), isNull
	FieldNumber   FieldType = "NUMBER"    // eq, in, gt, gte, lt, lte, isNull
	FieldBool     FieldType = "BOOLEAN"   // eq, isNull
	FieldEnum     FieldType = "ENUM"      // eq, in
	FieldEnumList FieldType = "ENUMS"     // in: any of the node's values is one of these
	FieldTextList FieldType = "TEXTS"     // contains: one of the node's values contains it
	FieldDate     FieldType = "DATE"      // before, after, within (three-valued), isNull
	FieldCount    FieldType = "COUNT"     // a number of related nodes: as NUMBER, never null
	FieldConf     FieldType = "ENUM:CONF" // Confidence: as ENUM
)

// Field is one field of a kind.
type Field struct {
	// Name is the field's GraphQL name (where input and, in SCREAMING_SNAKE_CASE, order enum).
	Name string
	Type FieldType
	// Enum names the GraphQL enum of an ENUM or ENUMS field ("MissionKind").
	Enum string
	// Prop is the stored property (the node's JSON field) a node field reads; "" for a count.
	Prop string
	// Path is what a count counts: the distinct nodes at its end.
	Path Path
	// Sortable fields can order a list; long texts and lists cannot.
	Sortable bool
	get      func(Node) any // nil for counts
}

// Value reads the field of n: a string, an int, a bool, a *PartialDate, a []string, or nil
// when the node has none. Counts are the store's (see ListQuery.Counts).
func (f Field) Value(n Node) any {
	if f.get == nil {
		return nil
	}
	return f.get(n)
}

// OrderName is the field's name in an order enum: peakStrength is PEAK_STRENGTH.
func (f Field) OrderName() string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range f.Name {
		if r >= 'A' && r <= 'Z' && prev >= 'a' && prev <= 'z' {
			b.WriteByte('_') // peakStrength: PEAK_STRENGTH; chapterVII: CHAPTER_VII
		}
		b.WriteRune(r)
		prev = r
	}
	return strings.ToUpper(b.String())
}

func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func num(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func boolp(p *bool) any {
	if p == nil {
		return nil
	}
	return *p
}

// field constructors, typed by the node they read.
func textField[T Node](name, prop string, sortable bool, get func(T) string) Field {
	return Field{Name: name, Type: FieldText, Prop: prop, Sortable: sortable, get: func(n Node) any { return text(get(n.(T))) }}
}
func numField[T Node](name, prop string, get func(T) *int) Field {
	return Field{Name: name, Type: FieldNumber, Prop: prop, Sortable: true, get: func(n Node) any { return num(get(n.(T))) }}
}
func enumField[T Node](name, enum, prop string, get func(T) string) Field {
	return Field{Name: name, Type: FieldEnum, Enum: enum, Prop: prop, Sortable: true, get: func(n Node) any { return text(get(n.(T))) }}
}

// DateValue is what a date field holds: one bound of a span (a point's date is a span that
// starts and ends on it), as the time model reads it. A Known bound has its date; any other
// has the earliest and latest ISO day it can be (Span.Interval), "" where open.
type DateValue struct {
	Known  *PartialDate
	Lo, Hi string
}

// startValue and endValue are a span's bounds as date fields (nil when the span has none).
func startValue(s Span) any {
	if s.Start.Status == "" {
		return nil
	}
	if d := s.Start.KnownDate(); d != nil {
		return DateValue{Known: d}
	}
	iv := s.Interval()
	return DateValue{Lo: iv.StartLo, Hi: iv.StartHi}
}

func endValue(s Span) any {
	if s.End.Status == "" {
		return nil
	}
	if d := s.End.KnownDate(); d != nil {
		return DateValue{Known: d}
	}
	iv := s.Interval()
	return DateValue{Lo: iv.EndLo, Hi: iv.EndHi}
}

func spanField[T Node](name, prop string, start bool, get func(T) Span) Field {
	return Field{Name: name, Type: FieldDate, Prop: prop, Sortable: true, get: func(n Node) any {
		if start {
			return startValue(get(n.(T)))
		}
		return endValue(get(n.(T)))
	}}
}

func pointField[T Node](name, prop string, get func(T) *PartialDate) Field {
	return Field{Name: name, Type: FieldDate, Prop: prop, Sortable: true, get: func(n Node) any { return startValue(PointSpan(get(n.(T)))) }}
}
func count(name string, path Path) Field {
	return Field{Name: name, Type: FieldCount, Path: path, Sortable: true}
}

// common are the fields every kind has.
var common = []Field{
	{Name: "id", Type: FieldID, Prop: "id", Sortable: true, get: func(n Node) any { return n.NodeID() }},
	{Name: "confidence", Type: FieldConf, Enum: "Confidence", Prop: "confidence", Sortable: true, get: func(n Node) any { return text(string(n.base().Confidence)) }},
}

func out(rel RelType) Path { return Path{{rel, Out}} }
func in(rel RelType) Path  { return Path{{rel, In}} }

func findingFields[T interface {
	Node
	finding() *Finding
}](extra ...Field) []Field {
	return append([]Field{
		textField("title", "title", true, func(x T) string { return x.finding().Title }),
		textField("description", "description", false, func(x T) string { return x.finding().Description }),
	}, extra...)
}

func (f *Finding) finding() *Finding { return f }

// kindFields is each kind's own fields (after common), in the order the SDL lists them.
var kindFields = map[Kind][]Field{
	KindMission: {
		textField("acronym", "acronym", true, func(m *Mission) string { return m.Acronym }),
		textField("name", "name", true, func(m *Mission) string { return m.Name }),
		spanField("start", "span", true, func(m *Mission) Span { return m.Span }),
		spanField("end", "span", false, func(m *Mission) Span { return m.Span }),
		enumField("kind", "MissionKind", "kind", func(m *Mission) string { return string(m.MissionKind) }),
		{Name: "chapterVII", Type: FieldBool, Prop: "chapterVII", Sortable: true, get: func(n Node) any { return boolp(n.(*Mission).ChapterVII) }},
		textField("host", "host", true, func(m *Mission) string { return m.Host }),
		textField("description", "description", false, func(m *Mission) string { return m.Description }),
		count("deploymentCount", in(RelInMission)),
		count("contributorCount", ContributorPath),
	},
	KindDeployment: {
		textField("title", "title", true, func(d *Deployment) string { return d.Title }),
		spanField("start", "span", true, func(d *Deployment) Span { return d.Span }),
		spanField("end", "span", false, func(d *Deployment) Span { return d.Span }),
		{Name: "personnel", Type: FieldEnumList, Enum: "PersonnelType", Prop: "personnel", get: func(n Node) any { return Strings(n.(*Deployment).Personnel) }},
		numField("peakStrength", "peakStrength", func(d *Deployment) *int { return d.PeakStrength }),
		textField("unit", "unit", true, func(d *Deployment) string { return d.Unit }),
		textField("description", "description", false, func(d *Deployment) string { return d.Description }),
		count("functionCount", out(RelPerformed)),
		count("authorizedByCount", out(RelAuthorizedBy)),
		count("constrainedByCount", in(RelConstrains)),
		count("catalyzedCount", out(RelCatalyzed)),
		count("partnerCount", out(RelWithPartner)),
	},
	KindFunction: {
		textField("code", "code", true, func(f *Function) string { return f.Code }),
		textField("name", "name", true, func(f *Function) string { return f.Name }),
		textField("description", "description", false, func(f *Function) string { return f.Description }),
		count("deploymentCount", in(RelPerformed)),
	},
	KindReform: {
		textField("title", "title", true, func(r *Reform) string { return r.Title }),
		pointField("date", "date", func(r *Reform) *PartialDate { return r.Date }),
		enumField("kind", "ReformKind", "kind", func(r *Reform) string { return string(r.ReformKind) }),
		textField("description", "description", false, func(r *Reform) string { return r.Description }),
		count("driverCount", in(RelCatalyzed)),
		count("instrumentCount", out(RelImplementedBy)),
		count("threatCount", out(RelAddresses)),
		count("partnerCount", out(RelWithPartner)),
	},
	KindLegalInstrument: {
		enumField("kind", "InstrumentKind", "kind", func(l *LegalInstrument) string { return string(l.InstrumentKind) }),
		textField("title", "title", true, func(l *LegalInstrument) string { return l.Title }),
		textField("reference", "reference", true, func(l *LegalInstrument) string { return l.Reference }),
		pointField("adopted", "lifecycle", func(l *LegalInstrument) *PartialDate { return l.Adopted() }),
		spanField("inForceFrom", "inForce", true, func(l *LegalInstrument) Span { return l.InForce }),
		spanField("inForceUntil", "inForce", false, func(l *LegalInstrument) Span { return l.InForce }),
		textField("summary", "summary", false, func(l *LegalInstrument) string { return l.Summary }),
		count("safeguardCount", in(RelGroundedIn)),
		count("amendsCount", out(RelAmends)),
		count("amendedByCount", in(RelAmends)),
		count("authorizesCount", in(RelAuthorizedBy)),
	},
	KindPrinciple: {
		enumField("scope", "PrincipleScope", "scope", func(p *Principle) string { return string(p.Scope) }),
		textField("name", "name", true, func(p *Principle) string { return p.Name }),
		textField("description", "description", false, func(p *Principle) string { return p.Description }),
		count("heldByCount", in(RelHolds)),
		count("compatibleWithCount", Path{{RelCompatibleWith, Both}}),
		count("definedInCount", out(RelDefinedIn)),
	},
	KindThreat: {
		textField("name", "name", true, func(t *Threat) string { return t.Name }),
		enumField("kind", "ThreatKind", "kind", func(t *Threat) string { return string(t.ThreatKind) }),
		textField("description", "description", false, func(t *Threat) string { return t.Description }),
		count("perceivedByCount", in(RelPerceives)),
		count("definedInCount", out(RelDefinedIn)),
	},
	KindObstacle:       findingFields[*Obstacle](count("overcomeByCount", in(RelOvercomes))),
	KindBenefit:        findingFields[*Benefit](),
	KindRecommendation: findingFields[*Recommendation](count("overcomesCount", out(RelOvercomes))),
	KindEvent: {
		pointField("date", "date", func(e *Event) *PartialDate { return &e.Date }),
		textField("title", "title", true, func(e *Event) string { return e.Title }),
		textField("description", "description", false, func(e *Event) string { return e.Description }),
		count("relatedCount", out(RelRelatedTo)),
	},
	KindSource: {
		enumField("kind", "SourceKind", "kind", func(s *Source) string { return string(s.SourceKind) }),
		textField("title", "title", true, func(s *Source) string { return s.Title }),
		textField("documentTitle", "documentTitle", true, func(s *Source) string { return s.DocumentTitle }),
		{Name: "authors", Type: FieldTextList, Prop: "authors", get: func(n Node) any { return n.(*Source).Authors }},
		textField("publisher", "publisher", true, func(s *Source) string { return s.Publisher }),
		textField("agency", "agency", true, func(s *Source) string { return s.Agency }),
		textField("container", "container", true, func(s *Source) string { return s.Container }),
		numField("year", "year", func(s *Source) *int { return s.Year }),
		numField("originalYear", "originalYear", func(s *Source) *int { return s.OriginalYear }),
		textField("language", "language", true, func(s *Source) string { return s.Language }),
		textField("url", "url", true, func(s *Source) string { return s.URL }),
	},
}

// FieldsOf lists the fields of kind k: id and confidence, then the kind's own.
func FieldsOf(k Kind) []Field {
	return append(slices.Clone(common), kindFields[k]...)
}

// FieldOf finds a field of kind k by its GraphQL name.
func FieldOf(k Kind, name string) (Field, bool) {
	for _, f := range FieldsOf(k) {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// FieldByOrderName finds a sortable field of kind k by its order enum name (PEAK_STRENGTH).
func FieldByOrderName(k Kind, name string) (Field, bool) {
	for _, f := range FieldsOf(k) {
		if f.Sortable && f.OrderName() == name {
			return f, true
		}
	}
	return Field{}, false
}
