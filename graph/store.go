package graph

import "context"

// Store reads the knowledge graph. Implementations are safe for concurrent use. Every method
// honours ctx's deadline and cancellation; when the backend cannot be reached it returns an
// error with code Unavailable, and for a bug or corrupt data one with code Internal. The codes
// listed on each method are the others it may return.
type Store interface {
	// Get returns the nodes with the given IDs, in the order asked; the entry of an unknown ID
	// is nil (not an error: GraphQL answers null). An alias (the ID of a record merged into
	// another, Base.Aliases) returns the node it was merged into, under that node's own ID.
	Get(ctx context.Context, ids []string) ([]Node, error)

	// Lookup finds a node by its natural key: a Country by ISO3 code, a Mission by acronym
	// (both case-insensitive). NotFound if there is none; Invalid for another kind.
	Lookup(ctx context.Context, kind Kind, key string) (Node, error)

	// List returns one page of the nodes of q.Kind that pass q's filters, in q's order.
	// Invalid for a malformed or stale cursor, a bad order field, an inverted date range or
	// a negative page size; NotFound for a filter naming an unknown country or mission.
	List(ctx context.Context, q ListQuery) (Page, error)

	// Edges returns, for each ID, its relationships of type rel (Out: where it is From; In:
	// where it is To; Both: either), ordered by SortEdges. IDs without any map to nothing.
	// Batched so that a GraphQL request needs one call per nesting level.
	Edges(ctx context.Context, ids []string, rel RelType, dir Direction) (map[string][]Edge, error)

	// Relationships is Edges over several types at once: for each ID, its relationships of any
	// of types (none: every type of Relations) in direction dir, ordered by SortEdges. A
	// symmetric relationship is returned once, as stated. Invalid for an unknown type.
	Relationships(ctx context.Context, ids []string, types []RelType, dir Direction) (map[string][]Edge, error)

	// PersonnelSeries returns a country's monthly uniformed personnel within r, by date.
	// NotFound for an unknown country; Invalid for an inverted range.
	PersonnelSeries(ctx context.Context, countryID string, r DateRange) ([]PersonnelPoint, error)

	// Search finds nodes whose text matches q.Text, ranked by Score (see search.go).
	// Invalid for an empty text or a bad page size.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// EvidencePath returns the best path between two nodes over domain relationships in either
	// direction, at most maxHops long, by graph's path rules (path.go: evidence of its own over
	// inherited, around hubs), each step with the relationship it took and that relationship's
	// evidence (PathStep.Edge). An empty path means none within maxHops. NotFound for an
	// unknown end; Invalid for maxHops outside 1..MaxPathHops.
	EvidencePath(ctx context.Context, from, to string, maxHops int) ([]PathStep, error)

	// Info returns the dataset's version and counts.
	Info(ctx context.Context) (DatasetInfo, error)

	// Ping reports whether the backend can answer now (Unavailable if not).
	Ping(ctx context.Context) error
}

// DatasetInfo describes the loaded dataset.
type DatasetInfo struct {
	Version       string `json:"version"`
	Nodes         int    `json:"nodes"`
	Relationships int    `json:"relationships"`
	Sources       int    `json:"sources"`
	Backend       string `json:"backend"`
}

// PathStep is one node of a path, with the relationship that led to it from the previous
// step (empty on the first step). Forward is true when the relationship runs from the
// previous node to this one.
type PathStep struct {
	NodeID       string  `json:"node"`
	Relationship RelType `json:"relationship,omitempty"`
	Forward      bool    `json:"forward,omitempty"`
	// Inherited and Key describe the relationship that led here (as PathHop does); Edge is
	// that relationship with its evidence, which the store attaches.
	Inherited bool   `json:"inherited,omitempty"`
	Weak      bool   `json:"weak,omitempty"`
	Key       string `json:"key,omitempty"`
	Edge      *Edge  `json:"edge,omitempty"`
}

// MaxPathHops caps evidencePath: longer paths explain little, and reading the graph around
// both ends grows fast with the bound.
const MaxPathHops = 6

// Dataset is the whole graph as loaded from the seed: what the memory store serves and the
// Neo4j loader writes.
type Dataset struct {
	Version   string
	Nodes     []Node // sorted by ID
	Edges     []Edge
	Personnel map[string][]PersonnelPoint // by country ID, sorted by date
}
