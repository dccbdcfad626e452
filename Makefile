# peacegraph: one command to run, one to test.
#   make run    serve the embedded dataset at http://127.0.0.1:8080 (GraphiQL at /)
#   make test   everything CI checks, against a real Neo4j started on loopback

GO              ?= go
NEO4J_BOLT_PORT ?= 7687
NEO4J_PASSWORD  ?= peacegraph-dev
NEO4J_TEST_URI  ?= bolt://127.0.0.1:$(NEO4J_BOLT_PORT)
GOLANGCI_LINT   := github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0
TESTFLAGS       ?=

export NEO4J_BOLT_PORT NEO4J_PASSWORD

.PHONY: run test test-go seed-validate seed-stats seed-load migrate neo4j-up neo4j-down neo4j-status \
        generate check-generated vet lint fmt playground explorer explorer-shots bench bench-peer bench-peer-check golden interop-check \
        fuzz fuzz-ci

run:
	$(GO) run ./server

## test: validate the dataset, check generated code, vet, then run every test with NEO4J_URI set
## and the race detector on. Packages run in parallel: the Neo4j tests of different packages
## share one database and take turns through neo4jtest's cross-process lock (in TMPDIR).
test: neo4j-up seed-validate check-generated vet
	NEO4J_URI=$(NEO4J_TEST_URI) NEO4J_USER=neo4j NEO4J_PASSWORD=$(NEO4J_PASSWORD) \
		$(GO) test -race -count=1 $(TESTFLAGS) ./...

## fuzz: run every fuzz target for FUZZTIME each (default 5m; a crash is kept in the package's
## testdata/fuzz, which then runs with every go test). fuzz-ci: the same, 10s each, in CI.
FUZZTIME ?= 5m
FUZZ_TARGETS := ./graph:FuzzParseDate ./graph:FuzzParseDateOrInstant ./graph:FuzzCursor \
                ./seed:FuzzLoad ./server/httpapi:FuzzGraphQLRequest ./server/httpapi:FuzzExportQuery
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $$pkg; \
	done

fuzz-ci:
	$(MAKE) fuzz FUZZTIME=10s

## test-go: the Go tests only, memory backend (Neo4j tests skip unless NEO4J_URI is set).
test-go:
	$(GO) test -race ./...

seed-validate:
	$(GO) run ./server seed validate

seed-stats:
	$(GO) run ./server seed stats

## seed-load: load the dataset into the Neo4j that NEO4J_URI names (default: the local one).
seed-load:
	NEO4J_URI=$${NEO4J_URI:-$(NEO4J_TEST_URI)} $(GO) run ./server seed load

neo4j-up:
	bash tools/neo4j/neo4j.sh up

neo4j-down:
	bash tools/neo4j/neo4j.sh down

neo4j-status:
	bash tools/neo4j/neo4j.sh status

generate:
	$(GO) generate ./...

## check-generated: gqlgen's output must match the schema.
check-generated: generate
	@git diff --exit-code -- server/gql || { echo "generated code is stale: run 'make generate' and commit"; exit 1; }

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "not gofmt-formatted:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...

lint:
	$(GO) run $(GOLANGCI_LINT) run ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

## playground: rebuild the GraphiQL bundle (needs Node and npm; the output is committed).
playground:
	cd web/playground && npm ci && npm run build

## explorer: rebuild the explorer bundle (needs Node and npm; the output is committed).
explorer:
	cd web/explorer && npm ci && npm run build

## explorer-shots: the explorer's browser test, keeping its screenshots and timings in
## docs/explorer (the README shows two; docs/benchmarks.md records the timings).
explorer-shots:
	EXPLORER_SCREENSHOTS=$(CURDIR)/docs/explorer EXPLORER_TIMINGS=$(CURDIR)/docs/explorer/timings.tsv \
		$(GO) test ./server/explorer -run TestExplorerInBrowser -count=1 -v

## bench: the benchmarks recorded in docs/benchmarks.md.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./graph/... ./server/...

## bench-peer: peacegraph against @neo4j/graphql 7 on the same Neo4j, with the embedded backend and
## a canned-JSON ceiling in the same run (docs/benchmarks.md). Loads the dataset into NEO4J_URI
## (default: the local Neo4j, started if needed). Settings R, D, CONNECTIONS, SHAPES, OUT: see
## tools/bench/peer/run.sh. About 36 minutes with the defaults; D=5 R=2 about 12.
bench-peer:
	bash tools/bench/peer/run.sh

## bench-peer-check: only the same-data check of the benchmark's query pairs (CI runs it).
bench-peer-check:
	bash tools/bench/peer/run.sh --check-only

## interop-check: independent parsers and audits read what the server writes (tools/interop):
## graphql-http's audit of the GraphQL-over-HTTP spec, bibtexparser, rispy, citation-js, pandas,
## networkx. Installs them itself (.ci/venv, tools/interop/node_modules). CI runs it.
interop-check:
	bash tools/interop/run.sh

## golden: regenerate the golden answers and docs/queries.md after a change to the data or the
## example queries (review the diff: it is the change users will see).
golden:
	$(GO) test ./server/httpapi -run TestGolden -count=1 -update
	$(GO) test ./server/httpapi -run TestDocsQueries -count=1 -update
