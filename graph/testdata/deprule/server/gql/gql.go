// Package gql is a fixture for TestDependencyRule: a resolver package that imports the
// database driver, which the rule for server/gql forbids. It is never built into the product
// (go build ./... skips testdata).
package gql

import _ "github.com/neo4j/neo4j-go-driver/v5/neo4j"
