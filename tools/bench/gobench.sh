#!/usr/bin/env bash
# Runs the Go benchmarks (graph/memory, server, and graph/neo4j when NEO4J_URI is set) COUNT
# times each and summarises them with benchstat (median and spread of the runs).
#
#   bash tools/bench/gobench.sh
#   NEO4J_URI=bolt://127.0.0.1:7687 bash tools/bench/gobench.sh      also the Neo4j benchmarks
#
# Settings (environment): COUNT (6: benchstat wants at least 6 samples for a 95% confidence
# interval), BENCHTIME (Go's default, 1s), BENCH (regexp, default .), OUT (folder for the raw
# outputs and summaries; default a new temporary folder, printed).
# Without NEO4J_URI the Neo4j benchmarks skip themselves. Needs Go; benchstat is run with
# `go run golang.org/x/perf/cmd/benchstat@$BENCHSTAT` (fetched once into the module cache; it
# does not touch go.mod).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COUNT="${COUNT:-6}"
BENCH="${BENCH:-.}"
BENCHTIME="${BENCHTIME:-}"
BENCHSTAT="${BENCHSTAT:-v0.0.0-20260908200009-22c9c6c9d4da}"
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"

pkgs=(graph/memory server)
[[ -n "${NEO4J_URI:-}" ]] && pkgs+=(graph/neo4j)

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "go: $(go version)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "NEO4J_URI: ${NEO4J_URI:-(unset)}"
} | tee "$OUT/machine.txt"

for p in "${pkgs[@]}"; do
  name="${p//\//-}"
  args=(test "./$p" -run '^$' -bench "$BENCH" -benchmem -count "$COUNT" -timeout 60m)
  [[ -n "$BENCHTIME" ]] && args+=(-benchtime "$BENCHTIME")
  echo "+ (cd $ROOT && go ${args[*]}) > $OUT/$name.txt" | tee -a "$OUT/machine.txt"
  (cd "$ROOT" && go "${args[@]}") >"$OUT/$name.txt" 2>&1 || { tail -30 "$OUT/$name.txt" >&2; exit 1; }
  (cd /tmp && go run "golang.org/x/perf/cmd/benchstat@$BENCHSTAT" "$OUT/$name.txt") >"$OUT/$name.benchstat.txt"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
echo "results in $OUT" >&2
