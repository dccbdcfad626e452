package neo4j

import (
	"fmt"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

// TestDocCache: one decoded value per stored document, a new one when the document changes
// (a reload that edits the node), an error not cached, and the bound respected.
func TestDocCache(t *testing.T) {
	var c docCache
	doc := func(name string) string { return fmt.Sprintf(`{"id":"country:mex","iso3":"MEX","name":%q}`, name) }
	a, err := c.get(string(graph.KindCountry), doc("Mexico"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := c.get(string(graph.KindCountry), doc("Mexico"))
	if a != b || a.node.Label() != "Mexico" {
		t.Errorf("the same document decoded twice, or wrongly: %p %p %q", a, b, a.node.Label())
	}
	changed, _ := c.get(string(graph.KindCountry), doc("México"))
	if changed == a || changed.node.Label() != "México" {
		t.Errorf("a changed document served the old node: %q", changed.node.Label())
	}
	if _, ok := a.searchDoc().Hit(a.node.NodeID(), []string{"mexico"}); !ok {
		t.Error("the cached search document does not find Mexico by its name")
	}
	if _, err := c.get(string(graph.KindCountry), "{"); err == nil {
		t.Error("a corrupt document decoded")
	}
	if _, err := c.get("NOPE", doc("x")); err == nil {
		t.Error("an unknown kind decoded")
	}
	for i := 0; i <= maxCachedDocs; i++ {
		if _, err := c.get(string(graph.KindCountry), doc(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	if len(c.m) > maxCachedDocs {
		t.Errorf("the cache holds %d documents, over its bound %d", len(c.m), maxCachedDocs)
	}
}
