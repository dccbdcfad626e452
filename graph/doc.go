// Package graph is the knowledge graph of the peacekeeping case study: its domain types, the
// Store interface every backend implements, and the error codes those backends return.
//
// The package is pure domain: it imports no database driver and no GraphQL code (a test keeps it
// so). Backends live in subpackages (graph/memory, graph/neo4j); graph/storetest holds the one
// conformance suite both must pass; the GraphQL layer over a Store is server/gql.
//
// Semantics that must be identical on every backend (ordering, pagination, date ranges, search
// ranking, path choice) are implemented here once, as plain functions the backends call, so the
// backends differ only in how they fetch.
package graph
