// Package schema holds the project's contracts as data: the GraphQL SDL of the public API
// (graphql/), the Neo4j constraints and indexes (neo4j/), and the example queries that the
// playground offers, the docs show and the golden tests run (examples/). Code and tests read
// the same files through FS.
package schema

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// FS holds graphql/*.graphqls, neo4j/*.cypher and examples/*.graphql.
//
//go:embed graphql neo4j examples
var FS embed.FS

// Example is one example query: what the playground opens as a tab, the golden tests run and
// docs/queries.md shows.
type Example struct {
	File  string // "01-japan-safeguards.graphql"
	Name  string // the title from the file's first line, "# Title"
	Query string // the document, without the title line
}

// Examples reads examples/*.graphql in file-name order. A file's first line, "# Title", names
// it; it is not kept in Query (the playground writes it back as the query's first line, so it
// would show twice).
func Examples() ([]Example, error) {
	names, err := fs.Glob(FS, "examples/*.graphql")
	if err != nil {
		return nil, fmt.Errorf("schema.Examples: %w", err)
	}
	slices.Sort(names)
	var out []Example
	for _, n := range names {
		b, err := fs.ReadFile(FS, n)
		if err != nil {
			return nil, fmt.Errorf("schema.Examples: %w", err)
		}
		q := string(b)
		file := path.Base(n)
		title := strings.TrimSuffix(file, ".graphql")
		if first, rest, _ := strings.Cut(q, "\n"); strings.HasPrefix(first, "#") {
			title = strings.TrimSpace(strings.TrimPrefix(first, "#"))
			q = rest
		}
		out = append(out, Example{File: file, Name: title, Query: q})
	}
	return out, nil
}
