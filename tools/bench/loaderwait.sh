#!/usr/bin/env bash
# What the loaders' batching window (server/gql/loaders.go, loaderWait) costs: runs the server
# benchmarks of a few example queries once per window length, each in a scratch copy of the
# work tree with the constant changed (the work tree itself is not touched), and compares the
# runs with benchstat.
#
#   bash tools/bench/loaderwait.sh
#
# Settings (environment): WAITS (milliseconds, default "1 2 5"), BENCH (default
# 'Examples/(01|02|13)-'), COUNT (6), OUT (folder for the outputs; default a new temporary
# folder, printed). Memory backend only (NEO4J_URI is ignored).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WAITS="${WAITS:-1 2 5}"
BENCH="${BENCH:-Examples/(01|02|13)-}"
COUNT="${COUNT:-6}"
BENCHSTAT="${BENCHSTAT:-v0.0.0-20260908200009-22c9c6c9d4da}"
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"
COPY="$(mktemp -d)"
trap 'rm -rf "$COPY"' EXIT

# The tracked and untracked (not ignored) files that exist, as the work tree has them.
(cd "$ROOT" && git ls-files -co --exclude-standard -z |
  while IFS= read -r -d '' f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done |
  tar --null -T - -cf -) | tar -xf - -C "$COPY"

LOADERS="$COPY/server/gql/loaders.go"
grep -q '^const loaderWait = ' "$LOADERS" || { echo "loaderwait.sh: no 'const loaderWait' in server/gql/loaders.go" >&2; exit 1; }
echo "work tree: $(grep '^const loaderWait = ' "$ROOT/server/gql/loaders.go")" | tee "$OUT/README.txt"
files=()
for w in $WAITS; do
  [[ "$w" =~ ^[0-9]+$ ]] || { echo "loaderwait.sh: WAITS must be whole milliseconds" >&2; exit 1; }
  sed -i "s/^const loaderWait = .*/const loaderWait = $w * time.Millisecond/" "$LOADERS"
  echo "+ loaderWait=${w}ms: go test ./server -run '^\$' -bench '$BENCH' -benchmem -count $COUNT > $OUT/wait-${w}ms.txt" | tee -a "$OUT/README.txt"
  (cd "$COPY" && env -u NEO4J_URI go test ./server -run '^$' -bench "$BENCH" -benchmem -count "$COUNT") >"$OUT/wait-${w}ms.txt" 2>&1
  files+=("wait-${w}ms.txt")
done
(cd "$OUT" && go run "golang.org/x/perf/cmd/benchstat@$BENCHSTAT" "${files[@]}") | tee "$OUT/benchstat.txt"
echo "results in $OUT" >&2
