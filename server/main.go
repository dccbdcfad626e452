// Command server is peacegraph: the GraphQL API over the peacekeeping knowledge graph.
//
//	server                 serve the API (the default command)
//	server seed validate   check the dataset and list every problem
//	server seed stats      counts per type and the share of cited items
//	server seed load       load the dataset into the Neo4j that NEO4J_* name
//	server healthcheck     exit 0 if a running server's /readyz answers 200 (for containers)
package main

import (
	"io"
	"os"

	"github.com/peacegraph/peacegraph/graph"
)

type seedResult struct{ ds *graph.Dataset }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "seed":
			return runSeed(args[1:], stdout, stderr)
		case "healthcheck":
			return runHealthcheck(args[1:], stdout, stderr)
		}
	}
	return runServe(args, stdout, stderr)
}
