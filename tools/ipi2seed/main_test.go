package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/want from testdata/in")

// TestConvert runs the converter on the small synthetic extract in testdata/in (the IPI files'
// format, made-up figures) and compares every file with testdata/want.
func TestConvert(t *testing.T) {
	out := t.TempDir()
	want := filepath.Join("testdata", "want")
	if *update {
		out = want
	}
	if err := run([]string{"-in", filepath.Join("testdata", "in"), "-out", out}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"argentina.yaml", "japan.yaml", "mexico.yaml", "by-mission-2014-03.yaml", "sources.yaml"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		w, err := os.ReadFile(filepath.Join(want, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, w) {
			t.Errorf("%s differs from testdata/want (go test ./tools/ipi2seed -update, then review):\n%s", name, got)
		}
	}
}

// TestRules pins the conversion rules on the fixture: one point per row, NA as null, a missing
// month marked and not invented, the host spellings tidied, a mission outside the shared layer
// named but not linked, and the per-mission sums checked against the monthly series.
func TestRules(t *testing.T) {
	files, _, err := convert(filepath.Join("testdata", "in"), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, want string }{
		{"argentina.yaml", `- ["2013-12", 500, 20, 4]`},
		{"argentina.yaml", "# 2014-01: no rows in the IPI file (no figure, not zero)"},
		{"argentina.yaml", `- ["2014-02", 510, null, 4]`},
		// The coverage names the months with data and the missing month as a gap.
		{"argentina.yaml", `from: "2013-12"`},
		{"argentina.yaml", `gaps: [["2014-01", "2014-01"]]`},
		{"japan.yaml", `- ["2014-03", 272, null, null]`},
		{"by-mission-2014-03.yaml", "UNOCI (Côte d'Ivoire)"},
		{"by-mission-2014-03.yaml", "UNMISS (South Sudan):"},
		{"by-mission-2014-03.yaml", "# not in the shared mission layer, so named in the description only: UNOCI"},
		{"by-mission-2014-03.yaml", "related: [mission:minustah, mission:unficyp, mission:untso]"},
		{"by-mission-2014-03.yaml", "These match the monthly series for March 2014"},
	} {
		if !strings.Contains(string(files[c.file]), c.want) {
			t.Errorf("%s lacks %q", c.file, c.want)
		}
	}
	if strings.Contains(string(files["argentina.yaml"]), `- ["2014-01",`) {
		t.Error("a month absent from the CSV got a point")
	}
}

// TestCheck: -check passes on files that match and fails (without writing) on drift.
func TestCheck(t *testing.T) {
	out := t.TempDir()
	in := filepath.Join("testdata", "in")
	if err := run([]string{"-in", in, "-out", out}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-in", in, "-out", out, "-check"}, io.Discard, io.Discard); err != nil {
		t.Errorf("check of fresh output: %v", err)
	}
	path := filepath.Join(out, "japan.yaml")
	if err := os.WriteFile(path, []byte("edited by hand\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	if err := run([]string{"-in", in, "-out", out, "-check"}, &stdout, io.Discard); !errors.Is(err, errDrift) {
		t.Errorf("check after an edit = %v, want errDrift", err)
	}
	if !strings.Contains(stdout.String(), "DIFFERS  "+path) {
		t.Errorf("check does not name the file: %s", stdout.String())
	}
	if b, _ := os.ReadFile(path); string(b) != "edited by hand\n" {
		t.Error("-check wrote the file")
	}
}

// TestBadInput: a row that does not add up, or a missing -in, is an error, not a file.
func TestBadInput(t *testing.T) {
	if err := run(nil, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "-in") {
		t.Errorf("no -in: %v", err)
	}
	dir := t.TempDir()
	for _, n := range []string{"monthly-Argentina.csv", "monthly-Japan.csv", "monthly-Mexico.csv"} {
		b, _ := os.ReadFile(filepath.Join("testdata", "in", n))
		_ = os.WriteFile(filepath.Join(dir, n), b, 0o644)
	}
	bad := "Date,Contributor,Contributor_ISO-3,Mission,Mission_Country,Mission_Country_ISO-3,Formed_Police_Units,Inidividual_Police,Civilian_Police,Troops,Observers,Total\n" +
		"2014-03-31,Japan,JPN,UNMISS,South Sudan,SSD,NA,NA,NA,272,NA,270\n"
	_ = os.WriteFile(filepath.Join(dir, "by-mission-2014-03-31.csv"), []byte(bad), 0o644)
	if _, _, err := convert(dir, io.Discard); err == nil || !strings.Contains(err.Error(), "does not add up") {
		t.Errorf("a row that does not add up: %v", err)
	}
}
