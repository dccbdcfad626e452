package graph

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PartialDate is a calendar date known to a year, a month or a day: "1958", "1992-06",
// "1992-06-15". Sources rarely give more precision than they have, and neither does the graph.
//
// Ordering (Compare) puts a less precise date before a more precise one that shares its prefix:
// "1992" < "1992-06" < "1992-06-15" < "1992-07". Ranges (DateRange) are inclusive at the
// precision given: a date overlaps a range if any day of it falls inside.
type PartialDate struct {
	Year  int
	Month int // 0 when only the year is known
	Day   int // 0 when only the year or month is known
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" and rejects anything else, including
// impossible days such as "1992-02-30".
func ParseDate(s string) (PartialDate, error) {
	bad := func(why string) (PartialDate, error) {
		return PartialDate{}, fmt.Errorf("invalid date %q: %s (want YYYY, YYYY-MM or YYYY-MM-DD)", s, why)
	}
	digits := func(part string) (int, bool) {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(part)
		return n, err == nil
	}
	var d PartialDate
	switch len(s) {
	case 4, 7, 10:
	default:
		return bad("wrong length")
	}
	y, ok := digits(s[0:4])
	if !ok || y < 1 {
		return bad("year must be four digits")
	}
	d.Year = y
	if len(s) >= 7 {
		if s[4] != '-' {
			return bad("expected '-' after the year")
		}
		m, ok := digits(s[5:7])
		if !ok || m < 1 || m > 12 {
			return bad("month must be 01 to 12")
		}
		d.Month = m
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return bad("expected '-' after the month")
		}
		day, ok := digits(s[8:10])
		if !ok || day < 1 || day > daysIn(d.Year, d.Month) {
			return bad(fmt.Sprintf("day must be 01 to %02d for that month", daysIn(d.Year, d.Month)))
		}
		d.Day = day
	}
	return d, nil
}

// MustDate parses s and panics on error; for constants in tests and code only.
func MustDate(s string) PartialDate {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero value (no date).
func (d PartialDate) IsZero() bool { return d.Year == 0 }

// String formats d at its precision.
func (d PartialDate) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalText and UnmarshalText make PartialDate a plain string in JSON and YAML.
func (d PartialDate) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses the text form; see ParseDate.
func (d *PartialDate) UnmarshalText(b []byte) error {
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Compare orders dates: by year, then month (unknown first), then day (unknown first).
func (d PartialDate) Compare(o PartialDate) int {
	for _, p := range [][2]int{{d.Year, o.Year}, {d.Month, o.Month}, {d.Day, o.Day}} {
		if p[0] != p[1] {
			if p[0] < p[1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// First is the first day d covers, as "YYYY-MM-DD".
func (d PartialDate) First() string {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, m, day)
}

// Last is the last day d covers, as "YYYY-MM-DD": "1994-02" covers up to "1994-02-28".
func (d PartialDate) Last() string {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 12
	}
	if day == 0 {
		day = daysIn(d.Year, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, m, day)
}

// ComparePtr orders optional dates, with a missing date after every known one.
func ComparePtr(a, b *PartialDate) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return a.Compare(*b)
}

// DateRange is an inclusive range at the precision of its ends; a nil end is open.
type DateRange struct {
	From, To *PartialDate
}

// Validate rejects a range whose start lies after its end.
func (r DateRange) Validate() error {
	if r.From != nil && r.To != nil && r.From.First() > r.To.Last() {
		return Errorf(Invalid, "", "date range is inverted: from %s is after to %s", r.From, r.To)
	}
	return nil
}

// IsZero reports an unbounded range.
func (r DateRange) IsZero() bool { return r.From == nil && r.To == nil }

// Overlaps reports whether the interval [start, end] (a nil start: unknown, treated as open; a
// nil end: ongoing or unknown, open) shares at least one day with r.
func (r DateRange) Overlaps(start, end *PartialDate) bool {
	if r.To != nil && start != nil && start.First() > r.To.Last() {
		return false
	}
	if r.From != nil && end != nil && end.Last() < r.From.First() {
		return false
	}
	return true
}

// Contains reports whether the single date d overlaps r.
func (r DateRange) Contains(d PartialDate) bool { return r.Overlaps(&d, &d) }

// ParseDateOrInstant parses what a dashboard sends for a range end: a PartialDate (ParseDate),
// an RFC 3339 timestamp ("2015-01-01T00:00:00Z", any offset) or epoch milliseconds
// ("1420070400000", Grafana's ${__from}). An instant stands for its calendar day in UTC, so
// "2015-01-01T00:00:00Z" and "1420070400000" are the day 2015-01-01: as a from, the same bound
// as "2015-01-01" or "2015-01".
//
// Epoch milliseconds are 11 to 13 digits with an optional minus sign: 1970-04-26 to 2286
// (and the same span before 1970). Ten digits or fewer are refused rather than guessed at:
// they are what epoch seconds look like, and read as milliseconds they would silently mean a
// day in 1970.
func ParseDateOrInstant(s string) (PartialDate, error) {
	switch {
	case isEpochMillis(s):
		ms, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return PartialDate{}, fmt.Errorf("invalid epoch milliseconds %q: %v", s, err)
		}
		return dayOf(time.UnixMilli(ms)), nil
	case len(s) > 10 && s[10] == 'T':
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return PartialDate{}, fmt.Errorf("invalid timestamp %q: want RFC 3339, such as 2015-01-01T00:00:00Z", s)
		}
		return dayOf(t), nil
	case allDigits(strings.TrimPrefix(s, "-")) && len(s) > 4:
		return PartialDate{}, fmt.Errorf("invalid date %q: epoch milliseconds have 11 to 13 digits (is this epoch seconds? multiply by 1000)", s)
	}
	d, err := ParseDate(s)
	if err != nil {
		return PartialDate{}, fmt.Errorf("%v, an RFC 3339 timestamp or epoch milliseconds)", strings.TrimSuffix(err.Error(), ")"))
	}
	return d, nil
}

func isEpochMillis(s string) bool {
	digits := strings.TrimPrefix(s, "-")
	return len(digits) >= 11 && len(digits) <= 13 && allDigits(digits)
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func dayOf(t time.Time) PartialDate {
	u := t.UTC()
	return PartialDate{Year: u.Year(), Month: int(u.Month()), Day: u.Day()}
}

// Precision names how precise d is: "year", "month" or "day" ("" for the zero date).
func (d PartialDate) Precision() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return "year"
	case d.Day == 0:
		return "month"
	}
	return "day"
}
