#!/usr/bin/env bash
# Loopback load test of the GraphQL endpoint: builds the server, starts it on 127.0.0.1, runs
# wrk against POST /graphql with a few representative queries for a fixed time each, records
# throughput, latency percentiles and the server's peak RSS, then stops the server.
#
#   bash tools/bench/load.sh                    memory backend
#   NEO4J_URI=bolt://127.0.0.1:7687 bash tools/bench/load.sh
#                                               memory, then Neo4j (loads the embedded dataset
#                                               into it first with `server seed load`)
#
# Settings (environment):
#   DURATION      seconds of measurement per query and connection count (default 20)
#   WARMUP        seconds of unmeasured load before each measurement (default 2)
#   CONNECTIONS   space-separated connection counts to try (default "2 4"; the machine has 2 cores)
#   PORT          loopback port for the server (default 18090)
#   BACKENDS      "memory", "neo4j" or "memory neo4j" (default: memory, plus neo4j if NEO4J_URI is set)
#   OUT           file to append the Markdown result rows to (default: a temporary file, printed)
#   LOG_LEVEL     the server's PEACEGRAPH_LOG_LEVEL (default info: the access log stays on, as in production)
#
# Bounded: every wrk run stops after WARMUP+DURATION seconds, the readiness wait after 60 s, and
# the whole script after (queries x connection counts x backends) runs. Traffic goes only to
# 127.0.0.1. Needs wrk (Debian: apt-get install -y wrk), curl, jq, flock and Go.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/tools/bench"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-2 4}"
PORT="${PORT:-18090}"
LOG_LEVEL="${LOG_LEVEL:-info}"
HOST=127.0.0.1 # loopback only, by design: not configurable
URL="http://$HOST:$PORT"
if [[ -z "${BACKENDS:-}" ]]; then
  BACKENDS=memory
  [[ -n "${NEO4J_URI:-}" ]] && BACKENDS="memory neo4j"
fi

# name|query file: a small lookup, a nested query (country -> deployments -> mission, functions,
# citations -> source: four levels of loaders), the comparison matrix.
QUERIES=(
  "lookup|$BENCH/queries/lookup.graphql"
  "nested|$ROOT/schema/examples/02-deployments-with-missions.graphql"
  "compare|$ROOT/schema/examples/13-compare.graphql"
)

die() { echo "load.sh: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"
command -v curl >/dev/null || die "curl not found"
command -v jq >/dev/null || die "jq not found (apt-get install -y jq)"
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 300 ]] || die "DURATION must be 1..300 seconds"
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 60 ]] || die "WARMUP must be 0..60 seconds"
for c in $CONNECTIONS; do
  [[ "$c" =~ ^[0-9]+$ && "$c" -ge 1 && "$c" -le 64 ]] || die "CONNECTIONS entries must be 1..64"
done
if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
  die "port $PORT is already in use on $HOST"
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
OUT="${OUT:-$WORK/results.md}"

echo "load.sh: building the server" >&2
(cd "$ROOT" && go build -o "$WORK/peacegraph" ./server)

# status_kb FIELD: a VmXXX field of the server's /proc status, in kB.
status_kb() { awk -v f="$1:" '$1 == f { print $2 }' "/proc/$SERVER_PID/status"; }
# cpu_ticks [PID]: a process's user+system CPU time in clock ticks (default: the server's).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${1:-$SERVER_PID}/stat" 2>/dev/null || echo 0; }
# The Neo4j that tools/neo4j/neo4j.sh started, if any: its CPU is reported beside the server's.
NEO4J_PID=""
if [[ -f "$ROOT/.neo4j/neo4j.pid" ]]; then
  NEO4J_PID="$(cat "$ROOT/.neo4j/neo4j.pid")"
  [[ "$NEO4J_PID" =~ ^[0-9]+$ && -d "/proc/$NEO4J_PID" ]] || NEO4J_PID=""
fi
TICKS="$(getconf CLK_TCK)"

start_server() { # backend
  local backend="$1"
  local -a env=(env -u NEO4J_URI PEACEGRAPH_LOG_LEVEL="$LOG_LEVEL")
  if [[ "$backend" == neo4j ]]; then
    [[ -n "${NEO4J_URI:-}" ]] || die "BACKENDS has neo4j but NEO4J_URI is not set"
    env=(env PEACEGRAPH_LOG_LEVEL="$LOG_LEVEL")
    # The Go tests that use Neo4j wipe it; hold their lock (graph/neo4j/neo4jtest) meanwhile.
    exec 9>"${TMPDIR:-/tmp}/peacegraph-neo4j-test.lock"
    echo "load.sh: waiting for the Neo4j test lock" >&2
    flock -x -w 600 9 || die "could not take the Neo4j test lock within 600 s"
    echo "load.sh: loading the embedded dataset into $NEO4J_URI" >&2
    "$WORK/peacegraph" seed load >"$WORK/seed-load.log" 2>&1 || { cat "$WORK/seed-load.log" >&2; die "seed load failed"; }
  fi
  "${env[@]}" "$WORK/peacegraph" -addr "$HOST:$PORT" >"$WORK/server-$backend.log" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + 60))
  until curl -fsS -o /dev/null "$URL/readyz" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$WORK/server-$backend.log" >&2; die "the server exited"; }
    ((SECONDS < deadline)) || die "the server was not ready within 60 s"
    sleep 0.2
  done
}

stop_server() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  exec 9>&- # releases the Neo4j test lock, if held
}

# check_query FILE: one request, which must answer 200 without errors.
check_query() {
  local body
  body="$(jq -Rs '{query: .}' "$1")"
  local resp code
  resp="$(curl -sS -w '\n%{http_code}' -H 'Content-Type: application/json' --data-binary "$body" "$URL/graphql")"
  code="${resp##*$'\n'}"
  [[ "$code" == 200 && "${resp%$'\n'*}" != *'"errors"'* ]] || die "$(basename "$1"): status $code: ${resp:0:300}"
  printf '%s' "${resp%$'\n'*}" | wc -c
}

{
  echo "| backend | query | conns | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors | server CPU (cores) | Neo4j CPU (cores) | server VmHWM after (MiB) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >>"$OUT"

for backend in $BACKENDS; do
  start_server "$backend"
  rss0="$(status_kb VmRSS)"
  echo "load.sh: $backend server pid $SERVER_PID ready, RSS $((rss0 / 1024)) MiB" >&2
  for q in "${QUERIES[@]}"; do
    name="${q%%|*}" file="${q#*|}"
    bytes="$(check_query "$file")"
    for c in $CONNECTIONS; do
      t=$((c < 2 ? c : 2))
      if ((WARMUP > 0)); then
        wrk -t"$t" -c"$c" -d"${WARMUP}s" --timeout 5s -s "$BENCH/graphql.lua" "$URL/graphql" -- "$file" >/dev/null
      fi
      cpu0="$(cpu_ticks)"
      n4cpu0=0
      [[ "$backend" == neo4j && -n "$NEO4J_PID" ]] && n4cpu0="$(cpu_ticks "$NEO4J_PID")"
      line="$(wrk -t"$t" -c"$c" -d"${DURATION}s" --timeout 5s --latency -s "$BENCH/graphql.lua" "$URL/graphql" -- "$file" | grep '^RESULT ')"
      cpu1="$(cpu_ticks)"
      n4cores=-
      if [[ "$backend" == neo4j && -n "$NEO4J_PID" ]]; then
        n4cores="$(awk -v d="$(($(cpu_ticks "$NEO4J_PID") - n4cpu0))" -v tck="$TICKS" -v s="$DURATION" 'BEGIN { printf "%.2f", d / tck / s }')"
      fi
      hwm="$(status_kb VmHWM)"
      declare -A r=()
      for kv in ${line#RESULT }; do r[${kv%%=*}]="${kv#*=}"; done
      cores="$(awk -v d="$((cpu1 - cpu0))" -v tck="$TICKS" -v s="${r[seconds]}" 'BEGIN { printf "%.2f", d / tck / s }')"
      row="| $backend | $name ($bytes B) | $c | ${r[rps]} | ${r[p50_ms]} | ${r[p90_ms]} | ${r[p99_ms]} | ${r[max_ms]} | ${r[non2xx]} | ${r[socket_errors]} | $cores | $n4cores | $(awk -v k="$hwm" 'BEGIN { printf "%.1f", k / 1024 }') |"
      echo "$row" >>"$OUT"
      echo "load.sh: $row" >&2
      unset r
    done
  done
  echo "load.sh: $backend: RSS at start $((rss0 / 1024)) MiB, peak (VmHWM) $(($(status_kb VmHWM) / 1024)) MiB" >&2
  stop_server
done

echo
cat "$OUT"
