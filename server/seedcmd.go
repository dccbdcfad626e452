package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/peacegraph/peacegraph/seed"
)

// runSeed handles `seed validate` and `seed stats`, which read the embedded dataset (or the
// directory given by -dir, for checking edits without rebuilding).
func runSeed(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: server seed validate|stats|load [-dir DIR]")
		return 2
	}
	cmd, rest := args[0], args[1:]
	dir := ""
	for i := 0; i < len(rest); i++ {
		if rest[i] == "-dir" && i+1 < len(rest) {
			dir = rest[i+1]
			i++
		}
	}
	load := func() (*seedResult, error) {
		if dir != "" {
			ds, err := seed.LoadDir(dir)
			return &seedResult{ds}, err
		}
		ds, err := seed.LoadEmbedded()
		return &seedResult{ds}, err
	}
	switch cmd {
	case "validate", "stats":
		r, err := load()
		var probs seed.Problems
		if errors.As(err, &probs) {
			for _, p := range probs {
				fmt.Fprintln(stderr, p.String())
			}
			fmt.Fprintf(stderr, "seed: %d problem(s)\n", len(probs))
			return 1
		}
		if err != nil {
			fmt.Fprintln(stderr, "seed:", err)
			return 1
		}
		st := seed.Count(r.ds)
		if cmd == "stats" {
			fmt.Fprint(stdout, st.String())
			return 0
		}
		fmt.Fprintf(stdout, "seed: valid: %d nodes, %d relationships, %d personnel points, version %s\n", st.Nodes, st.Edges, st.Points, r.ds.Version)
		return 0
	case "load":
		return runSeedLoad(rest, stdout, stderr)
	}
	fmt.Fprintf(stderr, "seed: unknown command %q (validate, stats, load)\n", cmd)
	return 2
}
