package seed

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

var reflectTypeOfPoint = reflect.TypeFor[pointRec]()

// resolve checks everything that needs the whole dataset: references, citations, dates against
// missions, orphans; then fills the dataset in its canonical order.
func (b *builder) resolve() {
	for _, c := range b.cites {
		n, ok := b.nodes[c.c.SourceID]
		switch {
		case c.c.SourceID == "":
			b.errf(c.at, "citation without source")
		case !ok:
			b.errf(c.at, "citation of unknown source %q", c.c.SourceID)
		case n.NodeKind() != graph.KindSource:
			b.errf(c.at, "citation of %q, which is not a source", c.c.SourceID)
		}
	}
	// A series is numbered 1 to n, each position once.
	for series, members := range b.ordinals {
		slices.SortFunc(members, func(a, c ordinalAt) int { return cmp.Compare(a.position, c.position) })
		for i, m := range members {
			if m.numbered != members[0].numbered {
				b.errf(m.at, "ordinal of %q: numbered must be the same for the whole series", series)
			}
			if m.position != i+1 {
				b.errf(m.at, "ordinal %d of %q: the series' positions must run 1, 2, 3... without gaps or repeats (%d members)", m.position, series, len(members))
				break
			}
		}
	}
	for a, of := range b.aliases {
		if _, clash := b.ids[a]; clash {
			b.errf(of.at, "alias %q of %s is also a record's ID: an alias names a record merged away", a, of.id)
		}
	}
	// One source per document: two records with the same URL (ignoring scheme, "www." and a
	// trailing slash) must be merged.
	byURL := map[string]string{}
	for id, n := range b.nodes {
		src, ok := n.(*graph.Source)
		if !ok || src.URL == "" {
			continue
		}
		u := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(src.URL, "https://"), "http://"), "www."), "/")
		if other, dup := byURL[u]; dup {
			first, second := other, id
			if second < first {
				first, second = second, first
			}
			b.errf(b.ids[second], "source %s has the same URL as %s: merge them (one source per document)", second, first)
			continue
		}
		byURL[u] = id
	}
	cited := map[string]bool{}
	for _, c := range b.cites {
		cited[c.c.SourceID] = true
	}

	type key struct {
		t             graph.RelType
		from, to, mec string
	}
	seen := map[key]where{}
	linked := map[string]bool{}
	for _, pe := range b.edges {
		e, at := pe.edge, pe.at
		info, _ := graph.RelInfoOf(e.Type)
		ok := true
		for _, end := range []struct {
			id    string
			kinds []graph.Kind
			side  string
		}{{e.From, info.From, "from"}, {e.To, info.To, "to"}} {
			n, found := b.nodes[end.id]
			if a, isAlias := b.aliases[end.id]; !found && isAlias {
				b.errf(at, "%s: %q was merged into %s: refer to that", e.Type, end.id, a.id)
				ok = false
				continue
			}
			if !found {
				b.errf(at, "%s: dangling reference to %q: no such record", e.Type, end.id)
				ok = false
				continue
			}
			if len(end.kinds) > 0 && !slices.Contains(end.kinds, n.NodeKind()) {
				b.errf(at, "%s: %q is a %s; expected %s", e.Type, end.id, n.NodeKind(), kindList(end.kinds))
				ok = false
			}
		}
		if !ok {
			continue
		}
		k := key{e.Type, e.From, e.To, string(e.Mechanism)}
		if info.Symmetric && e.To < e.From {
			k.from, k.to = e.To, e.From // symmetric: one statement per pair
		}
		if prev, dup := seen[k]; dup {
			b.errf(at, "%s from %s to %s stated twice (also %s:%d)", e.Type, e.From, e.To, fileOf(prev.file), prev.line)
			continue
		}
		if e.From == e.To {
			b.errf(at, "%s: %s points at itself", e.Type, e.From)
			continue
		}
		seen[k] = at
		linked[e.From], linked[e.To] = true, true
		b.ds.Edges = append(b.ds.Edges, e)
	}

	for _, r := range b.stageRefs {
		if n, ok := b.nodes[r.id]; !ok || n.NodeKind() != graph.KindLegalInstrument {
			b.errf(r.at, "lifecycle: instrument %q is not a legal instrument record", r.id)
		}
	}
	b.resolveTime()

	for _, d := range b.checkDriverMission {
		if dep, ok := b.nodes[d.deployment].(*graph.Deployment); ok && dep.MissionID != d.mission {
			b.errf(d.at, "driver names deployment %s (in %s) and mission %s: they disagree", d.deployment, dep.MissionID, d.mission)
		}
	}
	// Participation cannot drive a reform that came before it.
	for _, pe := range b.edges {
		e := pe.edge
		if e.Type != graph.RelCatalyzed {
			continue
		}
		r, ok1 := b.nodes[e.To].(*graph.Reform)
		from, ok2 := b.nodes[e.From]
		if !ok1 || !ok2 || r.Date == nil {
			continue
		}
		if sp, _ := from.TimeSpan(); sp.StartsAfter(graph.KnownBound(*r.Date)) {
			b.errf(pe.at, "%s starts %s, after the reform it is said to drive (%s, %s): participation cannot drive an earlier reform; record it as a benefit or fix the dates", e.From, describeBound(sp.Start), r.ID, r.Date)
		}
	}
	for _, s := range b.pendingSeries {
		c, ok := b.nodes[s.country].(*graph.Country)
		if !ok {
			b.errf(s.at, "personnel series of unknown country %q", s.country)
			continue
		}
		linked[s.country] = true
		if s.coverage != nil {
			c.PersonnelCoverage = s.coverage
			b.checkCoverage(s, b.ds.Personnel[s.country])
		}
	}

	// Derived labels and date checks that need the mission.
	for _, n := range b.nodes {
		d, ok := n.(*graph.Deployment)
		if !ok {
			continue
		}
		m, _ := b.nodes[d.MissionID].(*graph.Mission)
		c, _ := b.nodes[d.CountryID].(*graph.Country)
		if m == nil || c == nil {
			continue
		}
		d.Title = c.ISO3 + " in " + m.Acronym
		if d.Unit != "" {
			d.Title += " (" + d.Unit + ")"
		}
	}

	for id, n := range b.nodes {
		at := b.ids[id]
		switch {
		case n.NodeKind() == graph.KindSource:
			if !cited[id] {
				b.errf(at, "source %s is cited by nothing", id)
			}
		case n.NodeKind() == graph.KindCountry && n.(*graph.Country).CaseRole != graph.Partner:
			// the case countries are the graph's anchors
		case !linked[id]:
			b.errf(at, "%s is an orphan: no relationship links it to the rest of the graph", id)
		}
	}

	for _, n := range b.nodes {
		b.ds.Nodes = append(b.ds.Nodes, n)
	}
	slices.SortFunc(b.ds.Nodes, func(a, c graph.Node) int { return strings.Compare(a.NodeID(), c.NodeID()) })
	slices.SortFunc(b.ds.Edges, func(a, c graph.Edge) int {
		return cmp.Or(cmp.Compare(a.Type, c.Type), cmp.Compare(a.From, c.From), cmp.Compare(a.To, c.To), cmp.Compare(a.Mechanism, c.Mechanism))
	})
	for c := range b.ds.Personnel {
		slices.SortFunc(b.ds.Personnel[c], func(a, d graph.PersonnelPoint) int { return a.Date.Compare(d.Date) })
	}
}

func kindList(ks []graph.Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, " or ")
}

// Stats counts the dataset: nodes per kind, relationships per type, and the share of nodes and
// relationships with at least one citation (the validator makes it 100%; stats proves it).
type Stats struct {
	NodesByKind  map[graph.Kind]int
	EdgesByType  map[graph.RelType]int
	Nodes, Edges int
	CitedNodes   int
	CitedEdges   int
	OwnEvidence  int // relationships with their own citations (not inherited from their record)
	Disputes     int
	OpenDisputes int // disputes with a NORMAL value beside the preferred one (graph.Dispute.Open)
	Deprecated   int // disputed values ranked DEPRECATED
	Points       int
	ByConfidence map[graph.Confidence]int
	Facts        int
	Sources      int
	SourcesNoURL int
}

// Count computes Stats for a dataset.
func Count(ds *graph.Dataset) Stats {
	s := Stats{NodesByKind: map[graph.Kind]int{}, EdgesByType: map[graph.RelType]int{}, ByConfidence: map[graph.Confidence]int{}}
	facts := map[string]bool{}
	for _, n := range ds.Nodes {
		s.Nodes++
		s.NodesByKind[n.NodeKind()]++
		b := graph.NodeBase(n)
		if n.NodeKind() == graph.KindSource {
			s.Sources++
			if n.(*graph.Source).URL == "" {
				s.SourcesNoURL++
			}
			s.CitedNodes++ // a source is its own evidence
			continue
		}
		if len(b.Citations) > 0 {
			s.CitedNodes++
		}
		s.ByConfidence[b.Confidence]++
		s.Disputes += len(b.Disputes)
		for _, d := range b.Disputes {
			if d.Open() {
				s.OpenDisputes++
			}
			for _, v := range d.Values {
				if v.Rank == graph.RankDeprecated {
					s.Deprecated++
				}
			}
		}
		for _, f := range b.Facts {
			facts[f] = true
		}
	}
	for _, e := range ds.Edges {
		s.Edges++
		s.EdgesByType[e.Type]++
		if len(e.Citations) > 0 {
			s.CitedEdges++
		}
	}
	for _, ps := range ds.Personnel {
		s.Points += len(ps)
	}
	s.Facts = len(facts)
	return s
}

// String renders the stats as the `seed stats` command prints them.
func (s Stats) String() string {
	var b strings.Builder
	pct := func(n, of int) string {
		if of == 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
	}
	fmt.Fprintf(&b, "nodes: %d (cited: %d, %s)\n", s.Nodes, s.CitedNodes, pct(s.CitedNodes, s.Nodes))
	for _, k := range graph.Kinds {
		fmt.Fprintf(&b, "  %-17s %5d\n", k.Label, s.NodesByKind[k.Kind])
	}
	fmt.Fprintf(&b, "relationships: %d (cited: %d, %s)\n", s.Edges, s.CitedEdges, pct(s.CitedEdges, s.Edges))
	for _, r := range graph.Relations {
		fmt.Fprintf(&b, "  %-17s %5d\n", r.Type, s.EdgesByType[r.Type])
	}
	fmt.Fprintf(&b, "confidence: HIGH %d, MEDIUM %d, LOW %d\n", s.ByConfidence[graph.High], s.ByConfidence[graph.Medium], s.ByConfidence[graph.Low])
	fmt.Fprintf(&b, "disputes: %d (open: %d; deprecated values: %d)\npersonnel points: %d\ndossier facts restated: %d\nsources: %d (without URL: %d)\n",
		s.Disputes, s.OpenDisputes, s.Deprecated, s.Points, s.Facts, s.Sources, s.SourcesNoURL)
	return b.String()
}
