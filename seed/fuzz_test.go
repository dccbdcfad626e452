package seed

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/peacegraph/peacegraph/graph"
)

// FuzzLoad: the loader reads any bytes as a seed file without panicking, and either returns a
// dataset in which every node (but a source, its own citation) and relationship is cited (the validator's first rule) or
// problems that each name the file.
func FuzzLoad(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "uncited", "data.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	for _, s := range []string{
		"",
		"sources:\n  - {id: source:a, kind: PRESS, title: A, url: \"https://example.org/a\"}\ncountries:\n  - {id: country:mex, iso3: MEX, name: Mexico, caseRole: PRIMARY, confidence: HIGH, citations: [source:a]}\n",
		"countries: [{id: country:mex, iso3: MEX, name: Mexico, caseRole: PRIMARY, confidence: HIGH, citations: [source:nope]}]\n",
		"events:\n  - {id: event:x, date: \"1992-13\", title: X, confidence: HIGH, citations: [source:a]}\n",
		"sources: &a [*a]\n",
		"- - - - [\n",
		"countries: {id: 1}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := Load(fstest.MapFS{"data.yaml": {Data: data}})
		if err != nil {
			var probs Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("Load failed without problems: %v", err)
			}
			for _, p := range probs {
				if p.File == "" || p.Msg == "" {
					t.Errorf("a problem without its file or message: %+v", p)
				}
			}
			return
		}
		for _, n := range ds.Nodes {
			if n.NodeKind() != graph.KindSource && len(graph.NodeBase(n).Citations) == 0 {
				t.Errorf("node %s loaded without citations", n.NodeID())
			}
		}
		for _, e := range ds.Edges {
			if len(e.Citations) == 0 {
				t.Errorf("relationship %s %s %s loaded without citations", e.From, e.Type, e.To)
			}
		}
	})
}
