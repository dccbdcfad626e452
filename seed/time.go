package seed

import (
	"fmt"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// resolveTime makes the spans that need the whole dataset and checks time across records
// (FORMAT.md, Dates and spans): the instruments' time in force (graph.InForceSpan), the bound
// an establishing resolution gets from its mission, the deployments' bounds from their
// missions (graph.Span.Within), the open sides of relationships' own spans; then the rules
// that a deployment lies within its mission, an authorizing instrument is in force when the
// deployment starts, and a safeguard existed while the deployments it constrains ran.
func (b *builder) resolveTime() {
	for _, id := range sortedKeys2(b.inForce) {
		l, ok := b.nodes[id].(*graph.LegalInstrument)
		if !ok {
			continue
		}
		p := b.inForce[id]
		l.InForce = graph.InForceSpan(l.InstrumentKind, l.Lifecycle, p.start, p.end)
		if l.InForce.End.Status == "" {
			continue // reported: inForce.end missing
		}
		if err := l.InForce.Validate(); err != nil {
			b.errf(b.ids[id], "time in force: %v", err)
		}
	}

	// A resolution that establishes a mission is its basis while the mission runs.
	for _, e := range b.ds.Edges {
		if e.Type != graph.RelEstablishedBy {
			continue
		}
		m, ok1 := b.nodes[e.From].(*graph.Mission)
		l, ok2 := b.nodes[e.To].(*graph.LegalInstrument)
		if !ok1 || !ok2 || l.InForce.End.Status != graph.Unknown {
			continue
		}
		if d := earliestEnd(m.Span); d != nil && (l.InForce.End.NotBefore == nil || l.InForce.End.NotBefore.First() < d.First()) {
			dd := *d
			l.InForce.End.NotBefore = &dd
			l.InForce.End.Derived = true
			l.InForce.End.Basis = joinBasis(l.InForce.End.Basis, fmt.Sprintf("in force at least while %s, which it established, ran (to %s at the earliest)", m.ID, dd))
		}
	}

	// An amended instrument was in force by the time it was amended; an amendment is part of what
	// it amends and stays in force with it, unless the record says otherwise.
	for _, e := range b.ds.Edges {
		if e.Type != graph.RelAmends {
			continue
		}
		a, ok1 := b.nodes[e.From].(*graph.LegalInstrument)
		l, ok2 := b.nodes[e.To].(*graph.LegalInstrument)
		if !ok1 || !ok2 {
			continue
		}
		if d := earliestStage(a); d != nil && l.InForce.Start.Status == graph.Unknown && (l.InForce.Start.NotAfter == nil || l.InForce.Start.NotAfter.Last() > d.Last()) {
			dd := *d
			l.InForce.Start.NotAfter = &dd
			l.InForce.Start.Derived = true
			l.InForce.Start.Basis = joinBasis(l.InForce.Start.Basis, fmt.Sprintf("in force by %s, when %s amended it", dd, a.ID))
		}
	}
	for _, e := range b.ds.Edges {
		if e.Type != graph.RelAmends {
			continue
		}
		a, ok1 := b.nodes[e.From].(*graph.LegalInstrument)
		l, ok2 := b.nodes[e.To].(*graph.LegalInstrument)
		if !ok1 || !ok2 {
			continue
		}
		if end := a.InForce.End; end.Status == graph.Unknown && end.NotBefore == nil && end.NotAfter == nil && l.InForce.End.Status != "" {
			derived := l.InForce.End
			derived.Derived = true
			derived.Basis = joinBasis(end.Basis, fmt.Sprintf("in force with %s, which it amends (%s)", l.ID, describeBound(l.InForce.End)))
			derived.Citations = nil
			a.InForce.End = derived
		}
	}

	for _, id := range b.sortedIDs(graph.KindDeployment) {
		d := b.nodes[id].(*graph.Deployment)
		m, ok := b.nodes[d.MissionID].(*graph.Mission)
		if !ok || d.Span.Start.Status == "" || d.Span.End.Status == "" || m.Span.Start.Status == "" || m.Span.End.Status == "" {
			continue
		}
		b.checkWithinMission(d, m)
		d.Span, _ = d.Span.Within(m.Span.KnownStart(), m.LatestEnd(), m.ID)
	}

	for i := range b.edges {
		pe := &b.edges[i]
		if pe.edge.Span == nil || (!pe.openStart && !pe.openEnd) {
			continue
		}
		l, ok := b.nodes[pe.edge.To].(*graph.LegalInstrument)
		if !ok {
			continue
		}
		if pe.openStart {
			pe.edge.Span.Start = l.InForce.Start
			pe.edge.Span.Start.Basis = joinBasis("from "+l.ID+"'s entry into force", l.InForce.Start.Basis)
		}
		if pe.openEnd {
			pe.edge.Span.End = l.InForce.End
			pe.edge.Span.End.Basis = joinBasis("while "+l.ID+" is in force", l.InForce.End.Basis)
		}
		if err := pe.edge.Span.Validate(); err != nil {
			b.errf(pe.at, "%s to %s: %v", pe.edge.Type, pe.edge.To, err)
		}
	}

	amends := map[[2]string]bool{}
	for _, e := range b.ds.Edges {
		if e.Type == graph.RelAmends {
			amends[[2]string{e.From, e.To}] = true
		}
	}
	for _, id := range b.sortedIDs(graph.KindLegalInstrument) {
		l := b.nodes[id].(*graph.LegalInstrument)
		for _, st := range l.Lifecycle {
			if st.Stage == graph.StageAmended && st.Instrument != "" && !amends[[2]string{st.Instrument, id}] {
				b.errf(b.ids[id], "lifecycle: AMENDED by %s, but %s does not amend %s (amends)", st.Instrument, st.Instrument, id)
			}
		}
	}

	for _, pe := range b.edges {
		e := pe.edge
		switch e.Type {
		case graph.RelAuthorizedBy:
			d, ok1 := b.nodes[e.From].(*graph.Deployment)
			l, ok2 := b.nodes[e.To].(*graph.LegalInstrument)
			if !ok1 || !ok2 || d.Span.Start.Status == "" || l.InForce.Start.Status == "" {
				continue
			}
			switch e.Role {
			case "":
				if l.InForce.At(d.Span.Start) == graph.No {
					b.errf(pe.at, "authorizedBy %s: not in force when %s starts (%s; in force %s): an instrument that came later is an EXTENSION or a LATER_AMENDMENT (role)", l.ID, d.ID, describeBound(d.Span.Start), describeSpan(l.InForce))
				}
			default:
				if l.InForce.OverlapsSpan(d.Span) == graph.No {
					b.errf(pe.at, "authorizedBy %s (%s): never in force while %s ran (%s; in force %s)", l.ID, e.Role, d.ID, describeSpan(d.Span), describeSpan(l.InForce))
				}
			}
		case graph.RelConstrains:
			sg, ok1 := b.nodes[e.From].(*graph.Safeguard)
			d, ok2 := b.nodes[e.To].(*graph.Deployment)
			if !ok1 || !ok2 || sg.InForce.Start.Status == "" || d.Span.Start.Status == "" {
				continue
			}
			if sg.InForce.OverlapsSpan(d.Span) == graph.No {
				b.errf(pe.at, "%s constrains %s, but was not in force while it ran (the deployment %s; the safeguard %s): a safeguard cannot constrain a deployment before it existed or after it was lifted", sg.ID, d.ID, describeSpan(d.Span), describeSpan(sg.InForce))
			}
		}
	}
}

// checkWithinMission reports a deployment whose stated dates lie outside its mission's: a start
// before the mission's start or after its end, an end (or an "ongoing as of") after the
// mission's end or withdrawal, unless the end is a sourced exception (outlastsMission).
func (b *builder) checkWithinMission(d *graph.Deployment, m *graph.Mission) {
	at := b.ids[d.ID]
	if s, ms := d.Span.KnownStart(), m.Span.KnownStart(); s != nil && ms != nil && s.Last() < ms.First() {
		b.errf(at, "deployment starts %s, before its mission %s starts (%s)", s, m.Acronym, ms)
	}
	latest := m.LatestEnd()
	if latest == nil {
		if b.outlasts[d.ID] {
			b.errf(at, "end: outlastsMission, but %s's end is not a known date", m.Acronym)
		}
		return
	}
	what := fmt.Sprintf("its mission %s ends %s", m.Acronym, m.Span.KnownEnd())
	if m.Withdrawal != nil {
		what += fmt.Sprintf(", withdrawal by %s", m.Withdrawal.Date)
	}
	if s := d.Span.KnownStart(); s != nil && s.First() > latest.Last() {
		b.errf(at, "deployment starts %s, after %s", s, what)
	}
	switch end := d.Span.End; end.Status {
	case graph.Known:
		after := end.Date.First() > latest.Last()
		switch {
		case after && !b.outlasts[d.ID]:
			b.errf(at, "deployment ends %s, after %s; fix it, or record the sourced exception (end: {date, outlastsMission: true, basis, citations})", end.Date, what)
		case !after && b.outlasts[d.ID]:
			b.errf(at, "end: outlastsMission, but %s is not after %s", end.Date, what)
		}
	case graph.Ongoing:
		if end.AsOf.First() > latest.Last() {
			b.errf(at, "deployment is said to run as of %s, after %s", end.AsOf, what)
		}
	}
}

// earliestStage is the date of an instrument's earliest adoption, promulgation, publication or
// entry into force, nil when it has none: by then what it amends existed.
func earliestStage(l *graph.LegalInstrument) *graph.PartialDate {
	var d *graph.PartialDate
	for i, st := range l.Lifecycle {
		switch st.Stage {
		case graph.StageAdopted, graph.StagePromulgated, graph.StagePublished, graph.StageInForce:
			if d == nil || st.Date.First() < d.First() {
				d = &l.Lifecycle[i].Date
			}
		}
	}
	return d
}

// earliestEnd is the earliest a span can end, as a date: its Known end, an Ongoing end's asOf,
// an Unknown end's notBefore; nil when nothing bounds it.
func earliestEnd(s graph.Span) *graph.PartialDate {
	switch s.End.Status {
	case graph.Known:
		return s.End.Date
	case graph.Ongoing:
		return s.End.AsOf
	}
	return s.End.NotBefore
}

// checkCoverage holds a series to its stated coverage: every point inside it, a point for every
// month it covers, and no figure in a column before that column's own start.
func (b *builder) checkCoverage(s seriesCheck, points []graph.PersonnelPoint) {
	c := s.coverage
	for _, p := range points {
		if !c.Covers(p.Date) {
			b.errf(s.at, "personnel point %s lies outside the series' coverage (%s to %s, gaps excluded)", p.Date, c.From, c.To)
		}
	}
	// A month has data when a point covers it (a year's figure covers its twelve months).
	hasPoint := func(m graph.PartialDate) bool {
		for _, p := range points {
			if p.Date.First() <= m.First() && m.Last() <= p.Date.Last() {
				return true
			}
		}
		return false
	}
	var missing []string
	for y, m := c.From.Year, c.From.Month; y < c.To.Year || (y == c.To.Year && m <= c.To.Month); m++ {
		if m > 12 {
			y, m = y+1, 1
		}
		d := graph.PartialDate{Year: y, Month: m}
		if d.First() > c.To.Last() {
			break
		}
		if !hasPoint(d) && c.Covers(d) {
			missing = append(missing, d.String())
		}
	}
	if len(missing) > 0 {
		b.errf(s.at, "coverage claims months the series has no point for: %v (declare them as gaps)", missing)
	}
	for _, col := range c.Columns {
		for _, p := range points {
			v := map[string]*int{"troops": p.Troops, "police": p.Police, "experts": p.Experts}[col.Column]
			if v != nil && p.Date.First() < col.From.First() {
				b.errf(s.at, "coverage: column %s starts %s, but the point %s has a figure in it", col.Column, col.From, p.Date)
			}
		}
	}
}

// describeBound renders a bound for a message.
func describeBound(b graph.Bound) string {
	switch b.Status {
	case graph.Known:
		return b.Date.String()
	case graph.Ongoing:
		return "ongoing as of " + b.AsOf.String()
	}
	s := "unknown"
	if b.NotBefore != nil {
		s += ", not before " + b.NotBefore.String()
	}
	if b.NotAfter != nil {
		s += ", not after " + b.NotAfter.String()
	}
	return s
}

func describeSpan(s graph.Span) string {
	return describeBound(s.Start) + " to " + describeBound(s.End)
}

func joinBasis(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// sortedIDs lists the IDs of the nodes of kind k, in order (so problems come in a stable order).
func (b *builder) sortedIDs(k graph.Kind) []string {
	var out []string
	for id, n := range b.nodes {
		if n.NodeKind() == k {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func sortedKeys2[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
