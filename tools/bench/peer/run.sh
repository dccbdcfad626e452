#!/usr/bin/env bash
# The side-by-side benchmark of issue 11: peacegraph on Neo4j against @neo4j/graphql 7 (the
# peer, served by graphql-yoga) on the same Neo4j and data, with peacegraph's embedded backend
# and a canned-JSON net/http handler (the ceiling) in the same run. See docs/benchmarks.md.
#
#   bash tools/bench/peer/run.sh               the benchmark (make bench-peer)
#   bash tools/bench/peer/run.sh --check-only  only the same-data check of every query pair
#
# What it does, in order:
#   1. installs what it needs when missing (wrk from Debian; the peer's npm packages with
#      `npm ci`), builds peacegraph, tools/bench/canned and tools/bench/boltcount;
#   2. loads the embedded dataset into the Neo4j at NEO4J_URI (`server seed load`), holding the
#      Neo4j test lock meanwhile (the Go tests wipe that database); starts the local Neo4j
#      (tools/neo4j) first if NEO4J_URI is the local default and nothing answers there;
#   3. starts peacegraph on Neo4j, the peer (NODE_ENV=production, as Node services are run:
#      graphql-js then skips its development-only checks), peacegraph on memory, and runs the
#      same-data check (check.mjs, after its own tests): each pair once, answers normalised and
#      compared, the embedded backend's bytes compared with the Neo4j backend's; saves those
#      bytes, starts the canned handler on them and checks that it serves them;
#   4. counts Cypher statements per request: a second peacegraph and a second peer, each
#      connected to Neo4j through a counting Bolt proxy (tools/bench/boltcount), answer
#      COUNT_REQUESTS requests of each shape; RUN messages / requests = statements per request;
#   5. for each shape and each connection count, R rounds of one D-second wrk leg per server,
#      the servers alternating (forwards in odd rounds, backwards in even ones), after one
#      WARMUP-second leg per server and shape; per leg it reads each process's CPU time (utime +
#      stime from /proc/PID/stat) before and after: CPU per request = the difference / requests;
#   6. prints the Markdown tables (report.mjs) and leaves the raw data in OUT.
#
# Settings (environment):
#   NEO4J_URI       default bolt://127.0.0.1:$NEO4J_BOLT_PORT (7687); NEO4J_USER, NEO4J_PASSWORD
#   R               rounds (default 3)            D         seconds per leg (default 10)
#   WARMUP          seconds of warm-up per server and shape (default 2)
#   CONNECTIONS     connection counts (default "1 4 16")
#   SHAPES          names of the shapes to run (default: all of queries/, e.g. "1-lookup 5-search")
#   SERVERS         which of "pg peer memory canned" get wrk legs (default all four)
#   COUNT_REQUESTS  requests per shape in the counting pass (default 20)
#   PORT_BASE       first of the 10 loopback ports used (default 18300)
#   OUT             folder for the raw data and report.md (default: a new temporary folder)
#   LOG_LEVEL       PEACEGRAPH_LOG_LEVEL of both peacegraph servers (default warn: no access
#                   log, like the peer, which logs nothing per request)
#
# Bounded: every wrk leg stops after its D (or WARMUP) seconds, every readiness wait after 60 s;
# the whole run takes about shapes x connection counts x R x servers x D seconds plus the
# warm-ups (the defaults: 6 x 3 x 3 x 4 x 10 s = 36 min; D=5 R=2: 12 min). Traffic goes only to
# 127.0.0.1. Everything it started is stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
PEER="$ROOT/tools/bench/peer"
LUA="$ROOT/tools/bench/graphql.lua"
CHECK_ONLY=false
case "${1:-}" in
  --check-only) CHECK_ONLY=true ;;
  "") ;;
  *) echo "usage: $0 [--check-only]" >&2; exit 2 ;;
esac

R="${R:-3}"
D="${D:-10}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-1 4 16}"
SERVERS="${SERVERS:-pg peer memory canned}"
COUNT_REQUESTS="${COUNT_REQUESTS:-20}"
PORT_BASE="${PORT_BASE:-18300}"
LOG_LEVEL="${LOG_LEVEL:-warn}"
NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
LOCAL_NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
export NEO4J_URI="${NEO4J_URI:-$LOCAL_NEO4J_URI}"
export NEO4J_USER="${NEO4J_USER:-neo4j}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-peacegraph-dev}"
HOST=127.0.0.1 # loopback only, by design

die() { echo "run.sh: $*" >&2; exit 1; }
say() { echo "run.sh: $*" >&2; }

[[ "$R" =~ ^[0-9]+$ && "$R" -ge 1 && "$R" -le 20 ]] || die "R must be 1..20"
[[ "$D" =~ ^[0-9]+$ && "$D" -ge 1 && "$D" -le 300 ]] || die "D must be 1..300 seconds"
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 60 ]] || die "WARMUP must be 0..60 seconds"
[[ "$COUNT_REQUESTS" =~ ^[0-9]+$ && "$COUNT_REQUESTS" -ge 1 && "$COUNT_REQUESTS" -le 1000 ]] || die "COUNT_REQUESTS must be 1..1000"
[[ "$PORT_BASE" =~ ^[0-9]+$ && "$PORT_BASE" -ge 1024 && "$PORT_BASE" -le 65000 ]] || die "PORT_BASE must be 1024..65000"
for c in $CONNECTIONS; do [[ "$c" =~ ^[0-9]+$ && "$c" -ge 1 && "$c" -le 64 ]] || die "CONNECTIONS entries must be 1..64"; done
for s in $SERVERS; do [[ "$s" =~ ^(pg|peer|memory|canned)$ ]] || die "SERVERS entries must be pg, peer, memory or canned"; done
[[ "$NEO4J_URI" =~ ^(bolt|neo4j)://(127\.[0-9.]+|localhost)(:[0-9]+)?/?$ ]] || die "NEO4J_URI must be a bolt:// or neo4j:// URI on loopback, got $NEO4J_URI"

if [[ -z "${SHAPES:-}" ]]; then
  SHAPES="$(cd "$PEER/queries" && ls ./*.pg.graphql | sed 's|^\./||; s|\.pg\.graphql$||' | LC_ALL=C sort | tr '\n' ' ')"
fi
for s in $SHAPES; do
  [[ -f "$PEER/queries/$s.pg.graphql" && -f "$PEER/queries/$s.peer.graphql" ]] || die "no query pair queries/$s.{pg,peer}.graphql"
done

# Ports: the four servers, then the counting pass.
P_PG=$PORT_BASE P_PEER=$((PORT_BASE + 1)) P_MEM=$((PORT_BASE + 2)) P_CANNED=$((PORT_BASE + 3))
P_BC_PG=$((PORT_BASE + 4)) P_BC_PG_HTTP=$((PORT_BASE + 5)) P_BC_PEER=$((PORT_BASE + 6)) P_BC_PEER_HTTP=$((PORT_BASE + 7))
P_PG_COUNT=$((PORT_BASE + 8)) P_PEER_COUNT=$((PORT_BASE + 9))
for p in $(seq "$PORT_BASE" $((PORT_BASE + 9))); do
  if (exec 3<>"/dev/tcp/$HOST/$p") 2>/dev/null; then die "port $p is already in use on $HOST (set PORT_BASE)"; fi
done

# ---- tools ------------------------------------------------------------------------------------
command -v go >/dev/null || die "go not found"
command -v node >/dev/null || die "node not found"
command -v npm >/dev/null || die "npm not found"
command -v curl >/dev/null || die "curl not found"
command -v flock >/dev/null || die "flock not found (util-linux)"
if ! $CHECK_ONLY && ! command -v wrk >/dev/null; then
  [[ "$(id -u)" == 0 ]] || die "wrk not found (apt-get install -y wrk)"
  say "installing wrk (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null || die "apt-get install wrk failed"
fi
# The peer's packages, exactly as package-lock.json pins them; again only when the lock changed.
if [[ ! -f "$PEER/node_modules/.peer-lock" ]] || ! cmp -s "$PEER/package-lock.json" "$PEER/node_modules/.peer-lock"; then
  say "installing the peer's npm packages (npm ci)"
  (cd "$PEER" && npm ci --no-audit --no-fund --loglevel=error) >&2 || die "npm ci failed in $PEER"
  cp "$PEER/package-lock.json" "$PEER/node_modules/.peer-lock"
fi

WORK="$(mktemp -d)"
OUT="${OUT:-$WORK/out}"
if [[ -e "$OUT/check.txt" || -e "$OUT/legs.tsv" ]]; then
  rm -rf "$WORK"
  die "OUT=$OUT already holds a run: choose a new folder"
fi
mkdir -p "$OUT"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK/bin" "$WORK/canned"
  [[ "$OUT" == "$WORK/out" ]] || rm -rf "$WORK"
}
trap cleanup EXIT

say "building peacegraph, canned and boltcount"
mkdir -p "$WORK/bin"
(cd "$ROOT" && go build -o "$WORK/bin/peacegraph" ./server && go build -o "$WORK/bin/canned" ./tools/bench/canned &&
  go build -o "$WORK/bin/boltcount" ./tools/bench/boltcount) || die "go build failed"

# ---- Neo4j and the dataset ----------------------------------------------------------------------
bolt_hostport() { local u="${1#*://}"; u="${u%/}"; [[ "$u" == *:* ]] || u="$u:7687"; echo "${u/localhost/127.0.0.1}"; }
NEO4J_ADDR="$(bolt_hostport "$NEO4J_URI")"
if ! (exec 3<>"/dev/tcp/${NEO4J_ADDR%:*}/${NEO4J_ADDR##*:}") 2>/dev/null; then
  [[ "$NEO4J_URI" == "$LOCAL_NEO4J_URI" ]] || die "nothing answers at $NEO4J_URI"
  say "starting the local Neo4j (tools/neo4j/neo4j.sh up)"
  NEO4J_BOLT_PORT="$NEO4J_BOLT_PORT" bash "$ROOT/tools/neo4j/neo4j.sh" up >&2 || die "Neo4j did not start"
fi
# Neo4j's CPU is measured when it is the local runner (its pid file names the JVM).
NEO4J_PID=""
if [[ -f "$ROOT/.neo4j/neo4j.pid" && "$(sed -n 's/^port=//p' "$ROOT/.neo4j/ready" 2>/dev/null)" == "${NEO4J_ADDR##*:}" ]]; then
  NEO4J_PID="$(cat "$ROOT/.neo4j/neo4j.pid")"
  [[ "$NEO4J_PID" =~ ^[0-9]+$ && -d "/proc/$NEO4J_PID" ]] || NEO4J_PID=""
fi
[[ -n "$NEO4J_PID" ]] || say "Neo4j at $NEO4J_URI is not this work tree's runner: its CPU is not measured"

# The Go tests that use Neo4j wipe it: hold their lock (graph/neo4j/neo4jtest) for the whole run.
exec 9>"${TMPDIR:-/tmp}/peacegraph-neo4j-test.lock"
say "waiting for the Neo4j test lock"
flock -x -w 900 9 || die "could not take the Neo4j test lock within 900 s"
say "loading the embedded dataset into $NEO4J_URI"
"$WORK/bin/peacegraph" seed load >"$WORK/seed-load.log" 2>&1 || { cat "$WORK/seed-load.log" >&2; die "seed load failed"; }

# ---- servers ----------------------------------------------------------------------------------
declare -A PID=()
wait_ready() { # name url pid log
  local deadline=$((SECONDS + 60))
  until curl -fsS -o /dev/null "$2" 2>/dev/null; do
    kill -0 "$3" 2>/dev/null || { tail -20 "$4" >&2; die "$1 exited during start-up"; }
    ((SECONDS < deadline)) || die "$1 was not ready within 60 s"
    sleep 0.2
  done
}
start() { # name port kind [neo4j-uri]
  local name="$1" port="$2" kind="$3" uri="${4:-$NEO4J_URI}" log="$OUT/$1.log"
  case "$kind" in
    pg) env PEACEGRAPH_LOG_LEVEL="$LOG_LEVEL" NEO4J_URI="$uri" "$WORK/bin/peacegraph" -addr "$HOST:$port" >"$log" 2>&1 & ;;
    memory) env -u NEO4J_URI PEACEGRAPH_LOG_LEVEL="$LOG_LEVEL" "$WORK/bin/peacegraph" -addr "$HOST:$port" >"$log" 2>&1 & ;;
    peer) (cd "$PEER" && exec env NODE_ENV=production NEO4J_URI="$uri" PEER_ADDR="$HOST:$port" node server.mjs) >"$log" 2>&1 & ;;
    canned) "$WORK/bin/canned" -addr "$HOST:$port" -dir "$WORK/canned" >"$log" 2>&1 & ;;
  esac
  PID[$name]=$!
  PIDS+=($!)
  wait_ready "$name" "http://$HOST:$port/readyz" "$!" "$log"
  say "$name ready (pid ${PID[$name]}, port $port)"
}
stop() { # name
  kill "${PID[$1]}" 2>/dev/null || true
  wait "${PID[$1]}" 2>/dev/null || true
}
status_kb() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; } # pid field
cpu_ticks() {                                                              # pid: utime + stime
  local s
  s="$(<"/proc/$1/stat")"
  s="${s##*) }" # past the command name, which may hold spaces
  # shellcheck disable=SC2086
  set -- $s
  echo $((${12} + ${13}))
}

start pg "$P_PG" pg
start peer "$P_PEER" peer
start memory "$P_MEM" memory

URL_pg="http://$HOST:$P_PG/graphql"
URL_peer="http://$HOST:$P_PEER/graphql"
URL_memory="http://$HOST:$P_MEM/graphql"
URL_canned="http://$HOST:$P_CANNED"
say "tests of the same-data check itself (node --test)"
(cd "$PEER" && node --test shapes.test.mjs >"$WORK/node-test.txt" 2>&1) || { cat "$WORK/node-test.txt" >&2; die "the same-data check's tests failed"; }
say "same-data check of every query pair"
mkdir -p "$WORK/canned"
CHECK_OUT="$OUT/check.txt"
passed=0 failed=0
for s in $SHAPES; do
  if node "$PEER/check.mjs" --pg "$URL_pg" --peer "$URL_peer" --memory "$URL_memory" --save "$WORK/canned" --only "$s" >"$WORK/check-$s.txt"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
  grep -v '^same-data check:' "$WORK/check-$s.txt" | tee -a "$CHECK_OUT"
done
echo "same-data check: $passed passed, $failed failed" | tee -a "$CHECK_OUT"
((failed == 0)) || die "the same-data check failed: the benchmark would compare different answers"
start canned "$P_CANNED" canned
for s in $SHAPES; do
  node "$PEER/check.mjs" --pg "$URL_pg" --peer "$URL_peer" --canned "$URL_canned" --only "$s" >"$WORK/check-canned-$s.txt" ||
    { cat "$WORK/check-canned-$s.txt" >&2; die "the canned handler does not serve peacegraph's bytes for $s"; }
done
say "canned handler serves peacegraph's bytes for every shape"
if $CHECK_ONLY; then
  exit 0
fi

# ---- the machine --------------------------------------------------------------------------------
neo4j_version="$(cd "$PEER" && node --input-type=module -e '
import neo4j from "neo4j-driver";
const d = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
const r = await d.executeQuery("CALL dbms.components() YIELD name, versions, edition RETURN name + \" \" + versions[0] + \" \" + edition AS v");
console.log(r.records[0].get("v")); await d.close();' 2>/dev/null || echo unknown)"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)$(cd "$ROOT" && git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo "cpu: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(nproc) cores (nproc)"
  echo "memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "kernel: $(uname -sr)"
  echo "go: $(go version | cut -d' ' -f3-)"
  echo "node: $(node --version)"
  echo "wrk: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "neo4j: $neo4j_version at $NEO4J_URI${NEO4J_PID:+ (local runner, pid $NEO4J_PID)}"
  echo "peer: $(cd "$PEER" && node -e 'const l=require("./package-lock.json").packages; console.log(["@neo4j/graphql","graphql-yoga","graphql","neo4j-driver"].map(n=>n+" "+l["node_modules/"+n].version).join(", "))')"
  echo "settings: R=$R D=${D}s WARMUP=${WARMUP}s CONNECTIONS=\"$CONNECTIONS\" SHAPES=\"${SHAPES% }\" SERVERS=\"$SERVERS\" COUNT_REQUESTS=$COUNT_REQUESTS LOG_LEVEL=$LOG_LEVEL"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

for s in pg peer memory canned; do
  echo -e "$s\t$(status_kb "${PID[$s]}" VmRSS)" >>"$OUT/rss-start.tsv"
done

# ---- Cypher statements per request --------------------------------------------------------------
say "counting Cypher statements: $COUNT_REQUESTS requests per shape through a counting Bolt proxy"
"$WORK/bin/boltcount" -listen "$HOST:$P_BC_PG" -target "$NEO4J_ADDR" -http "$HOST:$P_BC_PG_HTTP" >"$OUT/boltcount-pg.log" 2>&1 &
PIDS+=($!)
"$WORK/bin/boltcount" -listen "$HOST:$P_BC_PEER" -target "$NEO4J_ADDR" -http "$HOST:$P_BC_PEER_HTTP" >"$OUT/boltcount-peer.log" 2>&1 &
PIDS+=($!)
for p in "$P_BC_PG_HTTP" "$P_BC_PEER_HTTP"; do
  deadline=$((SECONDS + 10))
  until curl -fsS -o /dev/null "http://$HOST:$p/counts" 2>/dev/null; do
    ((SECONDS < deadline)) || die "boltcount did not start"
    sleep 0.1
  done
done
start pg-count "$P_PG_COUNT" pg "bolt://$HOST:$P_BC_PG"
start peer-count "$P_PEER_COUNT" peer "bolt://$HOST:$P_BC_PEER"
body() { node -e 'process.stdout.write(JSON.stringify({query: require("fs").readFileSync(process.argv[1], "utf8")}))' "$1"; }
post() { curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary "@$2" "$1"; }
counts() { curl -fsS "http://$HOST:$1/counts"; }
echo -e "shape\tserver\trequests\trun\tbegin\tserver_bytes" >"$OUT/counts.tsv"
for s in $SHAPES; do
  for side in pg peer; do
    if [[ $side == pg ]]; then url="http://$HOST:$P_PG_COUNT/graphql" ctl=$P_BC_PG_HTTP; else url="http://$HOST:$P_PEER_COUNT/graphql" ctl=$P_BC_PEER_HTTP; fi
    body "$PEER/queries/$s.$side.graphql" >"$WORK/body.json"
    post "$url" "$WORK/body.json" # the first request may do one-off work (the peer checks Neo4j's version)
    before="$(counts "$ctl")"
    for ((i = 0; i < COUNT_REQUESTS; i++)); do post "$url" "$WORK/body.json"; done
    after="$(counts "$ctl")"
    node -e '
      const [b, a] = [JSON.parse(process.argv[1]), JSON.parse(process.argv[2])];
      const d = (k) => (a.messages[k] || 0) - (b.messages[k] || 0);
      console.log([process.argv[3], process.argv[4], process.argv[5], d("RUN"), d("BEGIN"), a.serverBytes - b.serverBytes].join("\t"));
    ' "$before" "$after" "$s" "$side" "$COUNT_REQUESTS" >>"$OUT/counts.tsv"
  done
done
stop pg-count
stop peer-count

# ---- the legs -----------------------------------------------------------------------------------
# shellcheck disable=SC2206
ORDER=($SERVERS)
url_of() { # server shape
  case "$1" in
    canned) echo "$URL_canned/$2" ;;
    *) local v="URL_$1"; echo "${!v}" ;;
  esac
}
query_of() { [[ "$1" == peer ]] && echo "$PEER/queries/$2.peer.graphql" || echo "$PEER/queries/$2.pg.graphql"; }
wrk_leg() { # server shape conns seconds [--latency]
  local t=$(($3 < 2 ? $3 : 2))
  wrk -t"$t" -c"$3" -d"$4s" --timeout 10s ${5:-} -s "$LUA" "$(url_of "$1" "$2")" -- "$(query_of "$1" "$2")"
}
legs="$OUT/legs.tsv"
echo -e "shape\tconns\tround\tserver\trequests\tseconds\trps\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tnon2xx\tsocket_errors\tserver_ticks\tneo4j_ticks" >"$legs"
TICKS="$(getconf CLK_TCK)"
n_legs=0
total_legs=$(($(wc -w <<<"$SHAPES") * $(wc -w <<<"$CONNECTIONS") * R * ${#ORDER[@]}))
for s in $SHAPES; do
  if ((WARMUP > 0)); then
    for srv in "${ORDER[@]}"; do wrk_leg "$srv" "$s" 4 "$WARMUP" >/dev/null; done
  fi
  for c in $CONNECTIONS; do
    for ((r = 1; r <= R; r++)); do
      order=("${ORDER[@]}")
      if ((r % 2 == 0)); then order=($(printf '%s\n' "${ORDER[@]}" | tac)); fi
      for srv in "${order[@]}"; do
        pid="${PID[$srv]}"
        cpu0="$(cpu_ticks "$pid")"
        n0=0
        [[ -n "$NEO4J_PID" ]] && n0="$(cpu_ticks "$NEO4J_PID")"
        line="$(wrk_leg "$srv" "$s" "$c" "$D" --latency | grep '^RESULT ')" || die "wrk failed: $srv $s c=$c"
        cpu1="$(cpu_ticks "$pid")"
        n1=0
        [[ -n "$NEO4J_PID" ]] && n1="$(cpu_ticks "$NEO4J_PID")"
        declare -A m=()
        for kv in ${line#RESULT }; do m[${kv%%=*}]="${kv#*=}"; done
        echo -e "$s\t$c\t$r\t$srv\t${m[requests]}\t${m[seconds]}\t${m[rps]}\t${m[p50_ms]}\t${m[p90_ms]}\t${m[p99_ms]}\t${m[max_ms]}\t${m[non2xx]}\t${m[socket_errors]}\t$((cpu1 - cpu0))\t$([[ -n "$NEO4J_PID" ]] && echo $((n1 - n0)) || echo -)" >>"$legs"
        n_legs=$((n_legs + 1))
        say "leg $n_legs/$total_legs: $s c=$c round $r $srv: ${m[rps]} req/s, p50 ${m[p50_ms]} ms, p99 ${m[p99_ms]} ms$([[ "${m[non2xx]}${m[socket_errors]}" == 00 ]] || echo ", ERRORS non2xx=${m[non2xx]} socket=${m[socket_errors]}")"
        unset m
      done
    done
  done
done

for s in pg peer memory canned; do
  echo -e "$s\t$(status_kb "${PID[$s]}" VmRSS)\t$(status_kb "${PID[$s]}" VmHWM)" >>"$OUT/rss-end.tsv"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/machine.txt"
echo "clock ticks per second: $TICKS" >>"$OUT/machine.txt"

node "$PEER/report.mjs" "$OUT" | tee "$OUT/report.md"
say "raw data and report.md in $OUT"
