package httpapi

import "time"

// Config is what the HTTP API needs to know beyond its store. The zero value serves with
// DefaultLimits and DefaultHTTP.
type Config struct {
	Limits Limits
	HTTP   HTTPConfig
	// LogVariables adds GraphQL variables' values to the access log (PEACEGRAPH_LOG_VARIABLES;
	// off by default: they may be private).
	LogVariables bool
}

// Limits protect a public, read-only endpoint from hostile queries. A zero field means its
// default (see DefaultLimits).
type Limits struct {
	MaxFirst             int           // PEACEGRAPH_MAX_FIRST: largest first/last on connections
	MaxDepth             int           // PEACEGRAPH_MAX_DEPTH: deepest selection nesting
	MaxAliases           int           // PEACEGRAPH_MAX_ALIASES: most aliased fields
	MaxComplexity        int           // PEACEGRAPH_MAX_COMPLEXITY: highest operation cost
	MaxQueryBytes        int           // PEACEGRAPH_MAX_QUERY_BYTES: longest document
	MaxBodyBytes         int64         // PEACEGRAPH_MAX_BODY_BYTES: largest request body
	RequestTimeout       time.Duration // PEACEGRAPH_REQUEST_TIMEOUT: per request
	ShutdownTimeout      time.Duration // how long in-flight requests get on SIGTERM
	DisableIntrospection bool          // PEACEGRAPH_INTROSPECTION=false
	// LoaderWait is the batching window of the per-request loaders: zero means 1 ms with the
	// memory store, 5 ms with Neo4j (gql.DefaultLoaderWait); PEACEGRAPH_LOADER_WAIT.
	LoaderWait time.Duration
}

// DefaultLimits are the limits when nothing else is said. MaxComplexity leaves room for a
// dashboard's query of 100 missions with 100 deployments each, a few fields and citations on
// each (about 160,000 by costSchema), and refuses two nested pages of 500 (about 500,000).
var DefaultLimits = Limits{
	MaxFirst: 500, MaxDepth: 15, MaxAliases: 100, MaxComplexity: 250_000,
	MaxQueryBytes: 20 << 10, MaxBodyBytes: 1 << 20,
	RequestTimeout: 30 * time.Second, ShutdownTimeout: 15 * time.Second,
}

// WithDefaults fills the zero fields of l from DefaultLimits.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits
	set := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	set(&l.MaxFirst, d.MaxFirst)
	set(&l.MaxDepth, d.MaxDepth)
	set(&l.MaxAliases, d.MaxAliases)
	set(&l.MaxComplexity, d.MaxComplexity)
	set(&l.MaxQueryBytes, d.MaxQueryBytes)
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = d.MaxBodyBytes
	}
	if l.RequestTimeout <= 0 {
		l.RequestTimeout = d.RequestTimeout
	}
	if l.ShutdownTimeout <= 0 {
		l.ShutdownTimeout = d.ShutdownTimeout
	}
	return l
}

// HTTPConfig is how the server speaks HTTP beyond GraphQL's rules: caching and CORS.
type HTTPConfig struct {
	CacheMaxAge time.Duration // PEACEGRAPH_CACHE_MAX_AGE; 0: no-cache
	CORSOrigins []string      // PEACEGRAPH_CORS_ORIGINS; "*" for any, empty for none
}

// DefaultHTTP is the HTTP behaviour when nothing else is said.
var DefaultHTTP = HTTPConfig{CacheMaxAge: 60 * time.Second, CORSOrigins: []string{"*"}}
