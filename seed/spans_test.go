package seed

import (
	"io/fs"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/peacegraph/peacegraph/graph"
)

// TestEverySpanExplicit walks every deployment and mission of the embedded dataset (issue 9,
// acceptance 1): each start and end is a date or an explicit status with its source, written
// in the record itself (never left silently empty and filled in by a default), and what the
// loader serves for it says the same.
func TestEverySpanExplicit(t *testing.T) {
	// The records as written: both keys present, for every mission and deployment.
	written := map[string]int{}
	err := fs.WalkDir(Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		b, err := fs.ReadFile(Files(), p)
		if err != nil {
			return err
		}
		var doc map[string][]map[string]yaml.Node
		if err := yaml.Unmarshal(b, &doc); err != nil {
			return err
		}
		for _, sec := range []string{"missions", "deployments"} {
			for _, rec := range doc[sec] {
				var id string
				if n, ok := rec["id"]; ok {
					id = n.Value
				}
				written[id]++
				for _, k := range []string{"start", "end"} {
					n, ok := rec[k]
					switch {
					case !ok:
						t.Errorf("%s:%d: %s has no %s", p, rec["id"].Line, id, k)
					case n.Kind == yaml.ScalarNode && n.Value == "":
						t.Errorf("%s:%d: %s has an empty %s", p, n.Line, id, k)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := embeddedDataset()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, node := range ds.Nodes {
		sp, _ := node.TimeSpan()
		switch node.(type) {
		case *graph.Mission, *graph.Deployment:
		default:
			continue
		}
		n++
		if written[node.NodeID()] != 1 {
			t.Errorf("%s: written %d times in the seed", node.NodeID(), written[node.NodeID()])
		}
		own := graph.NodeBase(node).Citations
		for side, b := range map[string]graph.Bound{"start": sp.Start, "end": sp.End} {
			what := node.NodeID() + " " + side
			switch b.Status {
			case graph.Known:
				if b.Date == nil || b.Date.IsZero() {
					t.Errorf("%s: KNOWN without a date", what)
				}
				if b.Derived && b.Basis == "" {
					t.Errorf("%s: a derived date without its basis", what)
				}
			case graph.Ongoing:
				if b.AsOf == nil || len(b.Citations) == 0 {
					t.Errorf("%s: ONGOING without its date or the source that says it runs (%+v)", what, b)
				}
			case graph.Unknown:
				if b.Basis == "" || (len(b.Citations) == 0 && len(own) == 0) {
					t.Errorf("%s: UNKNOWN without its basis and source (%+v)", what, b)
				}
			default:
				t.Errorf("%s: status %q", what, b.Status)
			}
		}
		if _, ok := node.(*graph.Mission); ok && sp.Start.Status != graph.Known {
			t.Errorf("%s: a mission's start is a known date", node.NodeID())
		}
	}
	if n < 100 {
		t.Errorf("walked %d missions and deployments: the dataset was not read", n)
	}
}

// TestSpanCounts pins the tally of how the dataset knows its deployments' and missions' ends,
// as the report of issue 9 gives it; a change must be a deliberate change to the data.
func TestSpanCounts(t *testing.T) {
	ds, err := embeddedDataset()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, node := range ds.Nodes {
		var prefix string
		switch node.(type) {
		case *graph.Mission:
			prefix = "mission"
		case *graph.Deployment:
			prefix = "deployment"
		default:
			continue
		}
		sp, _ := node.TimeSpan()
		for side, b := range map[string]graph.Bound{"start": sp.Start, "end": sp.End} {
			k := prefix + " " + side + " " + string(b.Status)
			if b.Status == graph.Unknown && (b.NotBefore != nil || b.NotAfter != nil) {
				k += " bounded"
			}
			got[k]++
		}
	}
	want := map[string]int{
		"mission start KNOWN": 41, "mission end KNOWN": 28, "mission end ONGOING": 11, "mission end UNKNOWN bounded": 2,
		"deployment start KNOWN": 50, "deployment start UNKNOWN bounded": 12,
		"deployment end KNOWN": 33, "deployment end ONGOING": 13, "deployment end UNKNOWN bounded": 16,
	}
	for k, v := range got {
		if want[k] != v {
			t.Errorf("%s: %d, want %d", k, v, want[k])
		}
	}
	for k, v := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("%s: 0, want %d", k, v)
		}
	}
}
