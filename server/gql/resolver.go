// Package gql is the GraphQL layer: gqlgen's generated executable schema and thin resolvers
// over a graph.Store. Resolvers hold no Cypher and no business rules; relations go through
// per-request loaders (loaders.go) so a query costs one store call per nesting level.
package gql

//go:generate go tool gqlgen generate --config gqlgen.yml

import (
	"time"

	"github.com/peacegraph/peacegraph/graph"
)

// Resolver is the root resolver. It is shared by all requests; per-request state (loaders)
// lives in the context.
type Resolver struct {
	Store graph.Store
	// LoaderWait is the loaders' batching window (DefaultLoaderWait when zero).
	LoaderWait time.Duration
}
