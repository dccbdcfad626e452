package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/peacegraph/peacegraph/graph"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// errorClass is one row of the table that maps what went wrong to what the client sees.
type errorClass struct {
	code   string // extensions.code
	status int    // HTTP status when the response carries no data
}

// The one table of error codes. Store errors are classified by graph.Code; the rest are
// gqlgen's own codes (request, parse and validation failures) and the server's. The status is
// what a response without data gets (see graphqlStatus in transport.go for when it applies);
// the exports and the HTTP-level refusals (bad body, method, media type) use it as it is.
var (
	errorTable = map[graph.Code]errorClass{
		graph.Invalid:     {"BAD_USER_INPUT", http.StatusBadRequest},
		graph.NotFound:    {"NOT_FOUND", http.StatusNotFound},
		graph.Unavailable: {"BACKEND_UNAVAILABLE", http.StatusServiceUnavailable},
		graph.Internal:    {"INTERNAL_SERVER_ERROR", http.StatusInternalServerError},
	}
	codeStatus = map[string]int{
		"BAD_USER_INPUT":            http.StatusBadRequest, // a bad argument value, date, cursor or export parameter
		"BAD_REQUEST":               http.StatusBadRequest, // not a well-formed GraphQL-over-HTTP request
		"GRAPHQL_PARSE_FAILED":      http.StatusBadRequest,
		"GRAPHQL_VALIDATION_FAILED": http.StatusBadRequest,
		"PERSISTED_QUERY_NOT_FOUND": http.StatusOK, // APQ clients retry with the query (400 with graphql-response+json)
		"NOT_FOUND":                 http.StatusNotFound,
		"METHOD_NOT_ALLOWED":        http.StatusMethodNotAllowed,
		"NOT_ACCEPTABLE":            http.StatusNotAcceptable,
		"UNSUPPORTED_MEDIA_TYPE":    http.StatusUnsupportedMediaType,
		"REQUEST_TOO_LARGE":         http.StatusRequestEntityTooLarge,
		"QUERY_TOO_LARGE":           http.StatusRequestEntityTooLarge,
		"QUERY_TOO_DEEP":            http.StatusBadRequest,
		"TOO_MANY_ALIASES":          http.StatusBadRequest,
		"QUERY_TOO_COMPLEX":         http.StatusBadRequest,
		"INTROSPECTION_DISABLED":    http.StatusBadRequest,
		"TIMEOUT":                   http.StatusServiceUnavailable,
		"BACKEND_UNAVAILABLE":       http.StatusServiceUnavailable,
		"INTERNAL_SERVER_ERROR":     http.StatusInternalServerError,
	}
)

// statusOf returns the HTTP status of an error code (500 for an unknown one).
func statusOf(code string) int {
	if s, ok := codeStatus[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// classify gives an error met outside GraphQL (an export's) its code and a message safe to
// show, as presentError does for GraphQL errors.
func classify(ctx context.Context, err error) (code, message string) {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "TIMEOUT", "the request took too long and was stopped"
	}
	c := graph.ErrorCode(err)
	if c == graph.Internal {
		return errorTable[c].code, "internal error"
	}
	return errorTable[c].code, graph.ErrorMessage(err)
}

// presentError gives every GraphQL error an extensions.code and a message safe to show.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var ge *graph.Error
		switch {
		case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
			// Checked first: a store wraps the expired context as Unavailable, but the
			// backend is fine; the request ran out of time (PEACEGRAPH_REQUEST_TIMEOUT).
			gerr.Message = "the request took too long and was stopped"
			setCode(gerr, "TIMEOUT")
		case errors.As(err, &ge):
			class := errorTable[ge.Code]
			gerr.Message = ge.Message
			if ge.Code == graph.Internal || ge.Code == graph.Unavailable {
				log.ErrorContext(ctx, "request failed", "code", ge.Code, "op", ge.Op, "err", err)
				if ge.Code == graph.Internal {
					gerr.Message = "internal error"
				}
			}
			setCode(gerr, class.code)
		case gerr.Extensions["code"] == "COMPLEXITY_LIMIT_EXCEEDED":
			setCode(gerr, "QUERY_TOO_COMPLEX") // gqlgen's name for it; ours is in the table
		default:
			// gqlgen's own errors: argument coercion (a bad PartialDate, an out-of-range
			// enum) and the like. They are the caller's input.
			if gerr.Extensions == nil || gerr.Extensions["code"] == nil {
				setCode(gerr, "BAD_USER_INPUT")
			}
		}
		return gerr
	}
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// recoverPanic turns a resolver panic into an internal error; the stack goes to the log only.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "stack", stack())
		return &graph.Error{Code: graph.Internal, Op: "resolver", Message: "internal error"}
	}
}
