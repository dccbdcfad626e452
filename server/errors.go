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
// gqlgen's own codes (request, parse and validation failures) and the server's.
var (
	errorTable = map[graph.Code]errorClass{
		graph.Invalid:     {"BAD_USER_INPUT", http.StatusBadRequest},
		graph.NotFound:    {"NOT_FOUND", http.StatusNotFound},
		graph.Unavailable: {"BACKEND_UNAVAILABLE", http.StatusServiceUnavailable},
		graph.Internal:    {"INTERNAL_SERVER_ERROR", http.StatusInternalServerError},
	}
	codeStatus = map[string]int{
		"BAD_USER_INPUT":            http.StatusBadRequest,
		"BAD_REQUEST":               http.StatusBadRequest,
		"GRAPHQL_PARSE_FAILED":      http.StatusBadRequest,
		"GRAPHQL_VALIDATION_FAILED": http.StatusBadRequest,
		"PERSISTED_QUERY_NOT_FOUND": http.StatusOK,
		"NOT_FOUND":                 http.StatusNotFound,
		"METHOD_NOT_ALLOWED":        http.StatusMethodNotAllowed,
		"UNSUPPORTED_MEDIA_TYPE":    http.StatusUnsupportedMediaType,
		"QUERY_TOO_COMPLEX":         http.StatusBadRequest,
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

// presentError gives every GraphQL error an extensions.code and a message safe to show.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var ge *graph.Error
		switch {
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
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = "the request took too long and was stopped"
			setCode(gerr, "TIMEOUT")
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
