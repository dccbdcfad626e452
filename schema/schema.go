// Package schema holds the project's contracts as data: the GraphQL SDL of the public API
// (graphql/), the Neo4j constraints and indexes (neo4j/), and the example queries that the
// playground offers, the docs show and the golden tests run (examples/). Code and tests read
// the same files through FS.
package schema

import "embed"

// FS holds graphql/*.graphqls, neo4j/*.cypher and examples/*.graphql.
//
//go:embed graphql neo4j examples
var FS embed.FS
