package graph

import "fmt"

// Time is three-valued. A date the sources do not give is unknown: not "still running" and not
// absent. Every dated span (a mission, a deployment, a safeguard or a legal instrument in force,
// a threat perception) has a start and an end Bound, each a known date or an explicit status,
// and every question asked of time (is it active in a window, did it start in one, was it in
// force at a date) has three answers: Yes, No, or Maybe when the bounds leave it open. A filter
// counts only Yes and reports Maybe apart (ListQuery.IncludeUncertain, Page.Uncertain). The
// rules are here, once, as plain functions over ISO day strings, so that a store can compile
// them to a query (the Neo4j store keeps each span's Interval as properties).

// BoundStatus says what is known of a span's bound, as Wikidata's known value / unknown value.
type BoundStatus string

// The bound statuses.
const (
	// Known: Date holds the date, at the precision the source gives.
	Known BoundStatus = "KNOWN"
	// Ongoing (an end only): a source says the span still runs, as of AsOf (required). Nothing
	// is known after AsOf: it may have ended since.
	Ongoing BoundStatus = "ONGOING"
	// Unknown: it began or ended, but the sources do not say when. NotBefore and NotAfter say
	// what is known of when.
	Unknown BoundStatus = "UNKNOWN"
)

// BoundStatuses lists the statuses in the order the SDL lists them.
var BoundStatuses = []BoundStatus{Known, Ongoing, Unknown}

// Bound is one end of a span.
type Bound struct {
	Status BoundStatus `json:"status"`
	// Date is the date of a Known bound.
	Date *PartialDate `json:"date,omitempty"`
	// AsOf is the date of the statement that an Ongoing span still runs.
	AsOf *PartialDate `json:"asOf,omitempty"`
	// NotBefore and NotAfter are the earliest and the latest an Unknown bound can be (and, for
	// an Ongoing end, NotAfter is never set). Either may be nil: unbounded on that side.
	NotBefore *PartialDate `json:"notBefore,omitempty"`
	NotAfter  *PartialDate `json:"notAfter,omitempty"`
	// Basis says why the bound is what it is: the reasoning behind a derived date or a
	// NotBefore/NotAfter, or why it is unknown ("bounded by mission:unmogip's end 2017-10").
	Basis string `json:"basis,omitempty"`
	// Derived is true when the date or a NotBefore/NotAfter was derived (by a rule such as
	// "a deployment ends by its mission's end", or from other sourced dates as Basis says),
	// not stated by a source for this record.
	Derived bool `json:"derived,omitempty"`
	// Citations are the evidence for this bound; empty: the record's own.
	Citations []Citation `json:"citations,omitempty"`
}

// KnownBound is a Known bound at d.
func KnownBound(d PartialDate) Bound { return Bound{Status: Known, Date: &d} }

// Span is a period with explicit bounds.
type Span struct {
	Start Bound `json:"start"`
	End   Bound `json:"end"`
}

// PointSpan is the span of a dated point (an event, a reform, an adoption): it starts and ends
// on d. A point with no date is a span of unknown bounds.
func PointSpan(d *PartialDate) Span {
	if d == nil || d.IsZero() {
		u := Bound{Status: Unknown, Basis: "the sources give no date"}
		return Span{Start: u, End: u}
	}
	return Span{Start: KnownBound(*d), End: KnownBound(*d)}
}

// KnownStart is the start date when it is Known, else nil.
func (s Span) KnownStart() *PartialDate { return s.Start.KnownDate() }

// KnownEnd is the end date when it is Known, else nil.
func (s Span) KnownEnd() *PartialDate { return s.End.KnownDate() }

// KnownDate is the date of a Known bound, else nil.
func (b Bound) KnownDate() *PartialDate {
	if b.Status == Known {
		return b.Date
	}
	return nil
}

// Validate checks the shape of a bound: what each status requires and forbids. side is
// "start" or "end" (a start cannot be Ongoing).
func (b Bound) Validate(side string) error {
	switch b.Status {
	case Known:
		if b.Date == nil || b.Date.IsZero() {
			return fmt.Errorf("%s: a KNOWN bound needs its date", side)
		}
		if b.AsOf != nil || b.NotBefore != nil || b.NotAfter != nil {
			return fmt.Errorf("%s: a KNOWN bound has a date, not asOf, notBefore or notAfter", side)
		}
	case Ongoing:
		if side == "start" {
			return fmt.Errorf("start: ONGOING is a status of an end only")
		}
		if b.AsOf == nil || b.AsOf.IsZero() {
			return fmt.Errorf("%s: an ONGOING bound needs asOf, the date of the statement that it still runs", side)
		}
		if b.Date != nil || b.NotAfter != nil {
			return fmt.Errorf("%s: an ONGOING bound has asOf (and at most notBefore), not date or notAfter", side)
		}
	case Unknown:
		if b.Date != nil || b.AsOf != nil {
			return fmt.Errorf("%s: an UNKNOWN bound has no date or asOf; give what is known as notBefore/notAfter", side)
		}
		if b.NotBefore != nil && b.NotAfter != nil && b.NotBefore.First() > b.NotAfter.Last() {
			return fmt.Errorf("%s: notBefore %s is after notAfter %s", side, b.NotBefore, b.NotAfter)
		}
	default:
		return fmt.Errorf("%s: unknown status %q (one of %s)", side, b.Status, OneOf(BoundStatuses))
	}
	return nil
}

// Validate checks both bounds and that the span cannot end before it starts.
func (s Span) Validate() error {
	if err := s.Start.Validate("start"); err != nil {
		return err
	}
	if err := s.End.Validate("end"); err != nil {
		return err
	}
	iv := s.Interval()
	if iv.StartLo != "" && iv.EndHi != "" && iv.EndHi < iv.StartLo {
		return fmt.Errorf("the span ends (at the latest %s) before it starts (at the earliest %s)", iv.EndHi, iv.StartLo)
	}
	return nil
}

// Interval is what a span's bounds allow, as ISO days ("1992-06-01"): the earliest and the
// latest each bound can be, "" meaning unbounded (before all dates for a Lo, after all dates
// for a Hi). A Known bound is its date's first and last day and follows the documented rule of
// partial dates: it counts as falling in a range if any day of it does (StartKnown, EndKnown).
//
//   - Known start d: [d.First, d.Last]; Known end d: [d.First, d.Last].
//   - Unknown start: [NotBefore.First or open, NotAfter.Last or open].
//   - Unknown end: [NotBefore.First or the start's earliest, NotAfter.Last or open].
//   - Ongoing end as of A: [A.First (it ran until then), open].
//
// A store may keep these four strings (and the two flags) to filter in its own query language;
// Overlaps, StartsIn and At are the rules.
type Interval struct {
	StartLo, StartHi string
	EndLo, EndHi     string
	StartKnown       bool
	EndKnown         bool
}

// Interval computes the span's interval (see Interval).
func (s Span) Interval() Interval {
	var iv Interval
	switch b := s.Start; b.Status {
	case Known:
		iv.StartLo, iv.StartHi, iv.StartKnown = b.Date.First(), b.Date.Last(), true
	default:
		iv.StartLo, iv.StartHi = first(b.NotBefore), last(b.NotAfter)
	}
	switch b := s.End; b.Status {
	case Known:
		iv.EndLo, iv.EndHi, iv.EndKnown = b.Date.First(), b.Date.Last(), true
	case Ongoing:
		iv.EndLo = first(b.AsOf)
		if nb := first(b.NotBefore); nb > iv.EndLo {
			iv.EndLo = nb
		}
	default:
		iv.EndLo, iv.EndHi = first(b.NotBefore), last(b.NotAfter)
		if iv.EndLo == "" || iv.EndLo < iv.StartLo {
			iv.EndLo = iv.StartLo // it cannot end before its earliest start
		}
	}
	return iv
}

func first(d *PartialDate) string {
	if d == nil || d.IsZero() {
		return ""
	}
	return d.First()
}

func last(d *PartialDate) string {
	if d == nil || d.IsZero() {
		return ""
	}
	return d.Last()
}

// Truth is a three-valued answer.
type Truth int

// The answers. They are ordered: And is the minimum, Or the maximum.
const (
	No Truth = iota
	Maybe
	Yes
)

func (t Truth) String() string {
	switch t {
	case Yes:
		return "YES"
	case Maybe:
		return "MAYBE"
	}
	return "NO"
}

// And is the three-valued conjunction: Yes only when both are.
func (t Truth) And(o Truth) Truth { return min(t, o) }

// Certainty is how a Yes or Maybe answer is reported to users: KNOWN or POSSIBLE.
type Certainty string

// The certainties.
const (
	CertainKnown Certainty = "KNOWN"
	Possible     Certainty = "POSSIBLE"
)

// Certainties lists the values in the order the SDL lists them.
var Certainties = []Certainty{CertainKnown, Possible}

// CertaintyOf reports Yes as KNOWN and Maybe as POSSIBLE ("" for No).
func CertaintyOf(t Truth) Certainty {
	switch t {
	case Yes:
		return CertainKnown
	case Maybe:
		return Possible
	}
	return ""
}

// Overlaps reports whether the span was active at some point of r (inclusive at the precision
// of r's ends; a nil end of r is open). Yes when its start is known to come by r's end and its
// end known to come after r's start; No when it is known to start after r or to end before it;
// Maybe otherwise.
func (s Span) Overlaps(r DateRange) Truth { return s.Interval().Overlaps(r) }

// StartsIn reports whether the span started within r: a Known start by the rule of partial
// dates (any day of it in r), an Unknown one Yes when its bounds lie inside r, No when they lie
// outside it, Maybe when they straddle an end of r.
func (s Span) StartsIn(r DateRange) Truth { return s.Interval().StartsIn(r) }

// Overlaps is Span.Overlaps on the interval.
func (iv Interval) Overlaps(r DateRange) Truth {
	from, to := first(r.From), last(r.To)
	// The start's latest and the end's earliest for the Yes test: a Known date counts at the
	// day of it most favourable to overlapping (its first day for a start, its last for an end).
	startBy, endFrom := iv.StartHi, iv.EndLo
	if iv.StartKnown {
		startBy = iv.StartLo
	}
	if iv.EndKnown {
		endFrom = iv.EndHi
	}
	if (to != "" && iv.StartLo != "" && iv.StartLo > to) || (from != "" && iv.EndHi != "" && iv.EndHi < from) {
		return No
	}
	if (to == "" || (startBy != "" && startBy <= to)) && (from == "" || (endFrom != "" && endFrom >= from)) {
		return Yes
	}
	return Maybe
}

// StartsIn is Span.StartsIn on the interval.
func (iv Interval) StartsIn(r DateRange) Truth {
	from, to := first(r.From), last(r.To)
	if iv.StartKnown {
		if (to == "" || iv.StartLo <= to) && (from == "" || iv.StartHi >= from) {
			return Yes
		}
		return No
	}
	if (from != "" && iv.StartHi != "" && iv.StartHi < from) || (to != "" && iv.StartLo != "" && iv.StartLo > to) {
		return No
	}
	if (from == "" || (iv.StartLo != "" && iv.StartLo >= from)) && (to == "" || (iv.StartHi != "" && iv.StartHi <= to)) {
		return Yes
	}
	return Maybe
}

// At reports whether the span was running at the time b (another span's bound) stands for:
// Yes when it is known to have started by b's earliest and to run past b's latest, No when it
// is known to start after b's latest or to end before b's earliest. A Known b is the range of
// its date, by the rule of partial dates.
func (s Span) At(b Bound) Truth {
	r := b.Range()
	iv := s.Interval()
	lo, hi := first(r.From), last(r.To)
	startBy, endFrom := iv.StartHi, iv.EndLo
	if iv.StartKnown {
		startBy = iv.StartLo
	}
	if iv.EndKnown {
		endFrom = iv.EndHi
	}
	if (hi != "" && iv.StartLo != "" && iv.StartLo > hi) || (lo != "" && iv.EndHi != "" && iv.EndHi < lo) {
		return No
	}
	if b.Status == Known {
		// The date is the instant, at its precision: in force on some day of it.
		if (hi == "" || (startBy != "" && startBy <= hi)) && (lo == "" || (endFrom != "" && endFrom >= lo)) {
			return Yes
		}
		return Maybe
	}
	if lo != "" && hi != "" && startBy != "" && startBy <= lo && endFrom != "" && endFrom >= hi {
		return Yes
	}
	return Maybe
}

// StartsAfter reports whether s is known to have started after b (another span's bound) could
// be: its earliest start is after b's latest.
func (s Span) StartsAfter(b Bound) bool {
	hi := last(b.Range().To)
	lo := s.Interval().StartLo
	return hi != "" && lo != "" && lo > hi
}

// Range is the range of dates a bound can stand for: a Known date's, an Unknown one's
// [NotBefore, NotAfter] (open where unbounded), an Ongoing one's [AsOf, open).
func (b Bound) Range() DateRange {
	switch b.Status {
	case Known:
		return DateRange{From: b.Date, To: b.Date}
	case Ongoing:
		return DateRange{From: b.AsOf}
	}
	return DateRange{From: b.NotBefore, To: b.NotAfter}
}

// Within bounds s by outer: an Unknown start not before outer's known start, an Unknown end
// not after outer's latest end (outerEnd, when known). It returns s with the tightened bounds
// marked Derived and their basis, and whether anything changed. The seed loader calls it for
// every deployment with its mission ("a deployment cannot outlast its mission"), so both
// stores serve the same derived bounds.
func (s Span) Within(outerStart *PartialDate, outerEnd *PartialDate, what string) (Span, bool) {
	changed := false
	if outerStart != nil && s.Start.Status == Unknown && (s.Start.NotBefore == nil || s.Start.NotBefore.First() < outerStart.First()) {
		d := *outerStart
		s.Start.NotBefore = &d
		s.Start.Derived = true
		s.Start.Basis = joinBasis(s.Start.Basis, fmt.Sprintf("not before %s started (%s)", what, d))
		changed = true
	}
	if outerEnd != nil && s.End.Status == Unknown && (s.End.NotAfter == nil || s.End.NotAfter.Last() > outerEnd.Last()) {
		d := *outerEnd
		s.End.NotAfter = &d
		s.End.Derived = true
		s.End.Basis = joinBasis(s.End.Basis, fmt.Sprintf("ended by %s at the latest (%s)", d, what))
		changed = true
	}
	if outerEnd != nil && s.Start.Status == Unknown && (s.Start.NotAfter == nil || s.Start.NotAfter.Last() > outerEnd.Last()) {
		d := *outerEnd
		s.Start.NotAfter = &d
		s.Start.Derived = true
		s.Start.Basis = joinBasis(s.Start.Basis, fmt.Sprintf("began by %s at the latest (%s)", d, what))
		changed = true
	}
	return s, changed
}

func joinBasis(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// TimeFilter is the time part of a list query: Active keeps spans active at some point of the
// range, Started those that started within it (both when both are given). Maybe answers are
// left out unless IncludeUncertain, and reported apart either way (Page.Uncertain).
type TimeFilter struct {
	Active           DateRange
	Started          DateRange
	IncludeUncertain bool
}

// IsZero reports a filter that keeps everything.
func (f TimeFilter) IsZero() bool { return f.Active.IsZero() && f.Started.IsZero() }

// Validate rejects inverted ranges.
func (f TimeFilter) Validate() error {
	if err := f.Active.Validate(); err != nil {
		return err
	}
	return f.Started.Validate()
}

// Match is the one time rule of every list, filter, selectivity and export: the three-valued
// answer for a span (its interval) under the filter. Yes is kept, Maybe kept only with
// IncludeUncertain and always reported apart, No dropped.
func (f TimeFilter) Match(iv Interval) Truth {
	t := Yes
	if !f.Active.IsZero() {
		t = t.And(iv.Overlaps(f.Active))
	}
	if !f.Started.IsZero() {
		t = t.And(iv.StartsIn(f.Started))
	}
	return t
}

// Keeps reports whether an answer passes the filter.
func (f TimeFilter) Keeps(t Truth) bool { return t == Yes || (t == Maybe && f.IncludeUncertain) }

// OverlapsSpan reports whether two spans share some time, by the rules of Overlaps: Yes when
// each is known to start by the time the other is known to still run, No when one is known to
// start after the other ended.
func (s Span) OverlapsSpan(o Span) Truth {
	a, b := s.Interval(), o.Interval()
	if (a.StartLo != "" && b.EndHi != "" && a.StartLo > b.EndHi) || (b.StartLo != "" && a.EndHi != "" && b.StartLo > a.EndHi) {
		return No
	}
	if le(a.startBy(), b.endFrom()) && le(b.startBy(), a.endFrom()) {
		return Yes
	}
	return Maybe
}

// startBy is the latest the start can be for a Yes (a Known start at its first day).
func (iv Interval) startBy() string {
	if iv.StartKnown {
		return iv.StartLo
	}
	return iv.StartHi
}

// endFrom is the earliest the end can be for a Yes (a Known end at its last day).
func (iv Interval) endFrom() string {
	if iv.EndKnown {
		return iv.EndHi
	}
	return iv.EndLo
}

// le compares a start's latest ("" after all dates) with an end's earliest ("" before all
// dates, unless the end is open-ended).
func le(startBy, endFrom string) bool { return startBy != "" && endFrom != "" && startBy <= endFrom }
