package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peacegraph/peacegraph/server/apierror"
)

// graphqlHTTP is /graphql's one gqlgen transport: GraphQL over HTTP as the GraphQL Foundation
// spec (https://graphql.github.io/graphql-over-http/) describes it, with the choices below.
// README-ready:
//
// # Requests
//
//   - POST with `Content-Type: application/json` (charset absent or utf-8) and a JSON object
//     body {query, operationName?, variables?, extensions?}. Any other Content-Type, or none:
//     415 UNSUPPORTED_MEDIA_TYPE.
//   - GET (and HEAD) with the same parameters in the URL; variables and extensions as JSON.
//     GET runs queries only: a document whose selected operation is a mutation or a
//     subscription gets 405 METHOD_NOT_ALLOWED with `Allow: POST`. The rule looks at the
//     operation type written in the document, before validation, so it holds although our
//     schema has no Mutation type; the same document by POST is validated as usual and gets
//     400 GRAPHQL_VALIDATION_FAILED ("Schema does not support operation type mutation").
//   - OPTIONS: 204 with `Allow: GET, POST, OPTIONS` (CORS preflights are answered before).
//   - Any other method: 405 METHOD_NOT_ALLOWED with `Allow: GET, POST, OPTIONS`.
//   - Not a well-formed request, 400 BAD_REQUEST: malformed JSON, a body that is not an
//     object, no query (unless an automatic persisted query names one by hash), a query,
//     operationName, variables or extensions of the wrong JSON type. An operationName that
//     the document does not define (or none, when it defines several operations) is a
//     request error coded BAD_REQUEST (200 with application/json, see below).
//   - Too large: a body over PEACEGRAPH_MAX_BODY_BYTES gets 413 REQUEST_TOO_LARGE, a query
//     over PEACEGRAPH_MAX_QUERY_BYTES 413 QUERY_TOO_LARGE.
//
// # Response media type
//
// application/graphql-response+json when the client's Accept ranks it above application/json
// (by q, then by the order listed; a wildcard counts for application/json), application/json
// otherwise, including when there is no Accept header (as the spec's legacy watershed asks,
// for the clients we have). An Accept that admits neither gets 406 NOT_ACCEPTABLE. Both are
// sent with `charset=utf-8`.
//
// # Status codes (graphqlStatus)
//
// A request error is one that stops the operation before it runs: not well-formed, parse,
// validation, variable coercion, the protection limits, an argument that fails to coerce. Its
// response has no data entry. Otherwise the operation ran and the response has data, null when
// an error reached a non-null root field.
//
//   - application/graphql-response+json follows the spec: a request error gets its status from
//     the table in errors.go, and 400 where that table would say 2xx; a response with data,
//     even null, gets 200.
//   - application/json follows the spec's recommendation for that media type (its "SHOULD use
//     the 200 status code for every response to a well-formed GraphQL-over-HTTP request"): a
//     request error (parse, validation, variable coercion, a bad argument value, the protection
//     limits) and a response whose data is null get 200, as a response with data must. Two
//     kinds of failure keep their status because they are not about the document: a mutation
//     by GET (405, which the spec requires whatever the media type) and an outage (503
//     BACKEND_UNAVAILABLE, TIMEOUT, or 500 for a server bug), so that load balancers and
//     retrying clients see them. A client that wants 4xx for bad documents asks for
//     application/graphql-response+json (the spec's answer for clients that check statuses).
//
// Bad argument values are request errors (argumentRules), so a malformed date or an oversized
// first has no data entry under either media type, even deep inside a query (and a 400 with
// application/graphql-response+json). So is an unreachable
// backend or a timeout (503 BACKEND_UNAVAILABLE, TIMEOUT): partial data is dropped, since
// the outage concerns the whole request. In short:
//
//	| Case                                                    | application/json       | application/graphql-response+json |
//	|---------------------------------------------------------|------------------------|-----------------------------------|
//	| data, with or without field errors                      | 200                    | 200                               |
//	| data null: an error reached a non-null root field       | 200                    | 200                               |
//	| parse, validation, variables, a bad argument value      | 200                    | 400                               |
//	| malformed request                                       | 400 BAD_REQUEST        | 400 BAD_REQUEST                   |
//	| the operation cannot be chosen (operationName)          | 200 BAD_REQUEST        | 400 BAD_REQUEST                   |
//	| depth, aliases, complexity, introspection off           | 200                    | 400                               |
//	| query or body too large                                 | 413                    | 413                               |
//	| mutation or subscription by GET                         | 405, Allow: POST       | 405, Allow: POST                  |
//	| wrong or missing Content-Type on POST                   | 415                    | 415                               |
//	| another method                                          | 405, Allow: GET, POST, OPTIONS | the same                  |
//	| Accept admits neither media type                        | 406, as application/json                                   |
//	| persisted query not found (APQ)                         | 200, Apollo's protocol | 400                               |
//	| backend unreachable or timeout (any data is dropped)    | 503 BACKEND_UNAVAILABLE / TIMEOUT | 503                    |
//	| a server bug (INTERNAL_SERVER_ERROR), no data           | 500                    | 500                               |
//
// Every error carries extensions.code. Responses vary on Accept (`Vary: Accept`).
type graphqlHTTP struct {
	limits       Limits
	http         HTTPConfig
	logVariables bool // put variables' values in the access log
}

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
	allowGraphQL         = "GET, POST, OPTIONS"
)

var _ graphql.Transport = graphqlHTTP{}

// Supports takes every request to /graphql, so that refusals get a coded JSON body.
func (graphqlHTTP) Supports(*http.Request) bool { return true }

func (t graphqlHTTP) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	w.Header().Add("Vary", "Accept")
	ri := infoOf(r.Context())
	fail := func(media string, e *apiError) {
		ri.codes = []string{e.code}
		refuse(w, media, e.code, e.message)
	}
	media, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		fail(mediaJSON, &apiError{apierror.NotAcceptable, "Accept admits neither application/graphql-response+json nor application/json"})
		return
	}
	var (
		raw *graphql.RawParams
		err *apiError
	)
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		raw, err = paramsFromURL(r.URL.RawQuery)
	case http.MethodPost:
		raw, err = paramsFromBody(r)
	case http.MethodOptions:
		w.Header().Set("Allow", allowGraphQL)
		w.WriteHeader(http.StatusNoContent)
		return
	default:
		w.Header().Set("Allow", allowGraphQL)
		err = &apiError{apierror.MethodNotAllowed, r.Method + " is not supported; use GET or POST"}
	}
	if err == nil && len(raw.Query) > t.limits.MaxQueryBytes {
		err = &apiError{apierror.QueryTooLarge, fmt.Sprintf("the query is %d bytes; at most %d are allowed", len(raw.Query), t.limits.MaxQueryBytes)}
	}
	if err != nil {
		fail(media, err)
		return
	}
	ri.operation = raw.OperationName // refined once the operation is known
	if t.logVariables {
		ri.variables = raw.Variables
	}
	ctx := context.WithValue(r.Context(), getRequestKey{}, r.Method == http.MethodGet || r.Method == http.MethodHead)
	oc, errs := exec.CreateOperationContext(ctx, raw)
	if errs != nil {
		if oc != nil && oc.Doc != nil && oc.Operation == nil {
			errs = gqlerror.List{operationNotFound(oc, raw.OperationName)}
		}
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		t.respond(w, r, media, resp, true)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	if resp == nil {
		// gqlgen gives no response when the request's context ended before execution began
		// (issue 14: the dereference below panicked into a 500 with a stack trace). Our own
		// deadline is a TIMEOUT; anything else is the client going away, which is not a
		// server error: 499 (nginx's "client closed request") in the access log, no error
		// code counted, nothing written that anyone will read.
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			fail(media, &apiError{apierror.Timeout, "the request timed out before it ran"})
			return
		}
		w.WriteHeader(statusClientClosed)
		return
	}
	// An unreachable backend or a timeout fails the request as a whole: partial data would be
	// mostly nulls that look like "no such thing". Answer as a request error, so that both
	// media types get 503 and dashboards and load balancers see the outage and retry.
	t.respond(w, r, media, resp, hasCode(resp.Errors, apierror.BackendUnavailable, apierror.Timeout))
}

// statusClientClosed is nginx's 499 "client closed request": what the access log shows for a
// request whose client went away before it could be answered.
const statusClientClosed = 499

func hasCode(errs gqlerror.List, codes ...string) bool {
	for _, c := range errorCodes(errs) {
		if slices.Contains(codes, c) {
			return true
		}
	}
	return false
}

// operationNotFound says why no operation could be chosen (gqlgen says "operation  not found").
func operationNotFound(oc *graphql.OperationContext, name string) *gqlerror.Error {
	var names []string
	for _, op := range oc.Doc.Operations {
		names = append(names, strconv.Quote(op.Name))
	}
	msg := fmt.Sprintf("the document defines no operation named %q (it has %s)", name, strings.Join(names, ", "))
	if name == "" {
		msg = fmt.Sprintf("the document defines %d operations; name one with operationName", len(oc.Doc.Operations))
	}
	return codedError(apierror.BadRequest, "%s", msg)
}

// respond writes a GraphQL response with the status graphqlStatus gives it. A successful GET
// without errors is cacheable: it gets an ETag and Cache-Control, or 304 (see cache.go).
func (t graphqlHTTP) respond(w http.ResponseWriter, r *http.Request, media string, resp *graphql.Response, requestError bool) {
	var body []byte
	if requestError {
		// A request error has no data entry, not even null (GraphQL spec, Response).
		body, _ = json.Marshal(struct {
			Errors     gqlerror.List  `json:"errors"`
			Extensions map[string]any `json:"extensions,omitempty"`
		}{resp.Errors, resp.Extensions})
	} else {
		body, _ = json.Marshal(resp)
	}
	status := graphqlStatus(media, resp, requestError)
	codes := errorCodes(resp.Errors)
	infoOf(r.Context()).codes = codes
	if status == http.StatusMethodNotAllowed {
		w.Header().Set("Allow", "POST")
	}
	ctype := media + "; charset=utf-8"
	if (r.Method == http.MethodGet || r.Method == http.MethodHead) && status == http.StatusOK && len(codes) == 0 {
		writeCacheable(w, r, t.http.CacheMaxAge, ctype, body)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.WriteHeader(status)
	w.Write(body)
}

// graphqlStatus is the HTTP status of a GraphQL response; see graphqlHTTP for the rules.
func graphqlStatus(media string, resp *graphql.Response, requestError bool) int {
	worst := 0
	for _, code := range errorCodes(resp.Errors) {
		worst = max(worst, apierror.Status(code))
	}
	if media == mediaGraphQLResponse {
		if requestError {
			return max(worst, http.StatusBadRequest)
		}
		return http.StatusOK
	}
	// application/json: 200, unless the failure is not the document's (see graphqlHTTP).
	if worst == http.StatusMethodNotAllowed || worst >= 500 {
		if requestError || len(resp.Data) == 0 || string(resp.Data) == "null" {
			return worst
		}
	}
	return http.StatusOK
}

func errorCodes(errs gqlerror.List) []string {
	var codes []string
	for _, e := range errs {
		code, _ := e.Extensions["code"].(string)
		codes = append(codes, code)
	}
	return codes
}

// apiError is a refusal before GraphQL runs, or an export's error: a code from the table.
type apiError struct{ code, message string }

// refuse writes a coded error in the GraphQL shape with the table's status for its code.
func refuse(w http.ResponseWriter, media, code, message string) {
	body, _ := json.Marshal(struct {
		Errors gqlerror.List `json:"errors"`
	}{gqlerror.List{codedError(code, "%s", message)}})
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.WriteHeader(apierror.Status(code))
	w.Write(body)
}

// negotiate picks the response media type from an Accept header (RFC 9110 §12.5.1: the most
// specific range that matches a type gives its q). ok is false when neither type is acceptable.
func negotiate(accept string) (media string, ok bool) {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON, true
	}
	type match struct {
		q           float64
		specificity int // 3 exact, 2 application/*, 1 */*
		pos         int
	}
	var json, gql match
	for i, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if q, err = strconv.ParseFloat(v, 64); err != nil || q < 0 || q > 1 {
				continue
			}
		}
		for _, c := range []struct {
			m    *match
			name string
		}{{&json, mediaJSON}, {&gql, mediaGraphQLResponse}} {
			s := 0
			switch mt {
			case c.name:
				s = 3
			case "application/*":
				s = 2
			case "*/*":
				s = 1
			}
			if s > c.m.specificity {
				*c.m = match{q, s, i}
			}
		}
	}
	switch {
	case json.q == 0 && gql.q == 0:
		return "", false
	case gql.q > json.q:
		return mediaGraphQLResponse, true
	case json.q > gql.q:
		return mediaJSON, true
	case gql.specificity == 3 && (json.specificity < 3 || gql.pos < json.pos):
		return mediaGraphQLResponse, true // named explicitly, and first
	}
	return mediaJSON, true
}

// paramsFromURL reads a GET request's parameters.
func paramsFromURL(rawQuery string) (*graphql.RawParams, *apiError) {
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		return nil, &apiError{apierror.BadRequest, "the URL's query string is malformed: " + err.Error()}
	}
	in := requestJSON{OperationName: jsonString(q, "operationName"), Variables: jsonRaw(q, "variables"), Extensions: jsonRaw(q, "extensions")}
	if q.Has("query") {
		in.Query = jsonString(q, "query")
	}
	return in.params()
}

func jsonString(q url.Values, key string) json.RawMessage {
	if !q.Has(key) {
		return nil
	}
	b, _ := json.Marshal(q.Get(key))
	return b
}

func jsonRaw(q url.Values, key string) json.RawMessage {
	if v := q.Get(key); v != "" {
		return json.RawMessage(v)
	}
	return nil
}

// paramsFromBody reads a POST request's JSON body.
func paramsFromBody(r *http.Request) (*graphql.RawParams, *apiError) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != mediaJSON || (params["charset"] != "" && !strings.EqualFold(params["charset"], "utf-8")) {
		return nil, &apiError{apierror.UnsupportedMediaType, fmt.Sprintf("POST needs Content-Type: application/json (got %q)", r.Header.Get("Content-Type"))}
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		if mbe := (*http.MaxBytesError)(nil); errors.As(err, &mbe) {
			return nil, &apiError{apierror.RequestTooLarge, fmt.Sprintf("the request body is larger than %d bytes", mbe.Limit)}
		}
		return nil, &apiError{apierror.BadRequest, "could not read the request body"}
	}
	if !json.Valid(body) {
		return nil, &apiError{apierror.BadRequest, "the body is not valid JSON"}
	}
	var in requestJSON
	if json.Unmarshal(body, &in) != nil {
		return nil, &apiError{apierror.BadRequest, `the body must be a JSON object such as {"query": "{ datasetInfo { version } }"}`}
	}
	return in.params()
}

// requestJSON holds the parameters undecoded, so that each gets its own error message.
type requestJSON struct {
	Query         json.RawMessage `json:"query"`
	OperationName json.RawMessage `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
	Extensions    json.RawMessage `json:"extensions"`
}

func (in requestJSON) params() (*graphql.RawParams, *apiError) {
	p := &graphql.RawParams{ReadTime: graphql.TraceTiming{Start: graphql.Now()}}
	if !decodeOptional(in.Query, &p.Query) {
		return nil, &apiError{apierror.BadRequest, "query must be a string"}
	}
	if !decodeOptional(in.OperationName, &p.OperationName) {
		return nil, &apiError{apierror.BadRequest, "operationName must be a string"}
	}
	if !decodeOptional(in.Variables, &p.Variables) {
		return nil, &apiError{apierror.BadRequest, "variables must be a JSON object"}
	}
	if !decodeOptional(in.Extensions, &p.Extensions) {
		return nil, &apiError{apierror.BadRequest, "extensions must be a JSON object"}
	}
	if p.Query == "" && p.Extensions["persistedQuery"] == nil {
		return nil, &apiError{apierror.BadRequest, "missing query: send the GraphQL document as \"query\""}
	}
	p.ReadTime.End = graphql.Now()
	return p, nil
}

// decodeOptional decodes raw into dst; absent and null leave dst as it is. Numbers stay
// json.Number, as gqlgen's own transports keep them, so large integers survive.
func decodeOptional[T any](raw json.RawMessage, dst *T) bool {
	if len(raw) == 0 || string(raw) == "null" {
		return true
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if dec.Decode(dst) != nil {
		return false
	}
	_, err := dec.Token()
	return err == io.EOF
}
