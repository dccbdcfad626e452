package seed

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// The dossiers live outside the repository, in shared/research next to it (here and in CI, where
// a fresh clone sits next to a copy of shared/). Each fact is a bullet that opens with its ID in
// bold: "- **F-MEX-001** | ...". Every fact must be restated by a record (its ID in the record's
// `facts`) or be listed in COVERAGE.md, under a "left out" heading, with a reason.

// coverageFile is the reviewers' coverage document, relative to this package's directory.
const coverageFile = "COVERAGE.md"

// researchDir finds shared/research by walking up from the test's directory. Outside CI a
// checkout without the research material skips the test; in CI its absence is a failure.
func researchDir(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatalf("working directory: %v", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "research")
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("no shared/research folder beside %s or any of its ancestors: CI must provide the dossiers", wd)
	}
	t.Skipf("no shared/research folder beside %s or any of its ancestors: dossier coverage not checked", wd)
	return ""
}

// dossierFacts returns the IDs of the facts a dossier defines, in order, failing on duplicates.
func dossierFacts(t *testing.T, path string, id string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading dossier: %v", err)
	}
	re := regexp.MustCompile(`(?m)^\s*- \*\*(` + id + `)\*\*`)
	var ids []string
	seen := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		if seen[m[1]] {
			t.Errorf("%s: fact %s is defined twice", filepath.Base(path), m[1])
		}
		seen[m[1]] = true
		ids = append(ids, m[1])
	}
	return ids
}

// restatedFacts maps each fact ID to the nodes whose `facts` list it. Facts on relationship
// objects, reform drivers and threat perceptions are not kept by the loader, so they do not count.
func restatedFacts(t *testing.T) map[string][]string {
	t.Helper()
	ds, err := embeddedDataset()
	if err != nil {
		t.Fatalf("LoadEmbedded: %v", err)
	}
	out := map[string][]string{}
	for _, n := range ds.Nodes {
		for _, f := range graph.NodeBase(n).Facts {
			out[f] = append(out[f], n.NodeID())
		}
	}
	return out
}

// leftOutFacts reads the table rows "| F-MEX-001 | reason |" under the headings of COVERAGE.md
// that contain "left out", mapping each fact ID to its reason.
func leftOutFacts(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	defer f.Close()
	row := regexp.MustCompile(`^\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|`)
	out := map[string]string{}
	inLeftOut := false
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			inLeftOut = strings.Contains(strings.ToLower(l), "left out")
			continue
		}
		m := row.FindStringSubmatch(l)
		if !inLeftOut || m == nil {
			continue
		}
		id := strings.Trim(m[1], "`* ")
		if !factPattern.MatchString(id) {
			continue // header or separator row
		}
		if _, dup := out[id]; dup {
			t.Errorf("%s:%d: %s is listed twice", path, line, id)
		}
		out[id] = m[2]
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return out
}

func TestDossierFactsAreCovered(t *testing.T) {
	research := researchDir(t)
	restated := restatedFacts(t)
	leftOut := leftOutFacts(t, coverageFile)

	tests := []struct {
		name    string
		dossier string
		id      string // regular expression for the fact IDs of this dossier
	}{
		{"mexico", "mexico.md", `F-MEX-\d{3}`},
		{"argentina", "argentina.md", `F-ARG-\d{3}`},
		{"japan", "japan.md", `F-JPN-\d{3}`},
		{"missions", "missions-and-concepts.md", `M-[A-Z0-9]+(?:-[A-Z0-9]+)*`},
		{"concepts", "missions-and-concepts.md", `C-\d{3}`},
	}
	facts := map[string][]string{} // by test name
	defined := map[string]bool{}
	for _, tt := range tests {
		facts[tt.name] = dossierFacts(t, filepath.Join(research, tt.dossier), tt.id)
		for _, id := range facts[tt.name] {
			defined[id] = true
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := facts[tt.name]
			if len(ids) == 0 {
				t.Fatalf("%s defines no fact matching %s: has the dossier format changed?", tt.dossier, tt.id)
			}
			for _, id := range ids {
				nodes, covered := restated[id]
				reason, listed := leftOut[id]
				switch {
				case covered && listed:
					t.Errorf("%s is restated by %s but %s lists it as left out", id, strings.Join(nodes, ", "), coverageFile)
				case !covered && !listed:
					t.Errorf("%s (%s) is restated by no record and not listed as left out in %s", id, tt.dossier, coverageFile)
				case listed && strings.TrimSpace(reason) == "":
					t.Errorf("%s is listed as left out in %s without a reason", id, coverageFile)
				}
			}
		})
	}

	t.Run("no unknown fact IDs", func(t *testing.T) {
		var unknown []string
		for id, nodes := range restated {
			if !defined[id] {
				unknown = append(unknown, id+" (on "+strings.Join(nodes, ", ")+")")
			}
		}
		for id := range leftOut {
			if !defined[id] {
				unknown = append(unknown, id+" (listed in "+coverageFile+")")
			}
		}
		slices.Sort(unknown)
		for _, u := range unknown {
			t.Errorf("fact %s is not defined in any dossier", u)
		}
	})
}
