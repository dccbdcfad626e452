package main

import (
	"fmt"
	"io"
)

// runSeedLoad loads the dataset into Neo4j (owned by the Neo4j store work).
func runSeedLoad(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "seed load: not built yet")
	return 1
}
