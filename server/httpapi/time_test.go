package httpapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// apiBound and apiSpan are a span as GraphQL serves it.
type apiBound struct {
	Status, Date, AsOf, NotBefore, NotAfter string
}

type apiSpan struct{ Start, End apiBound }

type spanned struct {
	ID      string
	Country *struct{ ISO3 string }
	Span    apiSpan
}

const spanFields = `span { start { status date asOf notBefore notAfter } end { status date asOf notBefore notAfter } }`

// first and last are the first and last day a partial date covers ("" for none).
func first(d string) string {
	switch len(d) {
	case 0:
		return ""
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

func last(d string) string {
	switch len(d) {
	case 0:
		return ""
	case 4:
		return d + "-12-31"
	case 7:
		t, _ := time.Parse("2006-01", d)
		return t.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return d
}

// The oracle: what the dates the API serves allow, written from the bounds directly (not from
// package graph), with "" as unbounded. A known date counts at its most favourable day, by the
// documented rule of partial dates (any day of it).
type window struct{ from, to string } // ISO days, "" open

func (s apiSpan) startRange() (lo, hi string) {
	if s.Start.Status == "KNOWN" {
		return first(s.Start.Date), last(s.Start.Date)
	}
	return first(s.Start.NotBefore), last(s.Start.NotAfter)
}

func (s apiSpan) endRange() (lo, hi string) {
	switch s.End.Status {
	case "KNOWN":
		return first(s.End.Date), last(s.End.Date)
	case "ONGOING":
		return first(s.End.AsOf), ""
	}
	lo, hi = first(s.End.NotBefore), last(s.End.NotAfter)
	if sl, _ := s.startRange(); lo == "" || (sl != "" && lo < sl) {
		lo = sl
	}
	return lo, hi
}

// active is "yes", "no" or "maybe": was the span active at some point of w?
func (s apiSpan) active(w window) string {
	sLo, sHi := s.startRange()
	eLo, eHi := s.endRange()
	if s.Start.Status == "KNOWN" {
		sHi = sLo // it counts from its first day
	}
	if s.End.Status == "KNOWN" {
		eLo = eHi // and to its last
	}
	if (w.to != "" && sLo != "" && sLo > w.to) || (w.from != "" && eHi != "" && eHi < w.from) {
		return "no"
	}
	if (w.to == "" || (sHi != "" && sHi <= w.to)) && (w.from == "" || (eLo != "" && eLo >= w.from)) {
		return "yes"
	}
	return "maybe"
}

// started is "yes", "no" or "maybe": did the span start within w?
func (s apiSpan) started(w window) string {
	lo, hi := s.startRange()
	if s.Start.Status == "KNOWN" {
		if (w.to == "" || lo <= w.to) && (w.from == "" || hi >= w.from) {
			return "yes"
		}
		return "no"
	}
	if (w.from != "" && hi != "" && hi < w.from) || (w.to != "" && lo != "" && lo > w.to) {
		return "no"
	}
	if (w.from == "" || (lo != "" && lo >= w.from)) && (w.to == "" || (hi != "" && hi <= w.to)) {
		return "yes"
	}
	return "maybe"
}

func idsWhere(items []spanned, keep func(spanned) bool) []string {
	out := []string{}
	for _, it := range items {
		if keep(it) {
			out = append(out, it.ID)
		}
	}
	slices.Sort(out)
	return out
}

// TestTimeNeverCountsTheUnknown runs every time filter of the API (the deployments' and
// missions' active and started windows, with and without the uncertain), the selectivity
// profile and the exports over the whole dataset, on every backend, and checks each against
// the oracle above (issue 9, acceptance 2): nothing whose activity in the window the dates
// leave open is counted, and all of it is reported apart.
func TestTimeNeverCountsTheUnknown(t *testing.T) {
	var windows []window
	for y := 1945; y <= 2025; y += 5 {
		windows = append(windows, window{fmt.Sprint(y), ""}, window{fmt.Sprint(y), fmt.Sprint(y + 4)})
	}
	windows = append(windows, window{"", "1990"}, window{"2017-10", "2017-10"}, window{"1995-04", "1995-06"}, window{"2024-06", ""})
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		t.Run(b.name, func(t *testing.T) {
			decode := func(t *testing.T, query string, v any) {
				t.Helper()
				r := post(t, h, query, nil)
				if r.Status != http.StatusOK || len(r.Errors) > 0 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				if err := json.Unmarshal(r.Data, v); err != nil {
					t.Fatal(err)
				}
			}
			var all struct {
				Deployments struct{ Nodes []spanned }
				Missions    struct{ Nodes []spanned }
			}
			decode(t, `{ deployments(first: 500) { nodes { id country { iso3 } `+spanFields+` } }
				missions(first: 500) { nodes { id `+spanFields+` } } }`, &all)
			deps, missions := all.Deployments.Nodes, all.Missions.Nodes
			if len(deps) < 60 || len(missions) < 40 {
				t.Fatalf("%d deployments, %d missions: the dataset was not read", len(deps), len(missions))
			}
			maybes := 0
			for _, w := range windows {
				name := w.from + ".." + w.to
				arg := func(prefix string) string {
					var parts []string
					if w.from != "" {
						parts = append(parts, fmt.Sprintf("%sFrom: %q", prefix, w.from))
					}
					if w.to != "" {
						parts = append(parts, fmt.Sprintf("%sTo: %q", prefix, w.to))
					}
					return strings.Join(parts, ", ")
				}
				wd := window{first(w.from), last(w.to)}
				knownDeps := idsWhere(deps, func(s spanned) bool { return s.Span.active(wd) == "yes" })
				maybeDeps := idsWhere(deps, func(s spanned) bool { return s.Span.active(wd) == "maybe" })
				knownMissions := idsWhere(missions, func(s spanned) bool { return s.Span.active(wd) == "yes" })
				maybeMissions := idsWhere(missions, func(s spanned) bool { return s.Span.active(wd) == "maybe" })
				maybes += len(maybeDeps) + len(maybeMissions)

				type conn struct {
					Nodes      []struct{ ID string }
					TotalCount int
					Uncertain  []string
				}
				var got struct{ D, DI, DS, M, MI conn }
				decode(t, fmt.Sprintf(`{
					D: deployments(filter: {%[1]s}, first: 500) { nodes { id } totalCount uncertain }
					DI: deployments(filter: {%[1]s, includeUncertain: true}, first: 500) { nodes { id } totalCount uncertain }
					DS: deployments(filter: {%[2]s}, first: 500) { nodes { id } totalCount uncertain }
					M: missions(filter: {%[1]s}, first: 500) { nodes { id } totalCount uncertain }
					MI: missions(filter: {%[1]s, includeUncertain: true}, first: 500) { nodes { id } totalCount uncertain } }`,
					arg("active"), arg("started")), &got)
				ids := func(c conn) []string {
					out := []string{}
					for _, n := range c.Nodes {
						out = append(out, n.ID)
					}
					slices.Sort(out)
					return out
				}
				check := func(what string, got, want []string) {
					t.Helper()
					if !slices.Equal(got, want) {
						t.Errorf("%s %s:\n got %v\nwant %v", name, what, got, want)
					}
				}
				check("deployments active", ids(got.D), knownDeps)
				check("deployments active, uncertain", got.D.Uncertain, maybeDeps)
				check("deployments active, uncertain included", ids(got.DI), sortedUnion(knownDeps, maybeDeps))
				check("deployments started", ids(got.DS), idsWhere(deps, func(s spanned) bool { return s.Span.started(wd) == "yes" }))
				check("deployments started, uncertain", got.DS.Uncertain, idsWhere(deps, func(s spanned) bool { return s.Span.started(wd) == "maybe" }))
				check("missions active", ids(got.M), knownMissions)
				check("missions active, uncertain", got.M.Uncertain, maybeMissions)
				check("missions active, uncertain included", ids(got.MI), sortedUnion(knownMissions, maybeMissions))
				if got.D.TotalCount != len(knownDeps) || got.M.TotalCount != len(knownMissions) {
					t.Errorf("%s: totalCount %d deployments, %d missions; want %d, %d", name, got.D.TotalCount, got.M.TotalCount, len(knownDeps), len(knownMissions))
				}

				// Selectivity, per country: the same rule.
				var sel map[string]struct {
					Selectivity struct {
						MissionsActive       int
						Deployments          []struct{ ID string }
						UncertainDeployments []struct{ ID string }
						UncertainMissions    []struct{ ID string }
					}
				}
				sarg := strings.NewReplacer("activeFrom", "from", "activeTo", "to").Replace(arg("active"))
				if sarg != "" {
					sarg = "(" + sarg + ")"
				}
				decode(t, fmt.Sprintf(`{ MEX: country(iso3: "MEX") { ...S } ARG: country(iso3: "ARG") { ...S } JPN: country(iso3: "JPN") { ...S } }
					fragment S on Country { selectivity%s { missionsActive deployments { id } uncertainDeployments { id } uncertainMissions { id } } }`, sarg), &sel)
				for iso, c := range sel {
					of := func(ids []string) []string {
						return slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return !strings.HasPrefix(id, "deployment:"+strings.ToLower(iso)+"-") })
					}
					var d, u, um []string
					for _, x := range c.Selectivity.Deployments {
						d = append(d, x.ID)
					}
					for _, x := range c.Selectivity.UncertainDeployments {
						u = append(u, x.ID)
					}
					for _, x := range c.Selectivity.UncertainMissions {
						um = append(um, x.ID)
					}
					check(iso+" selectivity deployments", nonNil(d), of(knownDeps))
					check(iso+" selectivity uncertain deployments", nonNil(u), of(maybeDeps))
					check(iso+" selectivity uncertain missions", nonNil(um), maybeMissions)
					if c.Selectivity.MissionsActive != len(knownMissions) {
						t.Errorf("%s %s selectivity: %d missions active, want %d", name, iso, c.Selectivity.MissionsActive, len(knownMissions))
					}
				}

				// The exports: the same rows, each saying how its activity is known.
				q := strings.NewReplacer("activeFrom: ", "from=", "activeTo: ", "to=", `"`, "", ", ", "&").Replace(arg("active"))
				for _, tc := range []struct {
					table, params string
					want          []string
					possible      []string
				}{
					{"deployments", q, knownDeps, nil},
					{"deployments", q + "&include_uncertain=true", sortedUnion(knownDeps, maybeDeps), maybeDeps},
					{"missions", q, knownMissions, nil},
				} {
					header, rows := fetchCSV(t, h, "/export/"+tc.table+".csv?"+strings.TrimPrefix(tc.params, "&"))
					got := slices.Sorted(slices.Values(column(t, header, rows, "id")))
					check("export "+tc.table+" "+tc.params, nonNil(got), tc.want)
					var possible []string
					for i, a := range column(t, header, rows, "activity") {
						if a == "POSSIBLE" {
							possible = append(possible, rows[i][0])
						} else if w.from != "" || w.to != "" {
							if a != "KNOWN" {
								t.Errorf("%s export %s: row %s has activity %q", name, tc.table, rows[i][0], a)
							}
						}
					}
					slices.Sort(possible)
					check("export "+tc.table+" possible "+tc.params, nonNil(possible), nonNil(tc.possible))
				}
			}
			if maybes == 0 {
				t.Error("no window had an uncertain span: the test checks nothing about them")
			}
		})
	}
}

func sortedUnion(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(nonNil(out))
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// TestMexicoSince2015 pins the headline of issue 9 on every backend: Mexico's selectivity from
// 2015 no longer counts its 1949 UNMOGIP observers (their end is unknown, by August 1992 at the
// latest) nor the 1947 Balkans committee as active, and lists what the dates leave open apart.
func TestMexicoSince2015(t *testing.T) {
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		t.Run(b.name, func(t *testing.T) {
			var got struct {
				Country struct {
					Since2015, In1950s struct {
						MissionsJoined, MissionsParticipated, MissionsActive int
						Deployments, UncertainDeployments                    []struct{ ID string }
						UncertainMissions                                    []struct{ Acronym string }
					}
				}
			}
			r := post(t, h, `{ country(iso3: "MEX") {
				since2015: selectivity(from: "2015") { ...P }
				in1950s: selectivity(from: "1950", to: "1959") { ...P } } }
				fragment P on SelectivityProfile { missionsJoined missionsParticipated missionsActive deployments { id } uncertainDeployments { id } uncertainMissions { acronym } }`, nil)
			if len(r.Errors) > 0 {
				t.Fatal(string(r.Body))
			}
			if err := json.Unmarshal(r.Data, &got); err != nil {
				t.Fatal(err)
			}
			s := got.Country.Since2015
			var deps, unc []string
			for _, d := range s.Deployments {
				deps = append(deps, d.ID)
			}
			for _, m := range s.UncertainMissions {
				unc = append(unc, m.Acronym)
			}
			if slices.Contains(deps, "deployment:mex-unmogip-1949") || slices.Contains(deps, "deployment:mex-unscob") {
				t.Errorf("since 2015: %v counts a deployment of the 1940s", deps)
			}
			if !slices.Contains(unc, "UNSCOB") || !slices.Contains(unc, "MONUSCO") {
				t.Errorf("since 2015: uncertain missions %v, want UNSCOB (end unknown) and MONUSCO (as of 2010) among them", unc)
			}
			want := []string{"deployment:mex-minujusth", "deployment:mex-minurso", "deployment:mex-minusca", "deployment:mex-minusma",
				"deployment:mex-minustah", "deployment:mex-unifil", "deployment:mex-unmc", "deployment:mex-unmogip", "deployment:mex-unvmc"}
			if !slices.Equal(deps, want) || s.MissionsJoined != 9 || s.MissionsParticipated != 9 || s.MissionsActive != 15 {
				t.Errorf("since 2015: joined %d, participated %d, active %d, deployments %v; want 9, 9, 15, %v",
					s.MissionsJoined, s.MissionsParticipated, s.MissionsActive, deps, want)
			}
			// In the 1950s the Kashmir observers may or may not still have served: apart.
			var in1950 []string
			for _, d := range got.Country.In1950s.UncertainDeployments {
				in1950 = append(in1950, d.ID)
			}
			if !slices.Contains(in1950, "deployment:mex-unmogip-1949") {
				t.Errorf("in the 1950s: uncertain %v, want the 1949 UNMOGIP observers", in1950)
			}
		})
	}
}
