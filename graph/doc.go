// Package graph is the knowledge graph of the peacekeeping case study: its domain types, the
// Store interface every backend implements, and the error codes those backends return.
//
// The package is pure domain: it imports no database driver and no GraphQL code (a test keeps it
// so). Backends live in subpackages (graph/memory, graph/neo4j); graph/storetest holds the one
// conformance suite both must pass; the GraphQL layer over a Store is server/gql.
//
// Every rule that two places need is here once: the rules of each kind of node (kinds.go: the
// KindInfo table and the per-kind methods of model.go: owner, sub-kind, span, natural key,
// searchable fields, construction), the enums (enums.go), time (date.go), filtering, ordering,
// paging and cursors (list.go: ValidateList, MatchFields, Paginate, PageOf, ListNodes, WithPage,
// CheckPageSize), search ranking and paging (search.go), path choice, and the error codes with
// the one way to name an operation (errors.go: WithOp). The backends call them, so they differ
// only in how they fetch; the adapters under server/ call them, so they only map.
package graph
