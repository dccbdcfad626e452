package analysis_test

import (
	"context"
	"slices"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/analysis"
	"github.com/peacegraph/peacegraph/graph/memory"
	"github.com/peacegraph/peacegraph/seed"
)

// embedded serves the dataset the binary serves, from memory.
func embedded(t *testing.T) (*graph.Dataset, graph.Store) {
	t.Helper()
	ds, err := seed.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	s, err := memory.New(ds)
	if err != nil {
		t.Fatal(err)
	}
	return ds, s
}

// TestComplianceInTime holds every deployment's legal basis to time (issue 9, acceptance 3):
// each entry has a role and applied while the deployment ran, by the dates, or is a recorded
// amendment or version that applied; nothing that came into force only after the deployment
// ended is there; Japan's deployments rest on Article 9; a record's citations are only those
// of its own links.
func TestComplianceInTime(t *testing.T) {
	ds, s := embedded(t)
	ctx := context.Background()
	nodes := map[string]graph.Node{}
	for _, n := range ds.Nodes {
		nodes[n.NodeID()] = n
	}
	type pair struct{ from, to string }
	edges := map[graph.RelType]map[pair]graph.Edge{}
	for _, e := range ds.Edges {
		if edges[e.Type] == nil {
			edges[e.Type] = map[pair]graph.Edge{}
		}
		edges[e.Type][pair{e.From, e.To}] = e
	}
	records := 0
	for _, c := range []string{"MEX", "ARG", "JPN"} {
		recs, err := analysis.Compliance(ctx, s, c)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			records++
			d := nodes[r.DeploymentID].(*graph.Deployment)
			var ownLinks []graph.Citation // what the record may cite besides the deployment's own
			for _, l := range r.Safeguards {
				sg := nodes[l.SafeguardID].(*graph.Safeguard)
				if sg.InForce.OverlapsSpan(d.Span) == graph.No {
					t.Errorf("%s: %s was not in force while it ran", d.ID, sg.ID)
				}
				ownLinks = append(ownLinks, l.Citations...)
			}
			for _, b := range r.Basis {
				l := nodes[b.InstrumentID].(*graph.LegalInstrument)
				if len(b.Roles) == 0 || b.Role() == "" {
					t.Errorf("%s: %s has no role", d.ID, l.ID)
				}
				ownLinks = append(ownLinks, b.Citations...)
				for _, role := range b.Roles {
					switch role {
					case graph.RoleAuthorizedBy, graph.RoleExtension:
						if _, ok := edges[graph.RelAuthorizedBy][pair{d.ID, l.ID}]; !ok && role == graph.RoleExtension {
							t.Errorf("%s: %s is an EXTENSION without an authorizing link", d.ID, l.ID)
						}
						if l.InForce.OverlapsSpan(d.Span) == graph.No {
							t.Errorf("%s: %s (%s) was never in force while it ran", d.ID, l.ID, role)
						}
					case graph.RoleConstitutionalBasis:
						if _, ok := edges[graph.RelGoverns][pair{l.ID, d.CountryID}]; !ok {
							t.Errorf("%s: %s is a constitutional basis that governs no deployment of %s", d.ID, l.ID, d.CountryID)
						}
						if l.InForce.OverlapsSpan(d.Span) == graph.No {
							t.Errorf("%s: the constitutional basis %s was not in force while it ran", d.ID, l.ID)
						}
					case graph.RoleSafeguardGrounds, graph.RoleAmendmentInForce, graph.RoleLaterAmendment:
						// A recorded link (a safeguard's version, or an amendment of an authorizing
						// instrument) that held at some point while the deployment ran.
						recorded := false
						for _, sg := range b.Safeguards {
							if g, ok := edges[graph.RelGroundedIn][pair{sg, l.ID}]; ok {
								recorded = true
								eff := l.InForce
								if g.Span != nil {
									eff = *g.Span
								}
								if eff.OverlapsSpan(d.Span) == graph.No {
									t.Errorf("%s: %s grounds %s only outside its dates", d.ID, l.ID, sg)
								}
								if role == graph.RoleSafeguardGrounds && eff.StartsAfter(d.Span.Start) {
									t.Errorf("%s: %s came into force after it began, yet is not a LATER_AMENDMENT", d.ID, l.ID)
								}
							}
						}
						for _, a := range b.Amends {
							if _, ok := edges[graph.RelAmends][pair{l.ID, a}]; ok {
								recorded = true
							}
						}
						if e, ok := edges[graph.RelAuthorizedBy][pair{d.ID, l.ID}]; ok && e.Role == role {
							recorded = true // an authorizing link that says so
						}
						if !recorded {
							t.Errorf("%s: %s (%s) rests on no recorded link", d.ID, l.ID, role)
						}
					default:
						t.Errorf("%s: %s has the unknown role %q", d.ID, l.ID, role)
					}
				}
				if b.Applies == graph.CertainKnown && l.InForce.OverlapsSpan(d.Span) != graph.Yes && !slices.Contains(b.Roles, graph.RoleAuthorizedBy) &&
					!slices.Contains(b.Roles, graph.RoleExtension) && !slices.Contains(b.Roles, graph.RoleLaterAmendment) && !slices.Contains(b.Roles, graph.RoleSafeguardGrounds) {
					t.Errorf("%s: %s is KNOWN to apply, but its dates do not show it in force then", d.ID, l.ID)
				}
				if ended := d.Span.KnownEnd(); ended != nil && l.InForce.StartsAfter(graph.KnownBound(*ended)) {
					t.Errorf("%s (ended %s): %s came into force only after it ended", d.ID, ended, l.ID)
				}
			}
			// The record's citations are the deployment's own and its links' own, nothing else.
			allowed := map[[2]string]bool{}
			for _, c := range append(slices.Clone(d.Citations), ownLinks...) {
				allowed[[2]string{c.SourceID, c.Locator}] = true
			}
			for _, c := range r.Citations {
				if !allowed[[2]string{c.SourceID, c.Locator}] {
					t.Errorf("%s cites %s@%s, evidence of no link of its record", d.ID, c.SourceID, c.Locator)
				}
			}
			if d.CountryID == "country:jpn" {
				i := slices.IndexFunc(r.Basis, func(b analysis.BasisEntry) bool { return b.InstrumentID == "law:jpn-constitution-art9" })
				if i < 0 || r.Basis[i].Role() != graph.RoleConstitutionalBasis || r.Basis[i].Applies != graph.CertainKnown {
					t.Errorf("%s: Article 9 is not its known constitutional basis: %+v", d.ID, r.Basis)
				}
			}
		}
	}
	if records < 60 {
		t.Errorf("%d records: the dataset was not read", records)
	}
}

// TestComplianceHeadlines pins what issue 9 found wrong, per deployment: the 1992 Angola
// observers' basis holds no amendment of 1998, 2001 or 2015 and cites nothing about Haiti; the
// 2015 amendment reaches the South Sudan engineers as a later amendment, not as what
// authorized them; the UNDOF transport unit met the 1998 and 2001 revisions while it served.
func TestComplianceHeadlines(t *testing.T) {
	_, s := embedded(t)
	recs, err := analysis.Compliance(context.Background(), s, "JPN")
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]analysis.ComplianceRecord{}
	for _, r := range recs {
		by[r.DeploymentID] = r
	}
	roles := func(dep, law string) []graph.BasisRole {
		for _, b := range by[dep].Basis {
			if b.InstrumentID == law {
				return b.Roles
			}
		}
		return nil
	}
	angola := by["deployment:jpn-unavem-ii"]
	for _, law := range []string{"law:jpn-ipc-act-amendment-1998", "law:jpn-ipc-act-amendment-2001", "law:jpn-ipc-act-amendment-2015"} {
		if roles("deployment:jpn-unavem-ii", law) != nil {
			t.Errorf("the 1992 Angola deployment rests on %s", law)
		}
	}
	for _, c := range angola.Citations {
		if c.SourceID == "source:jpn-cao-haiti" || c.SourceID == "source:jpn-mofa-zawya-unmiss-plan-2024" {
			t.Errorf("the 1992 Angola deployment cites %s", c.SourceID)
		}
	}
	for _, l := range angola.Safeguards {
		if len(l.Citations) > 0 && l.InheritedFrom == nil {
			t.Errorf("%+v", l)
		}
	}
	if got := roles("deployment:jpn-unmiss-engineers", "law:jpn-ipc-act-amendment-2015"); !slices.Equal(got, []graph.BasisRole{graph.RoleLaterAmendment}) {
		t.Errorf("the 2015 amendment for the South Sudan engineers: %v, want [LATER_AMENDMENT]", got)
	}
	for _, law := range []string{"law:jpn-ipc-act-amendment-1998", "law:jpn-ipc-act-amendment-2001"} {
		if got := roles("deployment:jpn-undof-transport", law); !slices.Contains(got, graph.RoleLaterAmendment) {
			t.Errorf("%s for the UNDOF transport unit (1996-2013): %v, want a LATER_AMENDMENT", law, got)
		}
	}
}
