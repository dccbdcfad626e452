package export

import (
	"github.com/peacegraph/peacegraph/graph"
)

// Time in the tables: every span bound is a group of columns, and a table filtered by a window
// says for each row whether its activity there is known or only possible (graph's one time
// rule, graph.TimeFilter.Match, as in the GraphQL filters).

// boundColumns are the columns of one span bound named col (design: <col>_status, <col>,
// <col>_precision, <col>_start/<col>_end, <col>_as_of, <col>_not_before, <col>_not_after).
func boundColumns(col, what string) []Column {
	return []Column{
		{col + "_status", "string", what + ": " + graph.OneOf(graph.BoundStatuses) + " (ONGOING: a source says it still runs, as of " + col + "_as_of; UNKNOWN: the sources do not say when, see " + col + "_not_before/" + col + "_not_after)"},
		{col, "date", what + " when KNOWN, at its precision; empty otherwise"},
		{col + "_precision", "string", "precision of " + col + ": YEAR, MONTH or DAY"},
		{col + "_start", "string", "first day " + col + " covers (ISO 8601)"},
		{col + "_end", "string", "last day " + col + " covers (ISO 8601)"},
		{col + "_as_of", "date", "ONGOING: the date of the statement that it still runs"},
		{col + "_not_before", "date", "UNKNOWN (or ONGOING): the earliest it can be"},
		{col + "_not_after", "date", "UNKNOWN: the latest it can be, e.g. a mission's end"},
	}
}

// boundCells are a bound's cells, in boundColumns' order.
func boundCells(b graph.Bound) []any {
	cells := []any{string(b.Status), nil, nil, nil, nil, date(b.AsOf), date(b.NotBefore), date(b.NotAfter)}
	if d := b.KnownDate(); d != nil {
		cells[1], cells[2], cells[3], cells[4] = d.String(), precision(*d), d.First(), d.Last()
	}
	return cells
}

func precision(d graph.PartialDate) string {
	switch {
	case d.Day != 0:
		return "DAY"
	case d.Month != 0:
		return "MONTH"
	}
	return "YEAR"
}

// activityColumn says, on a table filtered by a window, how the row's activity in it is known.
var activityColumn = Column{"activity", "string", "with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window"}

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
