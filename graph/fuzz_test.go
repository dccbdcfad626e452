package graph

import "testing"

// Fuzz targets (make fuzz runs each for long; make fuzz-ci, in CI, briefly; the seeds below
// run with every go test). Each checks properties, not only the absence of a panic.

// FuzzParseDate: a date either parses to one that prints back to itself, or is refused with
// the zero value.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1992", "1992-06", "1992-06-19", "2016-02-29", "2015-02-29", "1992-13", "1992-00", "0000", "-001",
		"92", "1992-6", "1992-06-1", " 1992", "1992-06-19T00:00:00Z", "１９９２", "", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) refused with a value %+v", s, d)
			}
			return
		}
		if d.String() != s {
			t.Errorf("ParseDate(%q) = %+v, which prints as %q", s, d, d.String())
		}
		if d.Compare(d) != 0 || d.First() > d.Last() {
			t.Errorf("%q: First %s, Last %s", s, d.First(), d.Last())
		}
	})
}

// FuzzParseDateOrInstant: an instant or a date is refused, or read as a day (or a coarser
// date) that ParseDate reads back the same.
func FuzzParseDateOrInstant(f *testing.F) {
	for _, s := range []string{"2015-01-01T00:00:00Z", "2015-01-01T23:30:00-05:00", "1420070400000", "-1420070400000", "1420070400", "2015", "2015-01",
		"2015-01-01T25:00:00Z", "99999999999999", "2015-01-01T00:00:00.999999999+14:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDateOrInstant(s)
		if err != nil {
			return
		}
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Errorf("ParseDateOrInstant(%q) = %+v, which ParseDate reads back as %+v (%v)", s, d, back, err)
		}
	})
}

// FuzzCursor: a cursor is accepted only for its own order, and names a non-empty ID that
// encodes back to a cursor of the same ID.
func FuzzCursor(f *testing.F) {
	f.Add(encodeCursor("country:mex", "id"), "id")
	f.Add(encodeCursor("mission:untac", "name|desc"), "name|desc")
	f.Add(encodeCursor("a|b", "date"), "id")
	f.Add("djF8aWR8", "id")
	f.Add("!!!", "id")
	f.Fuzz(func(t *testing.T, c, order string) {
		id, ok := decodeCursor(c, order)
		if !ok {
			return
		}
		if id == "" {
			t.Errorf("decodeCursor(%q, %q) accepted an empty ID", c, order)
		}
		if again, ok := decodeCursor(encodeCursor(id, order), order); !ok || again != id {
			t.Errorf("cursor of %q for %q does not round-trip: %q, %v", id, order, again, ok)
		}
	})
}
