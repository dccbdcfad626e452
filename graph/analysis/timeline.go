package analysis

import (
	"cmp"
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// Entry is one dated item of a timeline.
type Entry struct {
	Date graph.PartialDate
	// Kind is EVENT, REFORM, LEGAL_INSTRUMENT or DEPLOYMENT.
	Kind graph.Kind
	// Title is the node's label: an event's, reform's or instrument's title, a deployment's
	// derived title ("ARG in UNPROFOR").
	Title string
	// CountryID is the node's country; "" for an event or instrument of no country (a UN
	// resolution, say).
	CountryID string
	NodeID    string
	// Citations are the node's own (the package's citation rule).
	Citations []graph.Citation
}

// timelineKinds are the kinds a timeline shows, each dated by the start of its graph.Span: an
// event's or reform's date, an instrument's adoption, a deployment's start.
var timelineKinds = []graph.Kind{graph.KindEvent, graph.KindReform, graph.KindLegalInstrument, graph.KindDeployment}

// Timeline returns the events, reforms, legal instruments (dated by adoption) and deployments
// (dated by start) of the given countries whose date falls in r, as a point: r.Contains(date),
// inclusive at the precision of both. An item without a Known date (an undated reform, an
// instrument whose adoption the sources do not date, a deployment whose start is unknown) is
// always left out, even when r is unbounded, and so is a deployment that started before r
// even if it was still active in it.
//
// countries filters by the node's own country; no country means every country and also the
// items of none (UN resolutions, world events). Repeated countries count once. NotFound for an
// unknown country; Invalid for an inverted range.
//
// Order: by date (PartialDate order: "1992" < "1992-06" < "1992-06-15"), then kind name
// (DEPLOYMENT < EVENT < LEGAL_INSTRUMENT < REFORM), then node ID.
//
// Store calls: at most 5, whatever the number of countries: Get the countries (when any), then
// one List per kind over the whole graph with r as its Active filter; the country filter is
// applied here rather than with one List per (kind, country).
func Timeline(ctx context.Context, s graph.Store, countryIDs []string, r graph.DateRange) ([]Entry, error) {
	const op = "analysis.Timeline"
	if err := checkRange(op, r); err != nil {
		return nil, err
	}
	ids, err := normalizeCountries(op, countryIDs)
	if err != nil {
		return nil, err
	}
	var uniq, raw []string
	want := map[string]bool{}
	for i, id := range ids {
		if !want[id] {
			want[id] = true
			uniq, raw = append(uniq, id), append(raw, countryIDs[i])
		}
	}
	if len(uniq) > 0 {
		if err := loadCountries(ctx, s, op, uniq, raw); err != nil {
			return nil, err
		}
	}
	out := []Entry{}
	for _, k := range timelineKinds {
		// Started is exact for a Known start (the only ones a timeline shows); the test below
		// keeps only those.
		page, err := s.List(ctx, graph.ListQuery{Kind: k, Started: r, Order: graph.OrderID})
		if err != nil {
			return nil, wrap(op, err)
		}
		for _, n := range page.Nodes {
			e, ok := entryOf(n)
			if !ok || !r.Contains(e.Date) || (len(want) > 0 && !want[e.CountryID]) {
				continue
			}
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b Entry) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.NodeID, b.NodeID))
	})
	return out, nil
}

// entryOf makes the timeline entry of n; ok is false for an undated node or another kind.
func entryOf(n graph.Node) (Entry, bool) {
	var country string
	switch v := n.(type) {
	case *graph.Event:
		country = v.CountryID
	case *graph.Reform:
		country = v.CountryID
	case *graph.LegalInstrument:
		country = v.CountryID
	case *graph.Deployment:
		country = v.CountryID
	default:
		return Entry{}, false
	}
	sp, _ := n.TimeSpan()
	start := sp.KnownStart()
	if start == nil || start.IsZero() {
		return Entry{}, false
	}
	return Entry{Date: *start, Kind: n.NodeKind(), Title: n.Label(), CountryID: country, NodeID: n.NodeID(),
		Citations: citations(graph.NodeBase(n).Citations)}, true
}
