package analysis

import (
	"cmp"
	"context"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// ComplianceRecord is one deployment with the legal limits it stayed within, in time: only the
// safeguards and instruments that applied while it ran, each with its role and the evidence of
// its own link.
type ComplianceRecord struct {
	DeploymentID string
	// Safeguards are the CONSTRAINS links into the deployment, by the safeguard's start
	// (undated last), then ID. A link states that the safeguard constrained the deployment;
	// the dates can refute it (the validator refuses a safeguard not in force while the
	// deployment ran) or leave it open (Applies POSSIBLE), never confirm more than they show.
	Safeguards []SafeguardLink
	// SafeguardIDs are the links' safeguards, in that order.
	SafeguardIDs []string
	// Basis is the legal basis, one entry per instrument, by entry into force (the earliest
	// it can be; unknown last), then ID (see Compliance for what enters it and with which
	// role).
	Basis []BasisEntry
	// LegalBasisIDs are the instruments of the entries known to apply, in that order.
	LegalBasisIDs []string
	// Citations are the evidence about this deployment: its own citations and those of every
	// link above that has evidence of its own (the package's citation rule). A link stated
	// without evidence of its own rests on its record's citations, evidence about that record
	// and not about this deployment: it adds nothing here and names the record instead
	// (InheritedFrom).
	Citations []graph.Citation
}

// SafeguardLink is a safeguard that constrained a deployment.
type SafeguardLink struct {
	SafeguardID string
	// Applies is KNOWN when the safeguard is known to have been in force at some point while
	// the deployment ran, POSSIBLE when the dates leave it open.
	Applies graph.Certainty
	// Citations are the link's own evidence, as stored; empty when the link was stated without
	// any, and then InheritedFrom names the record (the safeguard) whose citations it rests on.
	Citations     []graph.Citation
	InheritedFrom []string
	Confidence    graph.Confidence
	Note          string
}

// BasisEntry is one instrument of a deployment's legal basis.
type BasisEntry struct {
	InstrumentID string
	// Roles say how it applied, in the order of graph.BasisRoles (Role is the first).
	Roles []graph.BasisRole
	// Applies is KNOWN when it is known to have applied while the deployment ran (an
	// authorizing link states it; a derived role needs the dates to show it), POSSIBLE when
	// the dates leave it open.
	Applies graph.Certainty
	// Safeguards are the safeguards through which it applies (SAFEGUARD_GROUNDED_IN, and
	// amendments that ground a safeguard's later version), by ID.
	Safeguards []string
	// Amends are the authorizing instruments it amends (AMENDMENT_IN_FORCE, LATER_AMENDMENT
	// reached through AMENDS), by ID.
	Amends []string
	// Citations are the own evidence of the links behind the entry (the package's citation
	// rule); InheritedFrom the records whose citations its links stated without evidence rest
	// on, by ID.
	Citations     []graph.Citation
	InheritedFrom []string
}

// Role is the entry's first role.
func (e BasisEntry) Role() graph.BasisRole {
	if len(e.Roles) == 0 {
		return ""
	}
	return e.Roles[0]
}

// Compliance returns a record for each deployment of the country (DEPLOYED_BY into it), ordered
// by deployment start (a Known start in PartialDate order, others last), then ID. A deployment
// that no safeguard constrains, or that has no recorded legal basis, is still listed, with empty
// lists: the absence is part of the answer.
//
// Time decides what applied (graph's three-valued rule on the spans): a safeguard counts when
// its time in force overlaps the deployment's span; an instrument reached through a safeguard
// (GROUNDED_IN) or an amendment (AMENDS) counts over the span of that link (Edge.Span, else the
// instrument's time in force), No leaving it out and Maybe making it POSSIBLE. The roles:
//
//   - AUTHORIZED_BY, EXTENSION, LATER_AMENDMENT: the deployment's AUTHORIZED_BY instruments,
//     with the link's role; known to apply (the link states it; the validator holds its dates).
//   - CONSTITUTIONAL_BASIS: the provisions that GOVERN the deployment's country, in force while
//     it ran.
//   - SAFEGUARD_GROUNDED_IN: the GROUNDED_IN instruments of its safeguards, in force when it
//     began (or not known to have come later).
//   - AMENDMENT_IN_FORCE: amendments of an authorizing instrument in force when it began (or
//     not known to have come later).
//   - LATER_AMENDMENT: an amendment or a grounding instrument that came into force while it ran.
//
// Store calls: at most 8 (Get the country; Edges DEPLOYED_BY and GOVERNS of the country; Edges
// CONSTRAINS and AUTHORIZED_BY of all deployments; Edges GROUNDED_IN of all safeguards and
// AMENDS into all authorizing instruments; Get the deployments, safeguards and instruments).
func Compliance(ctx context.Context, s graph.Store, countryID string) ([]ComplianceRecord, error) {
	const op = "analysis.Compliance"
	cid, err := loadCountry(ctx, s, op, countryID)
	if err != nil {
		return nil, err
	}
	deployedBy, err := edges(ctx, s, op, []string{cid}, graph.RelDeployedBy, graph.In)
	if err != nil {
		return nil, err
	}
	governs, err := edges(ctx, s, op, []string{cid}, graph.RelGoverns, graph.In)
	if err != nil {
		return nil, err
	}
	depIDs := ends(deployedBy, true)
	constrains, err := edges(ctx, s, op, depIDs, graph.RelConstrains, graph.In)
	if err != nil {
		return nil, err
	}
	authorized, err := edges(ctx, s, op, depIDs, graph.RelAuthorizedBy, graph.Out)
	if err != nil {
		return nil, err
	}
	sgIDs := ends(constrains, true)
	grounded, err := edges(ctx, s, op, sgIDs, graph.RelGroundedIn, graph.Out)
	if err != nil {
		return nil, err
	}
	authIDs := ends(authorized, false)
	amends, err := edges(ctx, s, op, authIDs, graph.RelAmends, graph.In)
	if err != nil {
		return nil, err
	}
	need := slices.Concat(depIDs, sgIDs, authIDs, ends(grounded, false), ends(amends, true), ends(governs, true))
	nodes, err := load(ctx, s, op, need)
	if err != nil {
		return nil, err
	}

	out := []ComplianceRecord{}
	starts := map[string]*graph.PartialDate{}
	for _, id := range depIDs {
		d, err := node[*graph.Deployment](nodes, op, id)
		if err != nil {
			return nil, err
		}
		starts[id] = d.Span.KnownStart()
		c := complier{op: op, nodes: nodes, d: d, basis: map[string]*basisAcc{}}
		if err := c.safeguards(constrains[id], grounded); err != nil {
			return nil, err
		}
		if err := c.authorized(authorized[id], amends); err != nil {
			return nil, err
		}
		for _, e := range governs[cid] {
			l, err := node[*graph.LegalInstrument](nodes, op, e.From)
			if err != nil {
				return nil, err
			}
			if t := l.InForce.OverlapsSpan(d.Span); t != graph.No {
				c.add(l.ID, graph.RoleConstitutionalBasis, t, e, "", "")
			}
		}
		rec, err := c.record()
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	slices.SortFunc(out, func(a, b ComplianceRecord) int {
		return cmp.Or(graph.ComparePtr(starts[a.DeploymentID], starts[b.DeploymentID]), cmp.Compare(a.DeploymentID, b.DeploymentID))
	})
	return out, nil
}

// complier builds one deployment's record.
type complier struct {
	op    string
	nodes nodeMap
	d     *graph.Deployment
	links []SafeguardLink
	cites citeSet
	basis map[string]*basisAcc
}

// basisAcc accumulates a basis entry.
type basisAcc struct {
	roles      map[graph.BasisRole]bool
	known      bool
	safeguards []string
	amends     []string
	cites      citeSet
	inherited  []string
}

// evidenceOf splits a link's evidence: its own citations, or the record it inherits them from.
func evidenceOf(e graph.Edge, owner string) (own []graph.Citation, from string) {
	if e.Inherited {
		return nil, owner
	}
	return e.Citations, ""
}

// add records that instrument id applies with role, as t says (Yes: known, Maybe: possibly),
// through link e (whose evidence is e's own, or inherited from its owner: the From end, or the
// record that stated it), via a safeguard or an amended instrument.
func (c *complier) add(id string, role graph.BasisRole, t graph.Truth, e graph.Edge, viaSafeguard, amends string) {
	acc := c.basis[id]
	if acc == nil {
		acc = &basisAcc{roles: map[graph.BasisRole]bool{}}
		c.basis[id] = acc
	}
	acc.roles[role] = true
	acc.known = acc.known || t == graph.Yes
	if viaSafeguard != "" {
		acc.safeguards = append(acc.safeguards, viaSafeguard)
	}
	if amends != "" {
		acc.amends = append(acc.amends, amends)
	}
	// The record that states a link is its From end: the deployment (AUTHORIZED_BY), the
	// safeguard (GROUNDED_IN), the provision (GOVERNS), the amending instrument (AMENDS).
	own, from := evidenceOf(e, e.From)
	acc.cites.add(own...)
	c.cites.add(own...)
	if from != "" {
		acc.inherited = append(acc.inherited, from)
	}
}

// timing classifies an instrument reached through a link with span eff, for the deployment:
// whether it applied at all (No leaves it out), and whether it came into force only after the
// deployment began (later is true) or was (or may have been) in force at its start.
func (c *complier) timing(eff graph.Span) (t graph.Truth, later bool) {
	t = eff.OverlapsSpan(c.d.Span)
	return t, eff.StartsAfter(c.d.Span.Start)
}

// effective is the span over which link e held: its own, else its target's time in force.
func effective(e graph.Edge, l *graph.LegalInstrument) graph.Span {
	if e.Span != nil {
		return *e.Span
	}
	return l.InForce
}

func (c *complier) safeguards(links []graph.Edge, grounded map[string][]graph.Edge) error {
	for _, e := range links {
		sg, err := node[*graph.Safeguard](c.nodes, c.op, e.From)
		if err != nil {
			return err
		}
		t := sg.InForce.OverlapsSpan(c.d.Span)
		if t == graph.No {
			continue // the validator refuses such a link; never present it
		}
		own, from := evidenceOf(e, sg.ID)
		link := SafeguardLink{SafeguardID: sg.ID, Applies: graph.CertaintyOf(t), Citations: append([]graph.Citation{}, own...),
			InheritedFrom: []string{}, Confidence: e.Confidence, Note: e.Note}
		if from != "" {
			link.InheritedFrom = append(link.InheritedFrom, from)
		}
		c.cites.add(own...)
		c.links = append(c.links, link)
		for _, g := range grounded[sg.ID] {
			l, err := node[*graph.LegalInstrument](c.nodes, c.op, g.To)
			if err != nil {
				return err
			}
			gt, later := c.timing(effective(g, l))
			if gt == graph.No {
				continue
			}
			role := graph.RoleSafeguardGrounds
			if later {
				role = graph.RoleLaterAmendment
			}
			c.add(l.ID, role, gt.And(t), g, sg.ID, "")
		}
	}
	return nil
}

func (c *complier) authorized(links []graph.Edge, amends map[string][]graph.Edge) error {
	for _, e := range links {
		l, err := node[*graph.LegalInstrument](c.nodes, c.op, e.To)
		if err != nil {
			return err
		}
		role := e.Role
		if role == "" {
			role = graph.RoleAuthorizedBy
		}
		c.add(l.ID, role, graph.Yes, e, "", "")
		for _, a := range amends[l.ID] {
			am, err := node[*graph.LegalInstrument](c.nodes, c.op, a.From)
			if err != nil {
				return err
			}
			t, later := c.timing(effective(a, am))
			if t == graph.No {
				continue
			}
			r := graph.RoleAmendmentInForce
			if later {
				r = graph.RoleLaterAmendment
			}
			c.add(am.ID, r, t, a, "", l.ID)
		}
	}
	return nil
}

// record orders what was collected into the deployment's record.
func (c *complier) record() (ComplianceRecord, error) {
	rec := ComplianceRecord{DeploymentID: c.d.ID, Safeguards: []SafeguardLink{}, SafeguardIDs: []string{},
		Basis: []BasisEntry{}, LegalBasisIDs: []string{}}
	var err error
	sgOrder := make([]string, len(c.links))
	for i, l := range c.links {
		sgOrder[i] = l.SafeguardID
	}
	if sgOrder, err = byStart[*graph.Safeguard](c.nodes, c.op, sgOrder, func(s *graph.Safeguard) *graph.PartialDate { return s.Since() }); err != nil {
		return rec, err
	}
	for _, id := range sgOrder {
		for _, l := range c.links {
			if l.SafeguardID == id {
				rec.Safeguards = append(rec.Safeguards, l)
				rec.SafeguardIDs = append(rec.SafeguardIDs, id)
				break
			}
		}
	}
	var ids []string
	for id := range c.basis {
		ids = append(ids, id)
	}
	if ids, err = byInForce(c.nodes, c.op, ids); err != nil {
		return rec, err
	}
	for _, id := range ids {
		acc := c.basis[id]
		e := BasisEntry{InstrumentID: id, Roles: []graph.BasisRole{}, Applies: graph.Possible,
			Safeguards: append([]string{}, distinct(acc.safeguards)...), Amends: append([]string{}, distinct(acc.amends)...),
			Citations: acc.cites.sorted(), InheritedFrom: append([]string{}, distinct(acc.inherited)...)}
		for _, r := range graph.BasisRoles {
			if acc.roles[r] {
				e.Roles = append(e.Roles, r)
			}
		}
		if acc.known {
			e.Applies = graph.CertainKnown
			rec.LegalBasisIDs = append(rec.LegalBasisIDs, id)
		}
		rec.Basis = append(rec.Basis, e)
	}
	var own citeSet
	own.add(c.d.Citations...)
	own.add(c.cites.list...)
	rec.Citations = own.sorted()
	return rec, nil
}

// byInForce returns instrument ids without duplicates, by the earliest their time in force can
// start (unbounded last), then ID.
func byInForce(nodes nodeMap, op string, ids []string) ([]string, error) {
	ids = distinct(ids)
	keys := make(map[string]string, len(ids))
	for _, id := range ids {
		l, err := node[*graph.LegalInstrument](nodes, op, id)
		if err != nil {
			return nil, err
		}
		keys[id] = l.InForce.Interval().StartLo
	}
	slices.SortStableFunc(ids, func(a, b string) int {
		ka, kb := keys[a], keys[b]
		switch {
		case ka == kb:
			return 0
		case ka == "":
			return 1
		case kb == "":
			return -1
		}
		return cmp.Compare(ka, kb)
	})
	return append([]string{}, ids...), nil
}

// byStart returns ids without duplicates, ordered by the date date gives (undated last), then
// ID; never nil.
func byStart[T graph.Node](nodes nodeMap, op string, ids []string, date func(T) *graph.PartialDate) ([]string, error) {
	ids = distinct(ids)
	dates := make(map[string]*graph.PartialDate, len(ids))
	for _, id := range ids {
		n, err := node[T](nodes, op, id)
		if err != nil {
			return nil, err
		}
		dates[id] = date(n)
	}
	slices.SortStableFunc(ids, func(a, b string) int { return graph.ComparePtr(dates[a], dates[b]) })
	return append([]string{}, ids...), nil
}
