package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/peacegraph/peacegraph/server/httpapi"
)

// Config is everything the server can be told, from the environment and flags (flags win).
//
// The environment variables, README-ready:
//
//	| Variable                     | Default           | What it does                                                                 |
//	|------------------------------|-------------------|------------------------------------------------------------------------------|
//	| `PEACEGRAPH_ADDR`            | `127.0.0.1:8080`  | listen address (flag `-addr`)                                                |
//	| `PEACEGRAPH_LOG_LEVEL`       | `info`            | `debug`, `info`, `warn` or `error`                                           |
//	| `PEACEGRAPH_LOG_FORMAT`      | `text`            | `text` or `json`                                                             |
//	| `PEACEGRAPH_LOG_VARIABLES`   | `false`           | `true` adds GraphQL variables' values to the access log (off: they may be private) |
//	| `NEO4J_URI`                  | (empty)           | serve from this Neo4j (flag `-neo4j-uri`); empty: the embedded dataset in memory |
//	| `NEO4J_USER`, `NEO4J_PASSWORD`, `NEO4J_DATABASE` | `neo4j`, `peacegraph-dev`, default db | Neo4j credentials and database |
//	| `PEACEGRAPH_MAX_FIRST`       | `500`             | largest `first`/`last` on a connection or list (400 `BAD_USER_INPUT`)        |
//	| `PEACEGRAPH_MAX_DEPTH`       | `15`              | deepest selection nesting (400 `QUERY_TOO_DEEP`)                             |
//	| `PEACEGRAPH_MAX_ALIASES`     | `100`             | most aliased fields in an operation (400 `TOO_MANY_ALIASES`)                 |
//	| `PEACEGRAPH_MAX_COMPLEXITY`  | `250000`          | highest cost of an operation, see costSchema (400 `QUERY_TOO_COMPLEX`)       |
//	| `PEACEGRAPH_MAX_QUERY_BYTES` | `20480` (20 KiB)  | longest GraphQL document (413 `QUERY_TOO_LARGE`)                             |
//	| `PEACEGRAPH_MAX_BODY_BYTES`  | `1048576` (1 MiB) | largest request body (413 `REQUEST_TOO_LARGE`)                               |
//	| `PEACEGRAPH_REQUEST_TIMEOUT` | `30s`             | time a request may take (503 `TIMEOUT`)                                      |
//	| `PEACEGRAPH_READ_HEADER_TIMEOUT` | `10s`         | time to read a request's headers (a slow client is cut off)                  |
//	| `PEACEGRAPH_READ_TIMEOUT`    | `60s`             | time to read a whole request, body included                                 |
//	| `PEACEGRAPH_WRITE_TIMEOUT`   | `90s`             | time from the end of the headers to the end of the response; longer than the request timeout, so a slow reader cannot hold a connection for ever |
//	| `PEACEGRAPH_IDLE_TIMEOUT`    | `120s`            | how long an idle keep-alive connection stays open                            |
//	| `PEACEGRAPH_MAX_HEADER_BYTES` | `65536` (64 KiB) | largest request header block (431)                                           |
//	| `PEACEGRAPH_INTROSPECTION`   | `true`            | `false` refuses `__schema`/`__type` (400 `INTROSPECTION_DISABLED`) and drops "Did you mean" suggestions from validation errors |
//	| `PEACEGRAPH_CACHE_MAX_AGE`   | `60s`             | `Cache-Control: public, max-age=N` on successful GET responses; `0s` sends `no-cache` (clients revalidate with the ETag) |
//	| `PEACEGRAPH_LOADER_WAIT`     | `1ms` memory, `5ms` Neo4j | batching window of the per-request loaders (see docs/benchmarks.md) |
//	| `PEACEGRAPH_CORS_ORIGINS`    | `*`               | comma-separated origins allowed to call the API from a browser, `*` for any, `none` for no CORS headers |
type Config struct {
	Addr         string // PEACEGRAPH_ADDR, -addr
	LogLevel     slog.Level
	LogJSON      bool
	LogVariables bool // PEACEGRAPH_LOG_VARIABLES

	Neo4jURI      string // NEO4J_URI: when set, serve from Neo4j; else from memory
	Neo4jUser     string
	Neo4jPassword string
	Neo4jDatabase string

	Limits httpapi.Limits
	HTTP   httpapi.HTTPConfig
	Server ServerTimeouts
}

// ServerTimeouts are the http.Server's own limits, explicit rather than net/http's zero values
// (no read or write timeout at all: 1,000 slow-body connections stayed open, issue 14).
type ServerTimeouts struct {
	ReadHeader, Read, Write, Idle time.Duration
	MaxHeaderBytes                int
}

// DefaultServerTimeouts: the write timeout outlives the request timeout (30 s), so a request
// that times out can still be answered.
var DefaultServerTimeouts = ServerTimeouts{
	ReadHeader: 10 * time.Second, Read: 60 * time.Second, Write: 90 * time.Second,
	Idle: 120 * time.Second, MaxHeaderBytes: 64 << 10,
}

// API is the part of the configuration the HTTP API takes.
func (c Config) API() httpapi.Config {
	return httpapi.Config{Limits: c.Limits, HTTP: c.HTTP, LogVariables: c.LogVariables}
}

// env reads a variable through getenv, with a default.
func env(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// ParseConfig reads the configuration. It returns a usage error for bad values.
func ParseConfig(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	c := Config{
		Addr:          env(getenv, "PEACEGRAPH_ADDR", "127.0.0.1:8080"),
		Neo4jURI:      getenv("NEO4J_URI"),
		Neo4jUser:     env(getenv, "NEO4J_USER", "neo4j"),
		Neo4jPassword: getenv("NEO4J_PASSWORD"),
		Neo4jDatabase: getenv("NEO4J_DATABASE"),
		LogJSON:       env(getenv, "PEACEGRAPH_LOG_FORMAT", "text") == "json",
		Limits:        httpapi.DefaultLimits,
		HTTP:          httpapi.DefaultHTTP,
		Server:        DefaultServerTimeouts,
	}
	if err := c.LogLevel.UnmarshalText([]byte(env(getenv, "PEACEGRAPH_LOG_LEVEL", "info"))); err != nil {
		return c, fmt.Errorf("PEACEGRAPH_LOG_LEVEL: %w", err)
	}
	p := envParser{getenv: getenv}
	p.positive("PEACEGRAPH_MAX_FIRST", &c.Limits.MaxFirst)
	p.positive("PEACEGRAPH_MAX_DEPTH", &c.Limits.MaxDepth)
	p.positive("PEACEGRAPH_MAX_ALIASES", &c.Limits.MaxAliases)
	p.positive("PEACEGRAPH_MAX_COMPLEXITY", &c.Limits.MaxComplexity)
	p.positive("PEACEGRAPH_MAX_QUERY_BYTES", &c.Limits.MaxQueryBytes)
	body := int(c.Limits.MaxBodyBytes)
	p.positive("PEACEGRAPH_MAX_BODY_BYTES", &body)
	c.Limits.MaxBodyBytes = int64(body)
	p.duration("PEACEGRAPH_REQUEST_TIMEOUT", &c.Limits.RequestTimeout, false)
	p.duration("PEACEGRAPH_CACHE_MAX_AGE", &c.HTTP.CacheMaxAge, true)
	p.duration("PEACEGRAPH_READ_HEADER_TIMEOUT", &c.Server.ReadHeader, false)
	p.duration("PEACEGRAPH_READ_TIMEOUT", &c.Server.Read, false)
	p.duration("PEACEGRAPH_WRITE_TIMEOUT", &c.Server.Write, false)
	p.duration("PEACEGRAPH_IDLE_TIMEOUT", &c.Server.Idle, false)
	p.positive("PEACEGRAPH_MAX_HEADER_BYTES", &c.Server.MaxHeaderBytes)
	p.duration("PEACEGRAPH_LOADER_WAIT", &c.Limits.LoaderWait, false)
	introspection := true
	p.boolean("PEACEGRAPH_INTROSPECTION", &introspection)
	c.Limits.DisableIntrospection = !introspection
	p.boolean("PEACEGRAPH_LOG_VARIABLES", &c.LogVariables)
	if v := getenv("PEACEGRAPH_CORS_ORIGINS"); v != "" {
		c.HTTP.CORSOrigins = nil
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" && o != "none" {
				c.HTTP.CORSOrigins = append(c.HTTP.CORSOrigins, strings.TrimSuffix(o, "/"))
			}
		}
	}
	if p.err == nil && c.Server.Write <= c.Limits.RequestTimeout {
		p.err = fmt.Errorf("PEACEGRAPH_WRITE_TIMEOUT (%s) must be longer than PEACEGRAPH_REQUEST_TIMEOUT (%s), or a timed-out request could not be answered", c.Server.Write, c.Limits.RequestTimeout)
	}
	if p.err != nil {
		return c, p.err
	}
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.Addr, "addr", c.Addr, "listen address (PEACEGRAPH_ADDR)")
	fs.StringVar(&c.Neo4jURI, "neo4j-uri", c.Neo4jURI, "Neo4j URI, bolt:// or neo4j:// (NEO4J_URI); empty: serve the embedded dataset from memory")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if c.Neo4jURI != "" && c.Neo4jPassword == "" {
		c.Neo4jPassword = "peacegraph-dev"
	}
	return c, nil
}

// envParser reads typed variables, keeping the first error.
type envParser struct {
	getenv func(string) string
	err    error
}

func (p *envParser) fail(key, want, got string) {
	if p.err == nil {
		p.err = fmt.Errorf("%s: want %s, got %q", key, want, got)
	}
}

func (p *envParser) positive(key string, dst *int) {
	if v := p.getenv(key); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			p.fail(key, "a positive whole number", v)
			return
		}
		*dst = n
	}
}

func (p *envParser) duration(key string, dst *time.Duration, zeroOK bool) {
	if v := p.getenv(key); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 || (d == 0 && !zeroOK) {
			p.fail(key, "a duration such as 30s", v)
			return
		}
		*dst = d
	}
}

func (p *envParser) boolean(key string, dst *bool) {
	if v := p.getenv(key); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			p.fail(key, "true or false", v)
			return
		}
		*dst = b
	}
}

func newLogger(c Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
