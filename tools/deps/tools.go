//go:build tools

// Package tools pins the code generator in go.mod, so `go generate ./...` runs the same gqlgen
// version everywhere without a separate install.
package tools

import (
	_ "github.com/99designs/gqlgen"
)
