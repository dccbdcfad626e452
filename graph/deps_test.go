package graph_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyRule keeps data flowing one way: the domain package and the in-process store
// know nothing of GraphQL or of the database driver.
func TestDependencyRule(t *testing.T) {
	forbidden := []string{"github.com/99designs/gqlgen", "github.com/vektah/gqlparser", "github.com/neo4j/neo4j-go-driver", "net/http"}
	for _, pkg := range []string{"github.com/peacegraph/peacegraph/graph", "github.com/peacegraph/peacegraph/graph/memory", "github.com/peacegraph/peacegraph/seed"} {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, f := range forbidden {
				if strings.HasPrefix(dep, f) {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
