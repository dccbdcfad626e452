package graph

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"1992", "1992", true},
		{"1992-06", "1992-06", true},
		{"1992-06-15", "1992-06-15", true},
		{"2000-02-29", "2000-02-29", true},
		{"1992-13", "", false},
		{"1992-00", "", false},
		{"1992-02-30", "", false},
		{"1900-02-29", "", false},
		{"92", "", false},
		{"1992/06", "", false},
		{"1992-6-1", "", false},
		{"", "", false},
		{"0000", "", false},
		{"1992-06-15T00:00", "", false},
		{"+992", "", false},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if tt.ok && d.String() != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, d, tt.want)
		}
	}
}

func TestCompareDates(t *testing.T) {
	// Less precise before more precise with the same prefix, as the timeline documents.
	order := []string{"1991-12-31", "1992", "1992-06", "1992-06-15", "1992-07", "1993"}
	for i := 0; i+1 < len(order); i++ {
		a, b := MustDate(order[i]), MustDate(order[i+1])
		if a.Compare(b) >= 0 || b.Compare(a) <= 0 {
			t.Errorf("want %s < %s", a, b)
		}
	}
	if ComparePtr(nil, &PartialDate{Year: 1}) != 1 {
		t.Error("a missing date sorts last")
	}
}

func TestDateRange(t *testing.T) {
	d := func(s string) *PartialDate { p := MustDate(s); return &p }
	tests := []struct {
		name       string
		r          DateRange
		start, end *PartialDate
		want       bool
	}{
		{"same month", DateRange{d("1994-02"), d("1994-02")}, d("1994-02-28"), d("1994-02-28"), true},
		{"to a month includes its last day", DateRange{nil, d("1994-02")}, d("1994-02-28"), nil, true},
		{"year covers the year", DateRange{d("2014"), d("2014")}, d("2014-12-31"), d("2014-12-31"), true},
		{"a year overlaps a month range", DateRange{d("1994-06"), d("1994-06")}, d("1994"), d("1994"), true},
		{"before", DateRange{d("1995"), nil}, d("1990"), d("1994-12-31"), false},
		{"after", DateRange{nil, d("1989")}, d("1990"), nil, false},
		{"open end overlaps", DateRange{d("2020"), nil}, d("2004"), nil, true},
	}
	for _, tt := range tests {
		if got := tt.r.Overlaps(tt.start, tt.end); got != tt.want {
			t.Errorf("%s: Overlaps = %v, want %v", tt.name, got, tt.want)
		}
	}
	if err := (DateRange{d("2000"), d("1999-12")}).Validate(); ErrorCode(err) != Invalid {
		t.Errorf("inverted range: %v", err)
	}
	if err := (DateRange{d("1999-12"), d("1999")}).Validate(); err != nil {
		t.Errorf("1999-12 to 1999 overlaps at its precision: %v", err)
	}
}

func TestFoldAndTokens(t *testing.T) {
	if got := Fold("Peña Nieto, ÉCOLE"); got != "pena nieto, ecole" {
		t.Errorf("Fold = %q", got)
	}
	toks := Tokens("Ley 25.880 (CAECOPAZ) 国際平和協力法")
	want := []string{"ley", "25", "880", "caecopaz", "国際平和協力法"}
	if len(toks) != len(want) {
		t.Fatalf("Tokens = %q, want %q", toks, want)
	}
	for i := range want {
		if toks[i] != want[i] {
			t.Errorf("Tokens[%d] = %q, want %q", i, toks[i], want[i])
		}
	}
}

func TestParseDateOrInstant(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "2015", want: "2015"},
		{in: "2015-01", want: "2015-01"},
		{in: "2015-01-01", want: "2015-01-01"},
		{in: "2015-01-01T00:00:00Z", want: "2015-01-01"},
		{in: "2015-01-01T00:00:00.000Z", want: "2015-01-01"},
		{in: "2014-12-31T20:00:00-05:00", want: "2015-01-01"}, // the UTC day
		{in: "2015-01-31T23:59:59+00:00", want: "2015-01-31"},
		{in: "1420070400000", want: "2015-01-01"},
		{in: "1420156799999", want: "2015-01-01"},
		{in: "631152000000", want: "1990-01-01"},
		{in: "-788918400000", want: "1945-01-01"},
		{in: "1420070400", bad: true}, // epoch seconds: refused, not read as 1970
		{in: "20150101", bad: true},
		{in: "2015-01-01T25:00:00Z", bad: true},
		{in: "2015-01-01T00:00:00", bad: true}, // no offset
		{in: "14200704000000", bad: true},
		{in: "1992-13", bad: true},
		{in: "", bad: true},
	}
	for _, tt := range tests {
		d, err := ParseDateOrInstant(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("ParseDateOrInstant(%q) = %s, want an error", tt.in, d)
			}
			continue
		}
		if err != nil || d.String() != tt.want {
			t.Errorf("ParseDateOrInstant(%q) = %s, %v; want %s", tt.in, d, err, tt.want)
		}
	}
}

func TestPrecision(t *testing.T) {
	for in, want := range map[string]string{"1994": "year", "1994-02": "month", "1994-02-28": "day"} {
		if got := MustDate(in).Precision(); got != want {
			t.Errorf("%s: precision %q, want %q", in, got, want)
		}
	}
}
