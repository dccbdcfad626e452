package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

func cond(field string, op graph.Op, v any) graph.Cond {
	return graph.Cond{Field: field, Op: op, Value: v}
}

func where(cs ...graph.Cond) *graph.Where { return &graph.Where{Conds: cs} }

// testWhere covers every operator of graph.Where on every field type, the combinators, counts
// and the errors, against the fixture.
func testWhere(ctx context.Context, t *testing.T, s graph.Store) {
	dep, mis, src := graph.KindDeployment, graph.KindMission, graph.KindSource
	tests := []struct {
		name string
		kind graph.Kind
		w    *graph.Where
		want []string
		code graph.Code
	}{
		// numbers
		{"number gt", dep, where(cond("peakStrength", graph.OpGt, 100)), []string{"deployment:aaa-stab"}, ""},
		{"number gte", dep, where(cond("peakStrength", graph.OpGte, 600)), []string{"deployment:aaa-stab"}, ""},
		{"number lt", dep, where(cond("peakStrength", graph.OpLt, 600)), []string{"deployment:aaa-obs"}, ""},
		{"number lte", dep, where(cond("peakStrength", graph.OpLte, 600)), []string{"deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"number eq", dep, where(cond("peakStrength", graph.OpEq, 12)), []string{"deployment:aaa-obs"}, ""},
		{"number in", dep, where(cond("peakStrength", graph.OpIn, []int{12, 13})), []string{"deployment:aaa-obs"}, ""},
		{"number unknown matches no comparison", dep, where(cond("peakStrength", graph.OpLt, 1000000)), []string{"deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"number isNull", dep, where(cond("peakStrength", graph.OpIsNull, true)), []string{"deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"number is not null", dep, where(cond("peakStrength", graph.OpIsNull, false)), []string{"deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"year", src, where(cond("year", graph.OpGte, 2014)), []string{"source:t-press"}, ""},
		// text: contains is case- and accent-insensitive; eq and in are exact
		{"contains, accent folded", src, where(cond("title", graph.OpContains, "pena")), []string{"source:t-press"}, ""},
		{"contains, accented query", src, where(cond("title", graph.OpContains, "PEÑA NIETO")), []string{"source:t-press"}, ""},
		{"contains in a unit", dep, where(cond("unit", graph.OpContains, "engineer")), []string{"deployment:aaa-stab"}, ""},
		{"text eq", dep, where(cond("unit", graph.OpEq, "Engineer Battalion")), []string{"deployment:aaa-stab"}, ""},
		{"text eq is exact", dep, where(cond("unit", graph.OpEq, "engineer battalion")), []string{}, ""},
		{"text in", mis, where(cond("acronym", graph.OpIn, []string{"OBS", "IDLE", "NONE"})), []string{"mission:idle", "mission:obs"}, ""},
		{"text isNull", dep, where(cond("unit", graph.OpIsNull, true)), []string{"deployment:aaa-obs", "deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"text list contains", src, where(cond("authors", graph.OpContains, "nunez")), []string{"source:t-law"}, ""},
		// enums and confidence
		{"enum in", mis, where(cond("kind", graph.OpIn, []string{"OBSERVER", "TRADITIONAL"})), []string{"mission:idle", "mission:obs"}, ""},
		{"enum eq", src, where(cond("kind", graph.OpEq, "PRESS")), []string{"source:t-press"}, ""},
		{"confidence in", dep, where(cond("confidence", graph.OpIn, []string{"MEDIUM", "LOW"})), []string{"deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"confidence eq", mis, where(cond("confidence", graph.OpEq, "LOW")), []string{"mission:idle"}, ""},
		{"enum list: any of", dep, where(cond("personnel", graph.OpIn, []string{"POLICE", "STAFF_OFFICERS"})), []string{"deployment:aaa-stab", "deployment:bbb-stab"}, ""},
		{"id in", dep, where(cond("id", graph.OpIn, []string{"deployment:bbb-stab", "deployment:none"})), []string{"deployment:bbb-stab"}, ""},
		// booleans
		{"bool eq", mis, where(cond("chapterVII", graph.OpEq, false)), []string{"mission:obs"}, ""},
		{"bool isNull", mis, where(cond("chapterVII", graph.OpIsNull, true)), []string{"mission:idle"}, ""},
		// counts (relationships, computed by the store)
		{"count gte", mis, where(cond("deploymentCount", graph.OpGte, 2)), []string{"mission:stab"}, ""},
		{"count lte", mis, where(cond("deploymentCount", graph.OpLte, 1)), []string{"mission:idle", "mission:obs"}, ""},
		{"count eq 0", dep, where(cond("functionCount", graph.OpEq, 0)), []string{"deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"count of distinct contributors", mis, where(cond("contributorCount", graph.OpEq, 2)), []string{"mission:stab"}, ""},
		{"count gt", dep, where(cond("functionCount", graph.OpGt, 1)), []string{"deployment:aaa-stab"}, ""},
		{"count, symmetric relationship", graph.KindPrinciple, where(cond("compatibleWithCount", graph.OpEq, 1)), []string{"principle:un-consent", "principle:aaa-non-intervention"}, ""},
		// combinators
		{"two conditions: and", dep, where(cond("peakStrength", graph.OpGt, 10), cond("unit", graph.OpIsNull, true)), []string{"deployment:aaa-obs"}, ""},
		{"OR", dep, &graph.Where{Or: []graph.Where{*where(cond("peakStrength", graph.OpGt, 100)), *where(cond("confidence", graph.OpEq, "MEDIUM"))}},
			[]string{"deployment:aaa-stab", "deployment:bbb-stab"}, ""},
		{"NOT", dep, &graph.Where{Not: where(cond("peakStrength", graph.OpIsNull, true))}, []string{"deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"NOT of an unknown comparison keeps the unknown", dep, &graph.Where{Not: where(cond("peakStrength", graph.OpGt, 100))}, []string{"deployment:aaa-obs"}, ""},
		{"OR with an unknown and a yes", dep, &graph.Where{Or: []graph.Where{*where(cond("peakStrength", graph.OpGt, 1)), *where(cond("personnel", graph.OpIn, []string{"CIVILIANS"}))}},
			[]string{"deployment:aaa-obs", "deployment:aaa-stab", "deployment:ccc-idle"}, ""},
		{"AND of OR and NOT", mis, &graph.Where{And: []graph.Where{
			{Or: []graph.Where{*where(cond("kind", graph.OpEq, "OBSERVER")), *where(cond("deploymentCount", graph.OpGt, 1))}},
			{Not: where(cond("chapterVII", graph.OpEq, true))}}}, []string{"mission:obs"}, ""},
		{"with a relationship filter", dep, where(cond("confidence", graph.OpEq, "HIGH")), []string{"deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"empty where", dep, &graph.Where{}, []string{"deployment:aaa-obs", "deployment:aaa-stab", "deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		// errors
		{"unknown field", dep, where(cond("population", graph.OpEq, 1)), nil, graph.Invalid},
		{"operator the type does not take", dep, where(cond("peakStrength", graph.OpContains, "6")), nil, graph.Invalid},
		{"value of the wrong type", dep, where(cond("peakStrength", graph.OpGt, "100")), nil, graph.Invalid},
		{"not an enum value", mis, where(cond("kind", graph.OpIn, []string{"HEROIC"})), nil, graph.Invalid},
		{"in without a list", mis, where(cond("kind", graph.OpIn, "OBSERVER")), nil, graph.Invalid},
		{"field of another kind", mis, where(cond("peakStrength", graph.OpGt, 1)), nil, graph.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := graph.ListQuery{Kind: tt.kind, Where: tt.w}
			if tt.name == "with a relationship filter" {
				q.Country = "country:aaa"
			}
			p, err := s.List(ctx, q)
			if tt.code != "" {
				wantCode(t, err, tt.code, "List")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if p.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", p.Total, len(tt.want))
			}
		})
	}
}

// testOrderBy orders by fields of every type, both ways, with the nodes that have no value
// last either way, and pages through a field order.
func testOrderBy(ctx context.Context, t *testing.T, s graph.Store) {
	tests := []struct {
		name  string
		kind  graph.Kind
		order graph.OrderField
		desc  bool
		want  []string
		code  graph.Code
	}{
		{"number asc, unknown last", graph.KindDeployment, "peakStrength", false, []string{"deployment:aaa-obs", "deployment:aaa-stab", "deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"number desc, unknown last", graph.KindDeployment, "peakStrength", true, []string{"deployment:aaa-stab", "deployment:aaa-obs", "deployment:ccc-idle", "deployment:bbb-stab"}, ""},
		{"year desc", graph.KindSource, "year", true, []string{"source:t-press", "source:t-un", "source:t-law"}, ""},
		{"text, folded", graph.KindSource, "title", false, []string{"source:t-law", "source:t-press", "source:t-un"}, ""},
		{"text desc, unknown last", graph.KindDeployment, "unit", true, []string{"deployment:aaa-stab", "deployment:ccc-idle", "deployment:bbb-stab", "deployment:aaa-obs"}, ""},
		{"count desc", graph.KindMission, "deploymentCount", true, []string{"mission:stab", "mission:obs", "mission:idle"}, ""},
		{"count asc", graph.KindDeployment, "functionCount", false, []string{"deployment:bbb-stab", "deployment:ccc-idle", "deployment:aaa-obs", "deployment:aaa-stab"}, ""},
		{"legacy count order", graph.KindMission, graph.OrderContributors, false, []string{"mission:idle", "mission:obs", "mission:stab"}, ""},
		{"boolean, unknown last", graph.KindMission, "chapterVII", false, []string{"mission:obs", "mission:stab", "mission:idle"}, ""},
		{"enum, in its declared order", graph.KindMission, "kind", false, []string{"mission:obs", "mission:idle", "mission:stab"}, ""},
		{"confidence: HIGH, MEDIUM, LOW", graph.KindDeployment, "confidence", false, []string{"deployment:aaa-obs", "deployment:aaa-stab", "deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"date field", graph.KindDeployment, "end", true, []string{"deployment:bbb-stab", "deployment:aaa-obs", "deployment:ccc-idle", "deployment:aaa-stab"}, ""},
		{"a count of principles", graph.KindPrinciple, "heldByCount", true, []string{"principle:bbb-renunciation", "principle:aaa-non-intervention", "principle:un-consent"}, ""},
		{"not sortable", graph.KindDeployment, "description", false, nil, graph.Invalid},
		{"a list is not sortable", graph.KindDeployment, "personnel", false, nil, graph.Invalid},
		{"unknown", graph.KindDeployment, "population", false, nil, graph.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.List(ctx, graph.ListQuery{Kind: tt.kind, Order: tt.order, Desc: tt.desc})
			if tt.code != "" {
				wantCode(t, err, tt.code, "List")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	// Paging through a field order with a where, one at a time, visits each once, in order.
	q := graph.ListQuery{Kind: graph.KindDeployment, Order: "peakStrength", Desc: true, Where: where(cond("confidence", graph.OpIn, []string{"HIGH", "MEDIUM"}))}
	var got []string
	for after := ""; ; {
		q.First, q.After = ptr(1), after
		p, err := s.List(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ids(p)...)
		if !p.HasNext {
			break
		}
		after = p.Cursors[0]
	}
	if want := []string{"deployment:aaa-stab", "deployment:aaa-obs", "deployment:bbb-stab"}; !slices.Equal(got, want) {
		t.Errorf("paged %v, want %v", got, want)
	}
}

// testWhereDates covers the date operators: three-valued on the bounds the sources do not give
// (the fixture's UNKNOWN and ONGOING ones), the Maybe answers left out unless IncludeUncertain
// and listed in Page.Uncertain either way, as the time filters are.
func testWhereDates(ctx context.Context, t *testing.T, s graph.Store) {
	d := func(s string) graph.PartialDate { return graph.MustDate(s) }
	win := func(from, to string) graph.DateRange {
		var r graph.DateRange
		if from != "" {
			r.From = ptr(d(from))
		}
		if to != "" {
			r.To = ptr(d(to))
		}
		return r
	}
	dep, mis := graph.KindDeployment, graph.KindMission
	tests := []struct {
		name      string
		kind      graph.Kind
		w         *graph.Where
		include   bool
		want      []string
		uncertain []string
		code      graph.Code
	}{
		// aaa-obs ends 1994-06 (Yes); bbb-stab 2010 and aaa-stab, ongoing as of 2016, are known
		// not to (No); ccc-idle's end is UNKNOWN, not before its mission's start: Maybe.
		{"end before", dep, where(cond("end", graph.OpBefore, d("2000"))), false, []string{"deployment:aaa-obs"}, []string{"deployment:ccc-idle"}, ""},
		{"end before, the uncertain included", dep, where(cond("end", graph.OpBefore, d("2000"))), true, []string{"deployment:aaa-obs", "deployment:ccc-idle"}, []string{"deployment:ccc-idle"}, ""},
		{"a known month counts at any day of it", dep, where(cond("end", graph.OpBefore, d("1994-06-15"))), false, []string{"deployment:aaa-obs"}, []string{"deployment:ccc-idle"}, ""},
		{"an ongoing end is after its as-of date's year before", dep, where(cond("end", graph.OpAfter, d("2015"))), false, []string{"deployment:aaa-stab"}, []string{"deployment:ccc-idle"}, ""},
		{"an ongoing end is not known to be after its as-of date", dep, where(cond("end", graph.OpAfter, d("2020"))), false, []string{}, []string{"deployment:aaa-stab", "deployment:ccc-idle"}, ""},
		{"start within", dep, where(cond("start", graph.OpWithin, win("2004", "2005"))), false, []string{"deployment:aaa-stab", "deployment:bbb-stab"}, []string{"deployment:ccc-idle"}, ""},
		{"start within an open window", dep, where(cond("start", graph.OpWithin, win("2005", ""))), false, []string{"deployment:bbb-stab"}, []string{"deployment:ccc-idle"}, ""},
		{"no known start", dep, where(cond("start", graph.OpIsNull, true)), false, []string{"deployment:ccc-idle"}, []string{}, ""},
		{"NOT keeps the undecided undecided", dep, &graph.Where{Not: where(cond("end", graph.OpBefore, d("2000")))}, false, []string{"deployment:aaa-stab", "deployment:bbb-stab"}, []string{"deployment:ccc-idle"}, ""},
		{"OR of a date and a number", dep, &graph.Where{Or: []graph.Where{*where(cond("end", graph.OpBefore, d("2000"))), *where(cond("peakStrength", graph.OpGt, 100))}}, false,
			[]string{"deployment:aaa-obs", "deployment:aaa-stab"}, []string{"deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		{"a number the sources do not give is undecided too", dep, where(cond("peakStrength", graph.OpLt, 1000)), false, []string{"deployment:aaa-obs", "deployment:aaa-stab"}, []string{"deployment:bbb-stab", "deployment:ccc-idle"}, ""},
		// mission:idle's end is UNKNOWN, not before 1970: Maybe after 1990, Yes after 1965.
		{"a mission's unknown end, undecided", mis, where(cond("end", graph.OpAfter, d("1990"))), false, []string{"mission:obs", "mission:stab"}, []string{"mission:idle"}, ""},
		{"a mission's unknown end, known by its notBefore", mis, where(cond("end", graph.OpAfter, d("1965"))), false, []string{"mission:idle", "mission:obs", "mission:stab"}, []string{}, ""},
		// Points: a reform's or an event's date; an undated reform is undecided.
		{"a point within", graph.KindReform, where(cond("date", graph.OpWithin, win("1995-06", ""))), false, []string{"reform:aaa-doctrine", "reform:aaa-training-centre"},
			[]string{"reform:aaa-ministry", "reform:aaa-oversight"}, ""},
		{"an event before", graph.KindEvent, where(cond("date", graph.OpBefore, d("1950"))), false, []string{"event:un-founding"}, []string{}, ""},
		{"with a time filter: both must hold", dep, where(cond("end", graph.OpBefore, d("2012"))), false, []string{"deployment:bbb-stab"}, []string{"deployment:ccc-idle"}, ""},
		// errors
		{"within needs a bound", dep, where(cond("start", graph.OpWithin, graph.DateRange{})), false, nil, nil, graph.Invalid},
		{"an inverted window", dep, where(cond("start", graph.OpWithin, win("2005", "2004"))), false, nil, nil, graph.Invalid},
		{"before takes a date", dep, where(cond("start", graph.OpBefore, "2005")), false, nil, nil, graph.Invalid},
		{"a date is not compared with gt", dep, where(cond("start", graph.OpGt, 2005)), false, nil, nil, graph.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := graph.ListQuery{Kind: tt.kind, Where: tt.w, IncludeUncertain: tt.include}
			if tt.name == "with a time filter: both must hold" {
				q.Active = win("2005", "")
			}
			p, err := s.List(ctx, q)
			if tt.code != "" {
				wantCode(t, err, tt.code, "List")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if got := p.Uncertain; !slices.Equal(got, tt.uncertain) {
				t.Errorf("uncertain %v, want %v", got, tt.uncertain)
			}
		})
	}
}
