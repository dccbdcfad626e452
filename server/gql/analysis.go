package gql

import (
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/analysis"
	"github.com/peacegraph/peacegraph/server/cite"
)

// The comparative queries: graph/analysis computes them over the Store (so both backends
// agree by construction); these functions only load the nodes they name, in one batch each.

// nodeSet loads many nodes in one batch and hands them out by ID.
type nodeSet map[string]graph.Node

func (r *Resolver) loadSet(ctx context.Context, ids []string) (nodeSet, error) {
	uniq := map[string]bool{}
	var list []string
	for _, id := range ids {
		if id != "" && !uniq[id] {
			uniq[id] = true
			list = append(list, id)
		}
	}
	nodes, err := r.loaders(ctx).nodes.LoadAll(ctx, list)
	if err != nil {
		return nil, err
	}
	set := nodeSet{}
	for i, n := range nodes {
		if n != nil {
			set[list[i]] = n
		}
	}
	return set, nil
}

func get[T graph.Node](set nodeSet, id string) T {
	t, _ := set[id].(T)
	return t
}

// getAll is get for every ID, in order.
func getAll[T graph.Node](set nodeSet, ids []string) []T {
	out := make([]T, 0, len(ids))
	for _, id := range ids {
		out = append(out, get[T](set, id))
	}
	return out
}

func citations(cs []graph.Citation) []*graph.Citation {
	out := make([]*graph.Citation, len(cs))
	for i := range cs {
		out[i] = &cs[i]
	}
	return out
}

func (r *Resolver) compare(ctx context.Context, countries, dimensions []string) (*Comparison, error) {
	ids := make([]string, len(countries))
	for i, c := range countries {
		ids[i] = graph.CountryID(c)
	}
	// The ComparisonDimension enum is analysis's keys in SCREAMING_SNAKE_CASE (schema_test).
	var dims []string
	for _, d := range dimensions {
		key := d
		for _, k := range analysis.Dimensions() {
			if (graph.Field{Name: k}).OrderName() == d {
				key = k
			}
		}
		dims = append(dims, key)
	}
	cmp, err := analysis.Compare(ctx, r.Store, ids, dims...)
	if err != nil {
		return nil, err
	}
	need := append([]string{}, cmp.CountryIDs...)
	for _, row := range cmp.Rows {
		for _, c := range row.Cells {
			need = append(need, c.NodeIDs...)
		}
	}
	set, err := r.loadSet(ctx, need)
	if err != nil {
		return nil, err
	}
	out := &Comparison{}
	for _, id := range cmp.CountryIDs {
		out.Countries = append(out.Countries, get[*graph.Country](set, id))
	}
	for _, row := range cmp.Rows {
		gr := &ComparisonRow{Dimension: row.Dimension, Description: row.Description}
		for _, c := range row.Cells {
			cell := &ComparisonCell{Country: get[*graph.Country](set, c.CountryID), Values: c.Values, Items: []*ComparisonValue{},
				Nodes: []graph.Node{}, Citations: citations(c.Citations), Empty: c.Empty}
			for _, v := range c.Items {
				cell.Items = append(cell.Items, &ComparisonValue{Text: v.Text, Number: v.Number, Date: v.Date, Node: set[v.NodeID], Key: optString(v.Key)})
			}
			for _, id := range c.NodeIDs {
				if n := set[id]; n != nil {
					cell.Nodes = append(cell.Nodes, n)
				}
			}
			gr.Cells = append(gr.Cells, cell)
		}
		out.Rows = append(out.Rows, gr)
	}
	return out, nil
}

func (r *Resolver) reformPathways(ctx context.Context, country string, mechanism *graph.ReformMechanism) ([]*ReformPathway, error) {
	ps, err := analysis.ReformPathways(ctx, r.Store, graph.CountryID(country), deref(mechanism))
	if err != nil {
		return nil, err
	}
	var need []string
	for _, p := range ps {
		need = append(need, p.CountryID, p.FromID, p.DeploymentID, p.MissionID, p.ReformID)
	}
	set, err := r.loadSet(ctx, need)
	if err != nil {
		return nil, err
	}
	out := make([]*ReformPathway, len(ps))
	for i, p := range ps {
		out[i] = &ReformPathway{Country: get[*graph.Country](set, p.CountryID), From: set[p.FromID], Deployment: get[*graph.Deployment](set, p.DeploymentID),
			Mission: get[*graph.Mission](set, p.MissionID), Reform: get[*graph.Reform](set, p.ReformID), Mechanism: p.Mechanism,
			Explanation: optString(p.Explanation), Note: optString(p.Note), Basis: p.Basis, Confidence: p.Confidence,
			Citations: citations(p.Citations), Facts: append([]string{}, p.Facts...)}
	}
	return out, nil
}

func (r *Resolver) compliance(ctx context.Context, country string) ([]*ComplianceRecord, error) {
	recs, err := analysis.Compliance(ctx, r.Store, graph.CountryID(country))
	if err != nil {
		return nil, err
	}
	var need []string
	for _, c := range recs {
		need = append(need, c.DeploymentID)
		for _, l := range c.Safeguards {
			need = append(need, l.SafeguardID)
		}
		for _, b := range c.Basis {
			need = append(append(append(need, b.InstrumentID), b.Safeguards...), b.Amends...)
		}
	}
	set, err := r.loadSet(ctx, need)
	if err != nil {
		return nil, err
	}
	out := make([]*ComplianceRecord, len(recs))
	for i, c := range recs {
		rec := &ComplianceRecord{Deployment: get[*graph.Deployment](set, c.DeploymentID), Safeguards: []*graph.Safeguard{},
			SafeguardLinks: []*SafeguardLink{}, LegalBasis: []*graph.LegalInstrument{}, Basis: []*LegalBasisEntry{},
			Citations: citations(c.Citations)}
		for _, id := range c.SafeguardIDs {
			rec.Safeguards = append(rec.Safeguards, get[*graph.Safeguard](set, id))
		}
		for _, l := range c.Safeguards {
			rec.SafeguardLinks = append(rec.SafeguardLinks, &SafeguardLink{Safeguard: get[*graph.Safeguard](set, l.SafeguardID),
				Applies: l.Applies, Citations: citations(l.Citations), CitationsInheritedFrom: l.InheritedFrom,
				Confidence: l.Confidence, Note: optString(l.Note)})
		}
		for _, id := range c.LegalBasisIDs {
			rec.LegalBasis = append(rec.LegalBasis, get[*graph.LegalInstrument](set, id))
		}
		for _, b := range c.Basis {
			e := &LegalBasisEntry{Instrument: get[*graph.LegalInstrument](set, b.InstrumentID), Role: b.Role(), Roles: b.Roles,
				Applies: b.Applies, Safeguards: []*graph.Safeguard{}, Amends: []*graph.LegalInstrument{},
				Citations: citations(b.Citations), CitationsInheritedFrom: b.InheritedFrom}
			for _, id := range b.Safeguards {
				e.Safeguards = append(e.Safeguards, get[*graph.Safeguard](set, id))
			}
			for _, id := range b.Amends {
				e.Amends = append(e.Amends, get[*graph.LegalInstrument](set, id))
			}
			rec.Basis = append(rec.Basis, e)
		}
		out[i] = rec
	}
	return out, nil
}

func (r *Resolver) timeline(ctx context.Context, countries []string, from, to *graph.PartialDate) ([]*TimelineEntry, error) {
	ids := make([]string, len(countries))
	for i, c := range countries {
		ids[i] = graph.CountryID(c)
	}
	es, err := analysis.Timeline(ctx, r.Store, ids, graph.DateRange{From: from, To: to})
	if err != nil {
		return nil, err
	}
	var need []string
	for _, e := range es {
		need = append(need, e.NodeID, e.CountryID)
	}
	set, err := r.loadSet(ctx, need)
	if err != nil {
		return nil, err
	}
	out := make([]*TimelineEntry, len(es))
	for i, e := range es {
		out[i] = &TimelineEntry{Date: e.Date, Kind: e.Kind, Title: e.Title, Country: get[*graph.Country](set, e.CountryID),
			Node: set[e.NodeID], Citations: citations(e.Citations)}
	}
	return out, nil
}

func (r *Resolver) selectivity(ctx context.Context, c *graph.Country, from, to *graph.PartialDate) (*SelectivityProfile, error) {
	p, err := analysis.Selectivity(ctx, r.Store, c.ID, graph.DateRange{From: from, To: to})
	if err != nil {
		return nil, err
	}
	need := slices.Concat(p.DeploymentIDs, p.JoinedDeploymentIDs, p.UncertainDeployments, p.UncertainStarts, p.UncertainMissions)
	for _, f := range p.Functions {
		need = append(need, f.FunctionID)
	}
	set, err := r.loadSet(ctx, need)
	if err != nil {
		return nil, err
	}
	out := &SelectivityProfile{Country: c, MissionsJoined: p.MissionsJoined, MissionsParticipated: p.MissionsParticipated,
		MissionsActive: p.MissionsActive, Share: p.Share, Deployments: getAll[*graph.Deployment](set, p.DeploymentIDs),
		Joined: getAll[*graph.Deployment](set, p.JoinedDeploymentIDs), UncertainDeployments: getAll[*graph.Deployment](set, p.UncertainDeployments),
		UncertainStarts: getAll[*graph.Deployment](set, p.UncertainStarts), UncertainMissions: getAll[*graph.Mission](set, p.UncertainMissions),
		Functions: []*FunctionCount{}, Personnel: []*PersonnelCount{}}
	for _, f := range p.Functions {
		out.Functions = append(out.Functions, &FunctionCount{Function: get[*graph.Function](set, f.FunctionID), Deployments: f.Deployments})
	}
	for _, pc := range p.Personnel {
		out.Personnel = append(out.Personnel, &PersonnelCount{Personnel: graph.PersonnelType(pc.Personnel), Deployments: pc.Deployments})
	}
	return out, nil
}

// MaxBibliographyNodes is the most node IDs bibliography takes (the protection limits' kind).
const MaxBibliographyNodes = 500

// bibliography maps analysis.EvidenceOf onto server/cite's formats.
func (r *Resolver) bibliography(ctx context.Context, ids []string, relationships bool) (*Bibliography, error) {
	if len(ids) > MaxBibliographyNodes {
		return nil, graph.Errorf(graph.Invalid, "bibliography", "nodes takes at most %d IDs, got %d", MaxBibliographyNodes, len(ids))
	}
	ev, err := analysis.EvidenceOf(ctx, r.Store, ids, relationships)
	if err != nil {
		return nil, err
	}
	items := cite.Items(ev.Citations, ev.Sources)
	out := &Bibliography{Sources: []*graph.Source{}, Csl: []*cite.CSLItem{}, Bibtex: string(cite.BibTeX(items)), Ris: string(cite.RIS(items))}
	for _, it := range items {
		c := cite.CSL(it)
		out.Sources = append(out.Sources, it.Source)
		out.Csl = append(out.Csl, &c)
	}
	return out, nil
}
