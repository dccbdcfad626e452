package seed

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/peacegraph/peacegraph/graph"
)

// Load reads and validates the dataset in fsys (see Files). It returns every problem found, or
// the dataset when there is none.
func Load(fsys fs.FS) (*graph.Dataset, error) {
	recs, version, probs := parse(fsys)
	b := &builder{
		ids:      map[string]where{},
		aliases:  map[string]aliasOf{},
		ordinals: map[string][]ordinalAt{},
		nodes:    map[string]graph.Node{},
		inForce:  map[string]inForceParts{},
		outlasts: map[string]bool{},
		ds:       &graph.Dataset{Version: version, Personnel: map[string][]graph.PersonnelPoint{}},
	}
	b.probs = probs
	b.build(recs)
	if len(b.probs) > 0 {
		for i := range b.probs {
			b.probs[i].File = fileOf(b.probs[i].File)
		}
		slices.SortStableFunc(b.probs, func(a, c Problem) int {
			if a.File != c.File {
				return strings.Compare(a.File, c.File)
			}
			return a.Line - c.Line
		})
		return nil, b.probs
	}
	return b.ds, nil
}

// LoadEmbedded loads the dataset compiled into the binary.
func LoadEmbedded() (*graph.Dataset, error) { return Load(Files()) }

// LoadDir loads the dataset in a folder on disk, naming files in problems by their path there.
func LoadDir(dir string) (*graph.Dataset, error) {
	ds, err := Load(os.DirFS(dir))
	var probs Problems
	if errors.As(err, &probs) {
		for i := range probs {
			probs[i].File = filepath.Join(dir, strings.TrimPrefix(probs[i].File, displayRoot+"/"))
		}
		return nil, probs
	}
	return ds, err
}

type where struct {
	file string
	line int
}

// ordinalAt is one member of a numbered or ordered list.
type ordinalAt struct {
	id       string
	position int
	numbered bool
	at       where
}

// aliasOf is the record an alias was merged into, and where it says so.
type aliasOf struct {
	id string
	at where
}

// pendingEdge is an edge whose target still has to be checked. openStart and openEnd mark a
// span of its own (Edge.Span) given with one side only: resolve fills that side from the
// relationship's target.
type pendingEdge struct {
	edge               graph.Edge
	at                 where
	openStart, openEnd bool
}

type builder struct {
	probs    Problems
	ids      map[string]where
	aliases  map[string]aliasOf
	ordinals map[string][]ordinalAt // by series
	nodes    map[string]graph.Node
	edges    []pendingEdge
	cites    []struct {
		c  graph.Citation
		at where
	}
	ds *graph.Dataset

	checkDriverMission []driverCheck
	pendingSeries      []seriesCheck
	stageRefs          []pendingRef
	// explicit instrument in-force bounds, by ID, for resolve (graph.InForceSpan).
	inForce map[string]inForceParts
	// outlasts are the deployments whose end is a sourced exception to their mission's end.
	outlasts map[string]bool
}

type inForceParts struct {
	start *graph.Bound
	end   graph.Bound
}

func (b *builder) errf(at where, format string, args ...any) {
	b.probs = append(b.probs, Problem{File: at.file, Line: at.line, Msg: fmt.Sprintf(format, args...)})
}

var (
	idPattern   = regexp.MustCompile(`^[a-z]+:[a-z0-9][a-z0-9._-]*$`)
	langPattern = regexp.MustCompile(`^[a-z]{2}$`)
	factPattern = regexp.MustCompile(`^(F-(MEX|ARG|JPN)-\d{3}|M-[A-Z0-9-]+|C-\d{3}|S-\d{2}|IPI)$`)
)

// enum checks v against the enum's values as graph defines them (the only list of them).
func enum[T ~string](b *builder, at where, field string, v T, allowed []T) {
	if !slices.Contains(allowed, v) {
		list := strings.Join(graph.Strings(allowed), ", ")
		if v == "" {
			b.errf(at, "%s is required (one of %s)", field, list)
			return
		}
		b.errf(at, "unknown %s value %q (one of %s)", field, v, list)
	}
}

func (b *builder) date(at where, field, v string, required bool) *graph.PartialDate {
	if v == "" {
		if required {
			b.errf(at, "%s is required", field)
		}
		return nil
	}
	d, err := graph.ParseDate(v)
	if err != nil {
		b.errf(at, "%s: %v", field, err)
		return nil
	}
	return &d
}

// bound turns a bound record into a graph.Bound, checking its shape (graph.Bound.Validate)
// and what every explicit status needs here: an ONGOING bound its citations (the statement
// that it still runs), an UNKNOWN one its basis. A nil record is an error when required.
func (b *builder) bound(at where, field string, r *boundRec, required bool) (graph.Bound, bool) {
	if r == nil {
		if required {
			b.errf(at, "%s is required: a date, or {status: ONGOING, asOf, citations} or {status: UNKNOWN, basis, notBefore?, notAfter?}; never leave a bound silently empty", field)
		}
		return graph.Bound{}, false
	}
	bat := at
	if r.line > 0 {
		bat.line = r.line
	}
	out := graph.Bound{Status: r.Status, Basis: r.Basis, Derived: r.Derived}
	for _, d := range []struct {
		name string
		v    string
		dst  **graph.PartialDate
	}{{"date", r.Date, &out.Date}, {"asOf", r.AsOf, &out.AsOf}, {"notBefore", r.NotBefore, &out.NotBefore}, {"notAfter", r.NotAfter, &out.NotAfter}} {
		if d.v != "" {
			*d.dst = b.date(bat, field+"."+d.name, d.v, false)
			if *d.dst == nil {
				return graph.Bound{}, false
			}
		}
	}
	if len(r.Citations) > 0 {
		out.Citations = b.citations(bat, r.Citations, field)
	}
	side := "start"
	if field == "end" || strings.HasSuffix(field, ".end") || field == "until" || strings.HasSuffix(field, "until") {
		side = "end"
	}
	if err := out.Validate(side); err != nil {
		b.errf(bat, "%s: %v", field, strings.TrimPrefix(err.Error(), side+": "))
		return graph.Bound{}, false
	}
	switch {
	case out.Status == graph.Ongoing && len(out.Citations) == 0:
		b.errf(bat, "%s: an ONGOING bound cites the statement that it still runs (citations)", field)
	case out.Status == graph.Unknown && strings.TrimSpace(out.Basis) == "":
		b.errf(bat, "%s: an UNKNOWN bound says why in basis (what the sources give, what bounds it)", field)
	case out.Derived && strings.TrimSpace(out.Basis) == "":
		b.errf(bat, "%s: a derived bound says how it was derived (basis)", field)
	}
	if r.OutlastsMission && (side != "end" || out.Status != graph.Known || out.Basis == "" || len(out.Citations) == 0) {
		b.errf(bat, "%s: outlastsMission is for a KNOWN end, with the basis and citations that show it", field)
	}
	return out, true
}

// span turns two bound records into a span; both are required.
func (b *builder) span(at where, start, end *boundRec, startField, endField string) (graph.Span, bool) {
	s, ok1 := b.bound(at, startField, start, true)
	e, ok2 := b.bound(at, endField, end, true)
	if !ok1 || !ok2 {
		return graph.Span{Start: s, End: e}, false
	}
	sp := graph.Span{Start: s, End: e}
	if err := sp.Validate(); err != nil {
		b.errf(at, "%v", err)
		return sp, false
	}
	return sp, true
}

func (b *builder) required(at where, field, v string) {
	if strings.TrimSpace(v) == "" {
		b.errf(at, "%s is required", field)
	}
}

func (b *builder) citations(at where, cs []citation, what string) []graph.Citation {
	if len(cs) == 0 {
		b.errf(at, "%s has no citations: every fact needs at least one source", what)
		return nil
	}
	out := make([]graph.Citation, 0, len(cs))
	for _, c := range cs {
		cat := at
		if c.line > 0 {
			cat.line = c.line
		}
		gc := graph.Citation{SourceID: c.Source, Locator: c.Locator, Note: c.Note}
		b.cites = append(b.cites, struct {
			c  graph.Citation
			at where
		}{gc, cat})
		out = append(out, gc)
	}
	return out
}

func (b *builder) evidence(at where, ev evidence, what string) graph.Evidence {
	out := graph.Evidence{
		Citations:  b.citations(at, ev.Citations, what),
		Confidence: ev.Confidence,
	}
	enum(b, at, "confidence", ev.Confidence, graph.Confidences)
	for _, f := range ev.Facts {
		if !factPattern.MatchString(f) {
			b.errf(at, "facts: %q is not a dossier fact ID (F-MEX-001, F-ARG-001, F-JPN-001, M-UNTAC, C-001, S-01)", f)
		}
	}
	for _, d := range ev.Disputes {
		b.required(at, "disputes.field", d.Field)
		if len(d.Values) < 2 {
			b.errf(at, "dispute about %q needs at least two values", d.Field)
		}
		preferred := 0
		gd := graph.Dispute{Field: d.Field, Note: d.Note}
		for _, v := range d.Values {
			gv := b.disputedValue(at, d.Field, v)
			if gv.Rank == graph.RankPreferred {
				preferred++
			}
			gd.Values = append(gd.Values, gv)
		}
		if preferred != 1 {
			b.errf(at, "dispute about %q must mark exactly one value preferred (has %d)", d.Field, preferred)
		}
		out.Disputes = append(out.Disputes, gd)
	}
	return out
}

// disputedValue checks one value of a dispute and its rank: preferred: true is rank PREFERRED,
// no rank is NORMAL, and a DEPRECATED value must say why (reason) and cite the correction
// (correctedBy), which only it may.
func (b *builder) disputedValue(at where, field string, v disputedValue) graph.DisputedValue {
	what := fmt.Sprintf("disputed value %q of %s", v.Value, field)
	rank := v.Rank
	switch {
	case v.Preferred && rank != "" && rank != graph.RankPreferred:
		b.errf(at, "%s: preferred: true contradicts rank %s", what, rank)
	case v.Preferred:
		rank = graph.RankPreferred
	case rank == "":
		rank = graph.RankNormal
	}
	enum(b, at, "rank", rank, graph.Ranks)
	gv := graph.DisputedValue{Value: v.Value, Rank: rank, Citations: b.citations(at, v.Citations, what)}
	if rank == graph.RankDeprecated {
		if strings.TrimSpace(v.Reason) == "" {
			b.errf(at, "%s is deprecated: give the reason it is wrong", what)
		}
		gv.Reason = v.Reason
		gv.CorrectedBy = b.citations(at, v.CorrectedBy, what+" (deprecated: correctedBy, the source of the correction)")
		return gv
	}
	if v.Reason != "" || len(v.CorrectedBy) > 0 {
		b.errf(at, "%s: reason and correctedBy belong to a DEPRECATED value (this one is %s)", what, rank)
	}
	return gv
}

// node registers a node's ID and common fields.
func (b *builder) node(r record, c common, kind graph.Kind, what string) (graph.Base, bool) {
	at := where{r.file, r.line}
	if c.ID == "" {
		b.errf(at, "%s without id", what)
		return graph.Base{}, false
	}
	if !idPattern.MatchString(c.ID) {
		b.errf(at, "id %q: IDs are lower-case prefix:slug (letters, digits, '.', '-', '_')", c.ID)
	}
	if k, ok := graph.KindOfID(c.ID); !ok || k != kind {
		info, _ := graph.InfoOf(kind)
		b.errf(at, "id %q: a %s ID starts with %q", c.ID, what, info.Prefix)
	}
	if prev, dup := b.ids[c.ID]; dup {
		b.errf(at, "duplicate id %q (first defined at %s:%d)", c.ID, fileOf(prev.file), prev.line)
		return graph.Base{}, false
	}
	b.ids[c.ID] = at
	for l := range c.Names {
		if !langPattern.MatchString(l) {
			b.errf(at, "names: %q is not a two-letter language code", l)
		}
	}
	for _, a := range c.Aliases {
		if k, ok := graph.KindOfID(a); !ok || k != kind || !idPattern.MatchString(a) {
			b.errf(at, "aliases: %q is not an ID of the same kind (%s)", a, what)
		}
		if prev, dup := b.aliases[a]; dup {
			b.errf(at, "alias %q also names %s (%s:%d)", a, prev.id, fileOf(prev.at.file), prev.at.line)
			continue
		}
		b.aliases[a] = aliasOf{c.ID, at}
	}
	var ordinal *graph.Ordinal
	if o := c.Ordinal; o != nil {
		ordinal = &graph.Ordinal{Series: o.Series, Position: o.Position, Numbered: o.Numbered}
		switch {
		case kind != graph.KindSafeguard && kind != graph.KindPrinciple:
			b.errf(at, "ordinal: only safeguards and principles take one (the lists that show it)")
		case strings.TrimSpace(o.Series) == "" || o.Position < 1:
			b.errf(at, "ordinal needs a series (the list's name) and a position from 1")
		default:
			b.ordinals[o.Series] = append(b.ordinals[o.Series], ordinalAt{c.ID, o.Position, o.Numbered, at})
		}
	}
	return graph.Base{ID: c.ID, Names: c.Names, Facts: c.Facts, Aliases: c.Aliases, Ordinal: ordinal,
		Evidence: b.evidence(at, c.evidence, c.ID)}, true
}

// edge queues a relationship from a ref, inheriting the owner's evidence for a bare ID.
func (b *builder) edge(at where, t graph.RelType, from, to ref, owner graph.Evidence, reverse bool) {
	target := to
	rat := at
	if target.line > 0 {
		rat.line = target.line
	}
	if target.ID == "" {
		b.errf(rat, "%s: empty reference", t)
		return
	}
	e := graph.Edge{Type: t, From: from.ID, To: target.ID, Note: target.Note, Basis: b.basis(rat, target.Basis)}
	var pe pendingEdge
	if reverse {
		e.From, e.To = e.To, e.From
	}
	if target.own {
		e.Evidence = b.evidence(rat, target.evidence, fmt.Sprintf("relationship %s to %s", t, target.ID))
		e.Facts = target.Facts
	} else {
		e.Evidence = graph.Evidence{Citations: owner.Citations, Confidence: owner.Confidence}
		e.Inherited = true
	}
	if target.From != nil || target.Until != nil {
		if t != graph.RelGroundedIn && t != graph.RelAmends {
			b.errf(rat, "%s: from/until date only groundedIn and amends relationships", t)
		} else {
			sp := &graph.Span{}
			ok := true
			if target.From != nil {
				sp.Start, ok = b.bound(rat, "from", target.From, true)
			}
			if target.Until != nil {
				var ok2 bool
				sp.End, ok2 = b.bound(rat, "until", target.Until, true)
				ok = ok && ok2
			}
			if ok {
				e.Span = sp
				pe.openStart, pe.openEnd = target.From == nil, target.Until == nil
			}
		}
	}
	if target.Role != "" {
		switch role := graph.BasisRole(target.Role); {
		case t != graph.RelAuthorizedBy:
			b.errf(rat, "%s: role belongs to authorizedBy only", t)
		case role == graph.RoleAuthorizedBy || role == graph.RoleExtension || role == graph.RoleLaterAmendment:
			if role != graph.RoleAuthorizedBy {
				e.Role = role
			}
		default:
			b.errf(rat, "authorizedBy: unknown role %q (AUTHORIZED_BY, the default; EXTENSION; LATER_AMENDMENT)", target.Role)
		}
	}
	pe.edge, pe.at = e, rat
	b.edges = append(b.edges, pe)
}

// basis checks a relationship's basis; none given is STATED.
func (b *builder) basis(at where, v graph.EvidenceBasis) graph.EvidenceBasis {
	if v == "" {
		return graph.Stated
	}
	enum(b, at, "basis", v, graph.EvidenceBases)
	return v
}

func (b *builder) edges2(at where, t graph.RelType, from string, refs []ref, owner graph.Evidence) {
	for _, r := range refs {
		b.edge(at, t, ref{ID: from}, r, owner, false)
	}
}

func (b *builder) add(n graph.Node) { b.nodes[n.NodeID()] = n }

// build turns the parsed records into the dataset: one method per record type below, then
// the checks that need every record (resolve.go).
func (b *builder) build(recs []record) {
	for _, r := range recs {
		switch v := r.value.(type) {
		case *sourceRec:
			b.source(r, v)
		case *countryRec:
			b.country(r, v)
		case *missionRec:
			b.mission(r, v)
		case *deploymentRec:
			b.deployment(r, v)
		case *functionRec:
			b.function(r, v)
		case *instrumentRec:
			b.instrument(r, v)
		case *safeguardRec:
			b.safeguard(r, v)
		case *reformRec:
			b.reform(r, v)
		case *principleRec:
			b.principle(r, v)
		case *threatRec:
			b.threat(r, v)
		case *perceptionRec:
			b.perception(r, v)
		case *findingRec:
			b.finding(r, v)
		case *eventRec:
			b.event(r, v)
		case *seriesRec:
			b.series(where{r.file, r.line}, v)
		}
	}
	b.resolve()
}

func (b *builder) source(r record, v *sourceRec) {
	at := where{r.file, r.line}
	if v.ID == "" {
		b.errf(at, "source without id")
		return
	}
	if k, ok := graph.KindOfID(v.ID); !ok || k != graph.KindSource || !idPattern.MatchString(v.ID) {
		b.errf(at, "id %q: a source ID is source:slug in lower case", v.ID)
	}
	if prev, dup := b.ids[v.ID]; dup {
		b.errf(at, "duplicate id %q (first defined at %s:%d)", v.ID, fileOf(prev.file), prev.line)
		return
	}
	b.ids[v.ID] = at
	enum(b, at, "kind", v.Kind, graph.SourceKinds)
	b.required(at, "title", v.Title)
	if v.URL != "" && !strings.HasPrefix(v.URL, "http://") && !strings.HasPrefix(v.URL, "https://") {
		b.errf(at, "url %q must be an http(s) URL", v.URL)
	}
	if v.OriginalYear != nil && (v.Year == nil || *v.OriginalYear > *v.Year) {
		b.errf(at, "originalYear %d needs a year (of the reproduction) no earlier than it", *v.OriginalYear)
	}
	for _, a := range v.Authors {
		if strings.TrimSpace(a) == "" || strings.Contains(a, ";") {
			b.errf(at, "authors: one person per entry, got %q", a)
		}
	}
	b.add(&graph.Source{Base: graph.Base{ID: v.ID}, SourceKind: v.Kind, Title: v.Title, DocumentTitle: v.DocumentTitle,
		Authors: v.Authors, Publisher: v.Publisher, Agency: v.Agency, Container: v.Container, Year: v.Year,
		OriginalYear: v.OriginalYear, Language: v.Language, URL: v.URL})
}

func (b *builder) country(r record, v *countryRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindCountry, "country")
	if !ok {
		return
	}
	b.required(at, "iso3", v.ISO3)
	b.required(at, "name", v.Name)
	if v.ISO3 != "" && base.ID != "country:"+strings.ToLower(v.ISO3) {
		b.errf(at, "id %q must be country:%s", base.ID, strings.ToLower(v.ISO3))
	}
	enum(b, at, "caseRole", v.CaseRole, graph.CaseRoles)
	b.add(&graph.Country{Base: base, ISO3: strings.ToUpper(v.ISO3), Name: v.Name, CaseRole: v.CaseRole})
}

func (b *builder) mission(r record, v *missionRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindMission, "mission")
	if !ok {
		return
	}
	b.required(at, "acronym", v.Acronym)
	b.required(at, "name", v.Name)
	enum(b, at, "kind", v.Kind, graph.MissionKinds)
	m := &graph.Mission{Base: base, Acronym: v.Acronym, Name: v.Name,
		MissionKind: v.Kind, ChapterVII: v.ChapterVII, Host: v.Host, Description: v.Description, Note: v.Note}
	m.Span, _ = b.span(at, v.Start, v.End, "start", "end")
	if v.Start != nil && m.Span.Start.Status != "" && m.Span.Start.Status != graph.Known {
		b.errf(at, "start: a mission's start is a date (every mission's start is sourced)")
	}
	if v.Withdrawal != nil {
		if w, ok := b.bound(at, "withdrawal", v.Withdrawal, true); ok {
			switch end := m.Span.KnownEnd(); {
			case w.Status != graph.Known || len(w.Citations) == 0:
				b.errf(at, "withdrawal is a date with its citations (the date by which contingents had to be gone)")
			case end == nil || w.Date.Last() <= end.Last():
				b.errf(at, "withdrawal %s must come after a known end (the mandate's end)", w.Date)
			default:
				m.Withdrawal = &w
			}
		}
	}
	b.add(m)
	b.edges2(at, graph.RelEstablishedBy, base.ID, v.EstablishedBy, base.Evidence)
}

func (b *builder) deployment(r record, v *deploymentRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindDeployment, "deployment")
	if !ok {
		return
	}
	for _, p := range v.Personnel {
		enum(b, at, "personnel", p, graph.PersonnelTypes)
	}
	if v.Personnel == nil {
		b.errf(at, "personnel is required: a list of %s, or [] when the sources do not say", strings.Join(graph.Strings(graph.PersonnelTypes), ", "))
	}
	if v.PeakStrength != nil && *v.PeakStrength < 0 {
		b.errf(at, "peakStrength must not be negative")
	}
	d := &graph.Deployment{Base: base, CountryID: v.Country.ID, MissionID: v.Mission.ID,
		Personnel: append([]graph.PersonnelType{}, v.Personnel...), PeakStrength: v.PeakStrength, Unit: v.Unit, Description: joinNote(v.Description, v.Note)}
	d.Span, _ = b.span(at, v.Start, v.End, "start", "end")
	if v.End != nil && v.End.OutlastsMission {
		b.outlasts[base.ID] = true
	}
	d.Strengths = b.strengths(at, v.Strengths, v.PeakStrength)
	b.required(at, "country", v.Country.ID)
	b.required(at, "mission", v.Mission.ID)
	b.add(d)
	b.edge(at, graph.RelDeployedBy, ref{ID: base.ID}, v.Country, base.Evidence, false)
	b.edge(at, graph.RelInMission, ref{ID: base.ID}, v.Mission, base.Evidence, false)
	b.edges2(at, graph.RelPerformed, base.ID, v.Functions, base.Evidence)
	b.edges2(at, graph.RelAuthorizedBy, base.ID, v.AuthorizedBy, base.Evidence)
	b.edges2(at, graph.RelWithPartner, base.ID, v.Partners, base.Evidence)
}

// strengths checks a deployment's dated figures: a kind, a value, dates in order; at most one
// PEAK; and, when the deployment has a peakStrength, a figure equal to it that is not a
// CUMULATIVE flow (the PEAK, or the contingent size, ceiling or head-count the peak rests on),
// so that the peak has its date and says what it counts.
func (b *builder) strengths(at where, rs []strengthRec, peak *int) []graph.Strength {
	var out []graph.Strength
	peaks, backs := 0, 0
	for _, r := range rs {
		sat := at
		if r.line > 0 {
			sat.line = r.line
		}
		enum(b, sat, "strengths.kind", r.Kind, graph.StrengthKinds)
		if r.Value == nil || *r.Value < 0 {
			b.errf(sat, "strengths: a figure has a non-negative value")
			continue
		}
		st := graph.Strength{Kind: r.Kind, Value: *r.Value, Approximate: r.Approximate, Note: r.Note,
			Date: b.date(sat, "strengths.date", r.Date, false), Until: b.date(sat, "strengths.until", r.Until, false)}
		if st.Until != nil && st.Date == nil {
			b.errf(sat, "strengths: until needs a date (the period's start)")
		}
		if st.Until != nil && st.Date != nil && st.Until.Last() < st.Date.First() {
			b.errf(sat, "strengths: until %s is before date %s", st.Until, st.Date)
		}
		if len(r.Citations) > 0 {
			st.Citations = b.citations(sat, r.Citations, "strength")
		}
		if r.Kind == "PEAK" {
			peaks++
			if peak == nil || *peak != *r.Value {
				b.errf(sat, "strengths: the PEAK figure (%d) must equal peakStrength", *r.Value)
			}
		}
		if peak != nil && *peak == *r.Value && r.Kind != "CUMULATIVE" {
			backs++
		}
		out = append(out, st)
	}
	if peaks > 1 {
		b.errf(at, "strengths: %d PEAK figures; a deployment has one peak", peaks)
	}
	if peak != nil && backs == 0 {
		b.errf(at, "peakStrength %d needs the strengths entry it rests on (same value; kind PEAK, PRESENT, CONTINGENT or CEILING) with its date or period, or a note saying it is undated", *peak)
	}
	return out
}

func (b *builder) function(r record, v *functionRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindFunction, "function")
	if !ok {
		return
	}
	b.required(at, "code", v.Code)
	b.required(at, "name", v.Name)
	b.add(&graph.Function{Base: base, Code: v.Code, Name: v.Name, Description: v.Description})
}

func (b *builder) instrument(r record, v *instrumentRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindLegalInstrument, "legal instrument")
	if !ok {
		return
	}
	enum(b, at, "kind", v.Kind, graph.InstrumentKinds)
	b.required(at, "title", v.Title)
	l := &graph.LegalInstrument{Base: base, InstrumentKind: v.Kind, Title: v.Title, Reference: v.Reference,
		Summary: joinNote(v.Summary, v.Note)}
	l.Lifecycle = b.lifecycle(at, v)
	parts := inForceParts{}
	switch {
	case v.InForce == nil && l.StageDate(graph.StageRepealed) != nil:
		// a repeal ends it; its start comes from the lifecycle (graph.InForceSpan)
	case v.InForce == nil:
		b.errf(at, "inForce is required: {end: ...} (and start when the lifecycle has no IN_FORCE stage), unless a REPEALED stage ends it; never leave the time in force silently open")
	default:
		iat := at
		if v.InForce.line > 0 {
			iat.line = v.InForce.line
		}
		hasInForce := l.StageDate(graph.StageInForce) != nil
		if v.InForce.Start != nil {
			if hasInForce {
				b.errf(iat, "inForce.start: the lifecycle's IN_FORCE stage is the start; give one or the other")
			} else if st, ok := b.bound(iat, "inForce.start", v.InForce.Start, true); ok {
				parts.start = &st
			}
		}
		hasRepeal := l.StageDate(graph.StageRepealed) != nil
		switch {
		case hasRepeal && v.InForce.End != nil:
			b.errf(iat, "inForce.end: the lifecycle's REPEALED stage is the end; give one or the other")
		case !hasRepeal:
			if e, ok := b.bound(iat, "inForce.end", v.InForce.End, true); ok {
				parts.end = e
			}
		}
	}
	b.inForce[base.ID] = parts
	if v.Country != nil {
		l.CountryID = v.Country.ID
		b.edge(at, graph.RelInstrumentOf, ref{ID: base.ID}, *v.Country, base.Evidence, false)
	}
	b.add(l)
	b.edges2(at, graph.RelAmends, base.ID, v.Amends, base.Evidence)
	if len(v.Governs) > 0 && v.Kind != "CONSTITUTION_PROVISION" {
		b.errf(at, "governs belongs to constitution provisions (the provisions that govern sending forces abroad)")
	}
	b.edges2(at, graph.RelGoverns, base.ID, v.Governs, base.Evidence)
}

// lifecycle builds an instrument's stages in date order (adopted is shorthand for an ADOPTED
// stage), checking each: a known stage, a date, one ADOPTED, IN_FORCE and REPEALED at most.
func (b *builder) lifecycle(at where, v *instrumentRec) []graph.Stage {
	var out []graph.Stage
	if v.Adopted != "" {
		if d := b.date(at, "adopted", v.Adopted, false); d != nil {
			out = append(out, graph.Stage{Stage: graph.StageAdopted, Date: *d})
		}
	}
	once := map[graph.LegalStage]bool{graph.StageAdopted: true, graph.StageInForce: true, graph.StageRepealed: true}
	seen := map[graph.LegalStage]int{}
	if v.Adopted != "" {
		seen[graph.StageAdopted]++
	}
	for _, r := range v.Lifecycle {
		sat := at
		if r.line > 0 {
			sat.line = r.line
		}
		enum(b, sat, "lifecycle.stage", r.Stage, graph.LegalStages)
		d := b.date(sat, "lifecycle.date", r.Date, true)
		if d == nil {
			continue
		}
		seen[r.Stage]++
		if once[r.Stage] && seen[r.Stage] > 1 {
			b.errf(sat, "lifecycle: %s stated twice (adopted: is shorthand for the ADOPTED stage)", r.Stage)
		}
		st := graph.Stage{Stage: r.Stage, Date: *d, Instrument: r.Instrument, Note: r.Note}
		if r.Instrument != "" {
			if r.Stage != graph.StageAmended && r.Stage != graph.StageRepealed {
				b.errf(sat, "lifecycle: instrument names the amending or repealing instrument (AMENDED, REPEALED only)")
			}
			b.stageRefs = append(b.stageRefs, pendingRef{r.Instrument, sat})
		}
		if len(r.Citations) > 0 {
			st.Citations = b.citations(sat, r.Citations, "lifecycle stage "+string(r.Stage))
		}
		out = append(out, st)
	}
	slices.SortStableFunc(out, func(a, c graph.Stage) int { return a.Date.Compare(c.Date) })
	return out
}

func (b *builder) safeguard(r record, v *safeguardRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindSafeguard, "safeguard")
	if !ok {
		return
	}
	enum(b, at, "kind", v.Kind, graph.SafeguardKinds)
	b.required(at, "title", v.Title)
	b.required(at, "country", v.Country.ID)
	sg := &graph.Safeguard{Base: base, CountryID: v.Country.ID, SafeguardKind: v.Kind, Title: v.Title,
		Description: joinNote(v.Description, v.Note)}
	sg.InForce, _ = b.span(at, v.Since, v.Until, "since", "until")
	b.add(sg)
	b.edge(at, graph.RelSafeguardOf, ref{ID: base.ID}, v.Country, base.Evidence, false)
	b.edges2(at, graph.RelGroundedIn, base.ID, v.GroundedIn, base.Evidence)
	b.edges2(at, graph.RelConstrains, base.ID, v.Constrains, base.Evidence)
	b.edges2(at, graph.RelUpholds, base.ID, v.Upholds, base.Evidence)
}

func (b *builder) reform(r record, v *reformRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindReform, "reform")
	if !ok {
		return
	}
	enum(b, at, "kind", v.Kind, graph.ReformKinds)
	b.required(at, "title", v.Title)
	b.required(at, "country", v.Country.ID)
	b.add(&graph.Reform{Base: base, CountryID: v.Country.ID, Title: v.Title, Date: b.date(at, "date", v.Date, false),
		ReformKind: v.Kind, Description: joinNote(v.Description, v.Note)})
	b.edge(at, graph.RelReformOf, ref{ID: base.ID}, v.Country, base.Evidence, false)
	b.edges2(at, graph.RelImplementedBy, base.ID, v.Instruments, base.Evidence)
	b.edges2(at, graph.RelAddresses, base.ID, v.Addresses, base.Evidence)
	b.edges2(at, graph.RelWithPartner, base.ID, v.Partners, base.Evidence)
	for _, d := range v.Drivers {
		dat := at
		if d.line > 0 {
			dat.line = d.line
		}
		enum(b, dat, "mechanism", d.Mechanism, graph.ReformMechanisms)
		from := cmpOr(d.Deployment, d.Mission)
		others := 0
		for _, o := range []string{d.Event, d.Country} {
			if o != "" {
				others++
				from = o
			}
		}
		switch {
		case from == "":
			b.errf(dat, "a driver names a deployment, a mission (or both), an event or a country")
			continue
		case others > 1 || (others == 1 && (d.Deployment != "" || d.Mission != "")):
			b.errf(dat, "a driver names one cause: a deployment and/or its mission, an event, or a country")
			continue
		case d.Country != "" && d.Country != v.Country.ID:
			b.errf(dat, "a driver from a country is that country's participation in general: it must be the reform's country %s, not %s", v.Country.ID, d.Country)
			continue
		}
		for _, f := range [][2]string{{"deployment", d.Deployment}, {"mission", d.Mission}, {"event", d.Event}, {"country", d.Country}} {
			if k, _ := graph.KindOfID(f[1]); f[1] != "" && string(k) != strings.ToUpper(f[0]) {
				b.errf(dat, "driver %s: %q is not a %s ID", f[0], f[1], f[0])
			}
		}
		basis := b.basis(dat, d.Basis)
		if d.Country != "" && basis != graph.AbstractOnly {
			b.errf(dat, "a driver from a country (participation in general) names no deployment, mission or event: only the study's abstract supports it, so its basis is %s", graph.AbstractOnly)
		}
		e := graph.Edge{Type: graph.RelCatalyzed, From: from, To: base.ID, Mechanism: d.Mechanism,
			Explanation: d.Explanation, Note: d.Note, Facts: d.Facts, Basis: basis,
			Evidence: b.evidence(dat, d.evidence, "reform driver of "+base.ID)}
		b.edges = append(b.edges, pendingEdge{edge: e, at: dat})
		if d.Deployment != "" && d.Mission != "" {
			b.checkDriverMission = append(b.checkDriverMission, driverCheck{d.Deployment, d.Mission, dat})
		}
	}
}

func (b *builder) principle(r record, v *principleRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindPrinciple, "principle")
	if !ok {
		return
	}
	enum(b, at, "scope", v.Scope, graph.PrincipleScopes)
	b.required(at, "name", v.Name)
	b.add(&graph.Principle{Base: base, Scope: v.Scope, Name: v.Name, Description: joinNote(v.Description, v.Note)})
	for _, h := range v.HeldBy {
		b.edge(at, graph.RelHolds, ref{ID: base.ID}, h, base.Evidence, true)
	}
	b.edges2(at, graph.RelCompatibleWith, base.ID, v.CompatibleWith, base.Evidence)
	b.edges2(at, graph.RelInTensionWith, base.ID, v.TensionWith, base.Evidence)
	b.edges2(at, graph.RelDefinedIn, base.ID, v.DefinedIn, base.Evidence)
}

func (b *builder) threat(r record, v *threatRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindThreat, "threat")
	if !ok {
		return
	}
	enum(b, at, "kind", v.Kind, graph.ThreatKinds)
	b.required(at, "name", v.Name)
	b.add(&graph.Threat{Base: base, Name: v.Name, ThreatKind: v.Kind, Description: joinNote(v.Description, v.Note)})
	b.edges2(at, graph.RelDefinedIn, base.ID, v.DefinedIn, base.Evidence)
}

func (b *builder) perception(r record, v *perceptionRec) {
	at := where{r.file, r.line}
	ev := b.evidence(at, v.evidence, "threat perception")
	if len(v.Disputes) > 0 {
		ev.Disputes = nil
		b.errf(at, "threat perceptions carry no disputes; record the disagreement in note")
	}
	b.required(at, "country", v.Country.ID)
	b.required(at, "threat", v.Threat.ID)
	sp, _ := b.span(at, v.Since, v.Until, "since", "until")
	e := graph.Edge{Type: graph.RelPerceives, From: v.Country.ID, To: v.Threat.ID,
		Span: &sp, Note: v.Note, Facts: v.Facts, Basis: graph.Stated, Evidence: ev}
	b.edges = append(b.edges, pendingEdge{edge: e, at: at})
}

func (b *builder) finding(r record, v *findingRec) {
	at := where{r.file, r.line}
	kind, rel, what := graph.KindObstacle, graph.RelObstacleFor, "obstacle"
	switch r.section {
	case "benefits":
		kind, rel, what = graph.KindBenefit, graph.RelBenefitFor, "benefit"
	case "recommendations":
		kind, rel, what = graph.KindRecommendation, graph.RelRecommendedFor, "recommendation"
	}
	base, ok := b.node(r, v.common, kind, what)
	if !ok {
		return
	}
	b.required(at, "title", v.Title)
	b.required(at, "country", v.Country.ID)
	f := graph.Finding{Base: base, CountryID: v.Country.ID, Title: v.Title, Description: joinNote(v.Description, v.Note)}
	switch kind {
	case graph.KindObstacle:
		b.add(&graph.Obstacle{Finding: f})
	case graph.KindBenefit:
		b.add(&graph.Benefit{Finding: f})
	default:
		b.add(&graph.Recommendation{Finding: f})
	}
	b.edge(at, rel, ref{ID: base.ID}, v.Country, base.Evidence, false)
	if len(v.Overcomes) > 0 && kind != graph.KindRecommendation {
		b.errf(at, "overcomes belongs to recommendations only")
	}
	b.edges2(at, graph.RelOvercomes, base.ID, v.Overcomes, base.Evidence)
}

func (b *builder) event(r record, v *eventRec) {
	at := where{r.file, r.line}
	base, ok := b.node(r, v.common, graph.KindEvent, "event")
	if !ok {
		return
	}
	b.required(at, "title", v.Title)
	ev := &graph.Event{Base: base, Title: v.Title, Description: joinNote(v.Description, v.Note)}
	if d := b.date(at, "date", v.Date, true); d != nil {
		ev.Date = *d
	}
	if v.Country != nil {
		ev.CountryID = v.Country.ID
		b.edge(at, graph.RelConcerns, ref{ID: base.ID}, *v.Country, base.Evidence, false)
	}
	b.add(ev)
	b.edges2(at, graph.RelRelatedTo, base.ID, v.Related, base.Evidence)
}

type pendingRef struct {
	id string
	at where
}

type driverCheck struct {
	deployment, mission string
	at                  where
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func joinNote(text, note string) string {
	switch {
	case note == "":
		return text
	case text == "":
		return note
	}
	return text + " " + note
}

func (b *builder) series(at where, v *seriesRec) {
	ev := b.evidence(at, v.evidence, "personnel series")
	if !slices.Equal(v.Columns, []string{"troops", "police", "experts"}) {
		b.errf(at, "columns must be [troops, police, experts]")
		return
	}
	cid := v.Country.ID
	cov := b.coverage(at, v.Coverage)
	b.pendingSeries = append(b.pendingSeries, seriesCheck{cid, at, cov})
	seen := map[graph.PartialDate]int{}
	for _, pn := range v.Points {
		pat := where{at.file, pn.Line}
		var p graph.PersonnelPoint
		switch pn.Kind {
		case yaml.SequenceNode:
			var cells []*string
			if err := pn.Decode(&cells); err != nil || len(cells) != 4 || cells[0] == nil {
				b.errf(pat, "a point is [date, troops, police, experts]")
				continue
			}
			d := b.date(pat, "point date", *cells[0], true)
			if d == nil {
				continue
			}
			p.Date = *d
			for i, dst := range []**int{&p.Troops, &p.Police, &p.Experts} {
				c := cells[i+1]
				if c == nil || *c == "null" || *c == "~" {
					continue
				}
				var n int
				if _, err := fmt.Sscanf(*c, "%d", &n); err != nil || n < 0 || fmt.Sprint(n) != *c {
					b.errf(pat, "%s: %q is not a non-negative whole number or null", v.Columns[i], *c)
					continue
				}
				*dst = &n
			}
			p.Evidence = graph.Evidence{Citations: ev.Citations, Confidence: ev.Confidence}
		case yaml.MappingNode:
			for _, m := range unknownKeys(&pn, reflectTypeOfPoint) {
				b.errf(where{at.file, m.line}, "%s", m.msg)
			}
			var pr pointRec
			if err := pn.Decode(&pr); err != nil {
				b.probs = append(b.probs, decodeProblems(at.file, pn.Line, err)...)
				continue
			}
			d := b.date(pat, "date", pr.Date, true)
			if d == nil {
				continue
			}
			p = graph.PersonnelPoint{Date: *d, Troops: pr.Troops, Police: pr.Police, Experts: pr.Experts,
				Evidence: b.evidence(pat, pr.evidence, "personnel point "+pr.Date)}
		default:
			b.errf(pat, "a point is a list [date, troops, police, experts] or a mapping")
			continue
		}
		if prev, dup := seen[p.Date]; dup {
			b.errf(pat, "duplicate point for %s (also line %d)", p.Date, prev)
			continue
		}
		seen[p.Date] = pn.Line
		b.ds.Personnel[cid] = append(b.ds.Personnel[cid], p)
	}
}

type seriesCheck struct {
	country  string
	at       where
	coverage *graph.PersonnelCoverage
}

// coverage checks a series' coverage: months from and to, gaps inside them in order, column
// starts inside them, and its citations.
func (b *builder) coverage(at where, r *coverageRec) *graph.PersonnelCoverage {
	if r == nil {
		b.errf(at, "coverage is required: {from, to, gaps?, columns?, note, citations}, the months the series has data for (a month outside it is no data, never zero)")
		return nil
	}
	month := func(field, v string) *graph.PartialDate {
		d := b.date(at, field, v, true)
		if d != nil && (d.Month == 0 || d.Day != 0) {
			b.errf(at, "%s: %q is not a month (YYYY-MM)", field, v)
			return nil
		}
		return d
	}
	from, to := month("coverage.from", r.From), month("coverage.to", r.To)
	if from == nil || to == nil {
		return nil
	}
	c := &graph.PersonnelCoverage{From: *from, To: *to, Note: r.Note, Citations: b.citations(at, r.Citations, "personnel series coverage")}
	prev := from.First()
	for _, g := range r.Gaps {
		if len(g) != 2 {
			b.errf(at, "coverage.gaps: each gap is [from, to], months")
			continue
		}
		gf, gt := month("coverage.gaps", g[0]), month("coverage.gaps", g[1])
		if gf == nil || gt == nil {
			continue
		}
		if gf.First() <= prev || gt.Last() >= to.Last() || gt.First() < gf.First() {
			b.errf(at, "coverage.gaps: [%s, %s] must lie strictly inside the coverage, in order, without overlap", gf, gt)
		}
		prev = gt.Last()
		c.Gaps = append(c.Gaps, graph.MonthRange{From: *gf, To: *gt})
	}
	for _, col := range r.Columns {
		cf := month("coverage.columns.from", col.From)
		if !slices.Contains([]string{"troops", "police", "experts"}, col.Column) {
			b.errf(at, "coverage.columns: unknown column %q", col.Column)
		}
		if cf != nil {
			c.Columns = append(c.Columns, graph.ColumnCoverage{Column: col.Column, From: *cf, Note: col.Note})
		}
	}
	return c
}
