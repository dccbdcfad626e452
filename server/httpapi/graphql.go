package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/server/apierror"
	"github.com/peacegraph/peacegraph/server/gql"
)

// newGraphQLHandler builds the gqlgen server: one transport (graphqlHTTP) and the extensions
// that protect and cache, in the order they run (see protect.go).
func newGraphQLHandler(store graph.Store, cfg Config, log *slog.Logger) http.Handler {
	limits := cfg.Limits
	es := costSchema{gql.NewExecutableSchema(gql.Config{Resolvers: &gql.Resolver{Store: store, LoaderWait: limits.LoaderWait}})}
	srv := handler.New(es)
	srv.AddTransport(graphqlHTTP{limits: limits, http: cfg.HTTP, logVariables: cfg.LogVariables})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// Automatic persisted queries: a client sends the query's SHA-256 instead of the query,
	// so GET URLs stay short and cacheable. 1,000 queries of at most MaxQueryBytes each.
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	if limits.DisableIntrospection {
		// Without introspection, "Did you mean" suggestions would leak the schema field by field.
		srv.SetDisableSuggestion(true)
	} else {
		srv.Use(extension.Introspection{})
	}
	srv.Use(shapeRules{limits})
	srv.Use(&argumentRules{maxFirst: limits.MaxFirst})
	srv.Use(extension.FixedComplexityLimit(limits.MaxComplexity))
	srv.SetErrorPresenter(presentError(log, limits.DisableIntrospection))
	srv.SetRecoverFunc(recoverPanic(log))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		name := oc.OperationName
		if name == "" && oc.Operation != nil {
			name = oc.Operation.Name
		}
		infoOf(ctx).operation = name
		return next(gql.WithLoaders(ctx, store, limits.LoaderWait))
	})
	return srv
}

// presentError gives every GraphQL error an extensions.code and a message safe to show: a
// store's error (or a timeout) by apierror.Classify, gqlgen's own errors by their code.
func presentError(log *slog.Logger, hideSuggestions bool) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if hideSuggestions {
			// SetDisableSuggestion covers only field names; gqlparser still suggests
			// arguments, enum values and input fields, each naming part of the schema.
			gerr.Message = suggestion.ReplaceAllString(gerr.Message, "")
		}
		var ge *graph.Error
		switch {
		case errors.As(err, &ge) || errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
			code, msg := apierror.Classify(ctx, err)
			if apierror.Logged(code) {
				attrs := []any{"code", code, "err", err}
				if ge != nil {
					attrs = append(attrs, "op", ge.Op)
				}
				log.ErrorContext(ctx, "request failed", attrs...)
			}
			gerr.Message = msg
			setCode(gerr, code)
		case gerr.Extensions["code"] == "COMPLEXITY_LIMIT_EXCEEDED":
			setCode(gerr, apierror.QueryTooComplex) // gqlgen's name for it; ours is in the table
		default:
			// gqlgen's own errors: argument coercion (a bad PartialDate, an out-of-range
			// enum) and the like. They are the caller's input.
			if gerr.Extensions == nil || gerr.Extensions["code"] == nil {
				setCode(gerr, apierror.BadUserInput)
			}
		}
		return gerr
	}
}

// suggestion matches gqlparser's "Did you mean ...?" tail of a validation or coercion message.
var suggestion = regexp.MustCompile(` ?Did you mean [^?]*\?`)

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
