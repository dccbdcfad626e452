// Package analysis answers the study's comparative questions (issue 5) over any graph.Store:
// reform pathways, constitutional compliance, selectivity, the country comparison table and the
// timeline.
//
// It is plain Go over the graph.Store interface and imports only package graph and the standard
// library, so the memory and Neo4j backends give identical answers by construction: everything
// that could differ (which nodes count, ordering, formatting) is decided here, once.
//
// Conventions shared by every function:
//
//   - Countries are named by ID ("country:mex"); "MEX" and "mex" are accepted too (graph.CountryID).
//     An unknown country is a graph.NotFound error naming the value as given; a blank one, an
//     inverted date range or another bad argument is graph.Invalid. Errors name the operation
//     ("analysis.Compare: ..."); a store error keeps its code and user-safe message.
//   - Results hold node IDs, not nodes: the caller loads what it shows (the GraphQL layer through
//     its loaders). Slices in results are never nil, so an empty answer is [] in JSON.
//   - Citation lists are de-duplicated by (source, locator), keeping the note of the first one met,
//     and sorted by source ID then locator, unless a function says it passes a single
//     relationship's citations through as stored.
//   - Undated items sort after dated ones; dates compare in graph.PartialDate order
//     ("1992" < "1992-06" < "1992-06-15"); every order ends with an ID, so it is total.
//   - Each function makes a fixed, small number of store calls whatever the size of the data:
//     Store.Get and Store.Edges are always called with every ID of a step at once, and a call
//     whose ID list would be empty is skipped. The bound is documented on each function and pinned
//     by the package's tests through a call-counting Store.
//   - Nothing returned aliases the store's own slices, and the store's data is never modified.
package analysis
