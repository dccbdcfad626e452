package graph

import (
	"slices"
	"testing"
)

func TestOrdinalOrder(t *testing.T) {
	sg := func(id, series string, pos int) *Safeguard {
		s := &Safeguard{Base: Base{ID: id}}
		if series != "" {
			s.Ordinal = &Ordinal{Series: series, Position: pos, Numbered: true}
		}
		return s
	}
	// In ID order, as a related list arrives: principle 4 before principle 1.
	ns := []*Safeguard{sg("safeguard:a-activity", "", 0), sg("safeguard:b-ceasefire", "Five", 1), sg("safeguard:c-other", "", 0),
		sg("safeguard:d-withdrawal", "Five", 4), sg("safeguard:e-consent", "Five", 2), sg("safeguard:f-crit", "Criteria", 1)}
	OrdinalOrder(ns)
	var got []string
	for _, n := range ns {
		got = append(got, n.ID)
	}
	want := []string{"safeguard:f-crit", "safeguard:b-ceasefire", "safeguard:e-consent", "safeguard:d-withdrawal", "safeguard:a-activity", "safeguard:c-other"}
	if !slices.Equal(got, want) {
		t.Errorf("OrdinalOrder = %v\nwant %v (series by name, positions in order, the rest after in the order given)", got, want)
	}
}
