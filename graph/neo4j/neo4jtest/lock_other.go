//go:build !unix

package neo4jtest

import "os"

// Without flock, tests in different packages may overlap: run them with go test -p 1.
func lockExclusive(*os.File) error { return nil }
func unlock(*os.File)              {}
func lockShared(*os.File) error    { return nil }
