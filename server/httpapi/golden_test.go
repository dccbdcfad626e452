package httpapi

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files from the memory backend")

// TestGolden runs every example query (schema/examples) against every backend and compares the
// JSON with testdata/golden: the same query must give the same bytes on memory and Neo4j.
func TestGolden(t *testing.T) {
	ex, err := schema.Examples()
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) == 0 {
		t.Fatal("no example queries")
	}
	for _, b := range backends(t) {
		h := newTestHandler(t, b.store)
		for i, e := range ex {
			name := strings.TrimSuffix(exampleFiles(t)[i], ".graphql")
			t.Run(b.name+"/"+name, func(t *testing.T) {
				r := post(t, h, e.Query, nil)
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("status %d, errors %s", r.Status, r.Body)
				}
				var pretty bytes.Buffer
				if err := json.Indent(&pretty, r.Body, "", "  "); err != nil {
					t.Fatal(err)
				}
				pretty.WriteByte('\n')
				path := filepath.Join("testdata", "golden", name+".json")
				if *update && b.name == "memory" {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run `go test ./server -run TestGolden -update`)", err)
				}
				if !bytes.Equal(pretty.Bytes(), want) {
					t.Errorf("%s backend differs from %s:\n%s", b.name, path, firstDiff(string(want), pretty.String()))
				}
			})
		}
	}
}

func exampleFiles(t *testing.T) []string {
	t.Helper()
	m, err := filepath.Glob("../../schema/examples/*.graphql")
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m
}

// firstDiff shows the first differing line with some context.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n want: " + w + "\n  got: " + g
		}
	}
	return "(no line differs; whitespace?)"
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + jsonNum(n)) }

func jsonNum(n int) string { b, _ := json.Marshal(n); return string(b) }
