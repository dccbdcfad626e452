package export

import (
	"github.com/peacegraph/peacegraph/graph"
)

// Time in the tables: every span bound is a group of columns, and a table filtered by a window
// says for each row whether its activity there is known or only possible (graph's one time
// rule, graph.TimeFilter.Match, as in the GraphQL filters).

// bound is a span bound column; it expands into eight (see boundColumns). Its cell is a
// graph.Bound.
func bound(name, what string) Column { return Column{name, typeBound, what} }

// typeBound marks a bound column in a table's definition; it never reaches the index.
const typeBound = "bound"

// boundColumns are the columns of one span bound named col (design-time.md: <col>_status,
// <col>, <col>_precision, <col>_start/<col>_end, <col>_as_of, <col>_not_before,
// <col>_not_after). The date itself is a partial date with its precision and ISO bounds, as
// every date of the export; the others are ISO days: the earliest or latest day they allow.
func boundColumns(c Column) []Column {
	col, what := c.Name, c.Description
	return append([]Column{{col + "_status", TypeString, what + ": " + graph.OneOf(graph.BoundStatuses) +
		" (ONGOING: a source says it still runs, as of " + col + "_as_of; UNKNOWN: the sources do not say when, see " + col + "_not_before/" + col + "_not_after)"}},
		append(dateColumns(Column{col, TypePartialDate, what + " when KNOWN, at its precision; empty otherwise"}),
			Column{col + "_as_of", TypeDate, "ONGOING: the first day of the statement's date that it still runs (it ran at least until then)"},
			Column{col + "_not_before", TypeDate, "UNKNOWN (or ONGOING): the earliest day it can be"},
			Column{col + "_not_after", TypeDate, "UNKNOWN: the latest day it can be, e.g. its mission's end"},
		)...)
}

// boundCells are a bound's cells, in boundColumns' order (a nil bound: all empty).
func boundCells(b *graph.Bound) []any {
	if b == nil || b.Status == "" {
		return make([]any, 8)
	}
	cells := []any{string(b.Status), nil, nil, nil, nil, firstDay(b.AsOf), firstDay(b.NotBefore), lastDay(b.NotAfter)}
	if d := b.KnownDate(); d != nil {
		cells[1], cells[2], cells[3], cells[4] = d.String(), d.Precision(), d.First(), d.Last()
	}
	return cells
}

func firstDay(d *graph.PartialDate) any {
	if d == nil || d.IsZero() {
		return nil
	}
	return d.First()
}

func lastDay(d *graph.PartialDate) any {
	if d == nil || d.IsZero() {
		return nil
	}
	return d.Last()
}

// activityColumn says, on a table filtered by a window, how the row's activity in it is known.
var activityColumn = Column{"activity", TypeString, "with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window"}

// activity is the activity cell of a node under the filter.
func activity(n graph.Node, f filter) any {
	tf := f.time()
	if tf.IsZero() {
		return nil
	}
	if c := graph.CertaintyOf(graph.TimeOf(n, tf)); c != "" {
		return string(c)
	}
	return nil
}
