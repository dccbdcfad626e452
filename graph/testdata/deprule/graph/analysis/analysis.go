// Package analysis is a fixture for TestDependencyRule: an analysis package that imports
// gqlgen, which the rule for graph/analysis forbids. It is never built into the product.
package analysis

import _ "github.com/99designs/gqlgen/graphql"
