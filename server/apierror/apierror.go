// Package apierror is the API's one error vocabulary: the extensions.code every error carries
// and the HTTP status each code gets, for the GraphQL error presenter, the GraphQL-over-HTTP
// transport, the protection limits and the exports alike. A store error is classified by its
// graph.Code; the other codes are the transport's, gqlgen's and the limits'.
package apierror

import (
	"context"
	"errors"
	"net/http"
	"slices"

	"github.com/peacegraph/peacegraph/graph"
)

// The codes. Each has one row in the table below.
const (
	BadUserInput           = "BAD_USER_INPUT"            // a bad argument value, date, cursor or export parameter
	BadRequest             = "BAD_REQUEST"               // not a well-formed GraphQL-over-HTTP request
	ParseFailed            = "GRAPHQL_PARSE_FAILED"      // gqlgen's
	ValidationFailed       = "GRAPHQL_VALIDATION_FAILED" // gqlgen's
	PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND" // gqlgen's APQ
	NotFound               = "NOT_FOUND"                 // graph.NotFound: an unknown country, mission, node, export table
	MethodNotAllowed       = "METHOD_NOT_ALLOWED"
	NotAcceptable          = "NOT_ACCEPTABLE"
	UnsupportedMediaType   = "UNSUPPORTED_MEDIA_TYPE"
	RequestTooLarge        = "REQUEST_TOO_LARGE" // PEACEGRAPH_MAX_BODY_BYTES
	QueryTooLarge          = "QUERY_TOO_LARGE"   // PEACEGRAPH_MAX_QUERY_BYTES
	QueryTooDeep           = "QUERY_TOO_DEEP"    // PEACEGRAPH_MAX_DEPTH
	TooManyAliases         = "TOO_MANY_ALIASES"  // PEACEGRAPH_MAX_ALIASES
	QueryTooComplex        = "QUERY_TOO_COMPLEX" // PEACEGRAPH_MAX_COMPLEXITY
	IntrospectionDisabled  = "INTROSPECTION_DISABLED"
	Timeout                = "TIMEOUT"               // PEACEGRAPH_REQUEST_TIMEOUT
	BackendUnavailable     = "BACKEND_UNAVAILABLE"   // graph.Unavailable
	Internal               = "INTERNAL_SERVER_ERROR" // graph.Internal, and anything unclassified
)

// status is the one table: a code and the HTTP status of a response that carries no data (see
// the transport for when a GraphQL response with errors still gets 200).
var status = map[string]int{
	BadUserInput:           http.StatusBadRequest,
	BadRequest:             http.StatusBadRequest,
	ParseFailed:            http.StatusBadRequest,
	ValidationFailed:       http.StatusBadRequest,
	PersistedQueryNotFound: http.StatusOK, // APQ clients retry with the query (400 with graphql-response+json)
	NotFound:               http.StatusNotFound,
	MethodNotAllowed:       http.StatusMethodNotAllowed,
	NotAcceptable:          http.StatusNotAcceptable,
	UnsupportedMediaType:   http.StatusUnsupportedMediaType,
	RequestTooLarge:        http.StatusRequestEntityTooLarge,
	QueryTooLarge:          http.StatusRequestEntityTooLarge,
	QueryTooDeep:           http.StatusBadRequest,
	TooManyAliases:         http.StatusBadRequest,
	QueryTooComplex:        http.StatusBadRequest,
	IntrospectionDisabled:  http.StatusBadRequest,
	Timeout:                http.StatusServiceUnavailable,
	BackendUnavailable:     http.StatusServiceUnavailable,
	Internal:               http.StatusInternalServerError,
}

// ofGraph gives each graph.Code its API code.
var ofGraph = map[graph.Code]string{
	graph.Invalid:     BadUserInput,
	graph.NotFound:    NotFound,
	graph.Unavailable: BackendUnavailable,
	graph.Internal:    Internal,
}

// Status returns the HTTP status of code; 500 for a code not in the table.
func Status(code string) int {
	if s, ok := status[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Known reports whether code is in the table (metrics label only known codes).
func Known(code string) bool { _, ok := status[code]; return ok }

// Codes lists every code, sorted.
func Codes() []string {
	out := make([]string, 0, len(status))
	for c := range status {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// OfGraph returns the API code of a graph error code.
func OfGraph(c graph.Code) string {
	if s, ok := ofGraph[c]; ok {
		return s
	}
	return Internal
}

// Classify gives err its code and a message safe to show. A request whose deadline passed is
// TIMEOUT whatever the store made of it (a store wraps the expired context as Unavailable, but
// the backend is fine: the request ran out of time). Internal errors and unclassified ones say
// only "internal error": their details are for the log.
func Classify(ctx context.Context, err error) (code, message string) {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return Timeout, "the request took too long and was stopped"
	}
	c := graph.ErrorCode(err)
	if c == graph.Internal {
		return Internal, "internal error"
	}
	return OfGraph(c), graph.ErrorMessage(err)
}

// Logged reports whether an error with this code is the server's problem, to be logged with
// its cause (a 5xx), rather than the caller's.
func Logged(code string) bool { return Status(code) >= 500 }
