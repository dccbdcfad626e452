#!/usr/bin/env bash
# Run a real Neo4j Community 5.26 server on loopback for dev and CI (no Docker needed).
#
#   tools/neo4j/neo4j.sh up       build the runner if needed, start, wait until Bolt answers
#   tools/neo4j/neo4j.sh down     stop cleanly (SIGTERM, then SIGKILL after a timeout)
#   tools/neo4j/neo4j.sh status   exit 0 iff running and answering authenticated queries
#   tools/neo4j/neo4j.sh logs     tail the server log (logs -f to follow)
#   tools/neo4j/neo4j.sh reset    down, then delete all data
#
# Settings (environment): NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (peacegraph-dev),
# NEO4J_JAVA_OPTS (heap etc.), NEO4J_START_TIMEOUT (120 s), NEO4J_STOP_TIMEOUT (60 s).
set -euo pipefail

TOOL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$TOOL_DIR/../.." && pwd)"
STATE_DIR="$REPO_ROOT/.neo4j"       # gitignored; everything the server writes lives here
HOME_DIR="$STATE_DIR/home"          # Neo4j home: data/ (stores, tx logs) and logs/debug.log
PID_FILE="$STATE_DIR/neo4j.pid"
READY_FILE="$STATE_DIR/ready"       # written by the runner once the DBMS is up and its password set
LOG_FILE="$STATE_DIR/neo4j.log"     # runner stdout/stderr (Neo4j user log)
TARGET="$TOOL_DIR/target"
STAMP="$TARGET/.build-stamp"

PORT="${NEO4J_BOLT_PORT:-7687}"
export NEO4J_BOLT_PORT="$PORT"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-peacegraph-dev}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"
# 2 cores / 24 GiB shared with the tests: a 1 GiB heap plus a 256 MiB page cache (set in the runner).
JAVA_OPTS="${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC}"
# From Neo4j's own neo4j.conf defaults for Java 17.
JAVA_OPTS="$JAVA_OPTS -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLASSPATH_RUN="$TARGET/neo4j-runner.jar:$TARGET/lib/*"

say() { echo "neo4j: $*"; }
die() { echo "neo4j: ERROR: $*" >&2; exit 1; }

pid_alive() { # the pid file names a live process that is our runner
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "peacegraph.Neo4jServer"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running_port() { sed -n 's/^port=//p' "$READY_FILE" 2>/dev/null || true; }

BOLTREADY="$TARGET/boltready"
BOLTREADY_BUILT=""
bolt_ping() { # the Go driver's VerifyConnectivity: Bolt handshake + HELLO with basic auth
  if [[ -z "$BOLTREADY_BUILT" ]]; then # once per run; go build is a no-op when nothing changed
    command -v go >/dev/null || die "go not found (the readiness check is tools/neo4j/boltready)"
    mkdir -p "$TARGET"
    (cd "$REPO_ROOT" && go build -o "$BOLTREADY" ./tools/neo4j/boltready) || die "building tools/neo4j/boltready failed"
    BOLTREADY_BUILT=1
  fi
  "$BOLTREADY" -port "${1:-$PORT}"
}

log_tail() {
  echo "----- last 40 lines of $LOG_FILE -----" >&2
  tail -n 40 "$LOG_FILE" >&2 2>/dev/null || echo "(no log)" >&2
  echo "----- (Neo4j debug log: $HOME_DIR/logs/debug.log) -----" >&2
}

build_stamp() { # changes whenever the pom or the sources change
  (cd "$TOOL_DIR" && cat pom.xml $(find src -type f | LC_ALL=C sort)) | sha256sum | cut -d' ' -f1
}

build() {
  command -v "$JAVA" >/dev/null || die "java not found (Java 17+ required)"
  local want
  want="$(build_stamp)"
  if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -f "$TARGET/neo4j-runner.jar" && -d "$TARGET/lib" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (Maven is needed to fetch the Neo4j jars)"
  say "building runner with Maven (a cold ~/.m2 first downloads ~125 MB of Neo4j jars)..."
  local out
  if ! out="$(mvn -B -q -Dstyle.color=never -f "$TOOL_DIR/pom.xml" package 2>&1)"; then
    sed 's/\x1b\[[0-9;]*m//g' <<<"$out" >&2 # strip ANSI resets Maven prints even with -B
    die "Maven build of tools/neo4j failed (see the Maven output above); Neo4j was NOT started"
  fi
  echo "$want" >"$STAMP"
  say "runner built: $(ls "$TARGET/lib" | wc -l) jars in $TARGET/lib"
}

cmd_up() {
  if pid_alive; then
    local pid
    pid="$(cat "$PID_FILE")"
    if [[ -f "$READY_FILE" ]]; then
      local rport
      rport="$(running_port)"
      [[ "$rport" == "$PORT" ]] || die "already running (pid $pid) on port $rport, not the requested $PORT; run down first"
      bolt_ping "$PORT" >/dev/null || die "already running (pid $pid) but an authenticated query failed: $(bolt_ping "$PORT")
  (was it started with another NEO4J_PASSWORD? run down, then up)"
      say "already running (pid $pid) on bolt://127.0.0.1:$PORT"
      return 0
    fi
    say "already starting (pid $pid); waiting for it"
  else
    rm -f "$PID_FILE" "$READY_FILE"
    port_in_use "$PORT" && die "port 127.0.0.1:$PORT is already in use by another process (set NEO4J_BOLT_PORT)"
    build
    mkdir -p "$HOME_DIR"
    [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
    say "starting Neo4j on bolt://127.0.0.1:$PORT (data: $HOME_DIR, log: $LOG_FILE)"
    # setsid: own session, so the server outlives this script and the caller's Ctrl-C.
    # shellcheck disable=SC2086
    setsid "$JAVA" $JAVA_OPTS -cp "$CLASSPATH_RUN" peacegraph.Neo4jServer "$HOME_DIR" "$READY_FILE" \
      >"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
  fi

  local pid start now
  pid="$(cat "$PID_FILE")"
  start="$(date +%s)"
  while true; do
    now="$(date +%s)"
    if ! kill -0 "$pid" 2>/dev/null; then
      log_tail
      rm -f "$PID_FILE" "$READY_FILE"
      die "Neo4j exited during startup"
    fi
    if [[ -f "$READY_FILE" ]] && bolt_ping "$PORT" >/dev/null; then
      say "ready after $((now - start))s: bolt://127.0.0.1:$PORT user neo4j (pid $pid)"
      return 0
    fi
    if ((now - start >= START_TIMEOUT)); then
      log_tail
      say "not ready after ${START_TIMEOUT}s; stopping it"
      cmd_down >&2 || true
      die "Neo4j did not become ready within ${START_TIMEOUT}s"
    fi
    if (((now - start) % 10 == 0 && now > start)); then say "waiting for Bolt... $((now - start))s"; fi
    sleep 1
  done
}

cmd_down() {
  if ! pid_alive; then
    rm -f "$PID_FILE" "$READY_FILE"
    say "not running"
    return 0
  fi
  local pid i
  pid="$(cat "$PID_FILE")"
  say "stopping pid $pid (SIGTERM)..."
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "still alive after ${STOP_TIMEOUT}s; sending SIGKILL (next start will run recovery)"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE" "$READY_FILE"
  say "stopped"
}

cmd_status() {
  if ! pid_alive; then
    say "not running"
    return 3
  fi
  local pid rport
  pid="$(cat "$PID_FILE")"
  rport="$(running_port)"
  if [[ ! -f "$READY_FILE" ]]; then
    say "starting (pid $pid), not ready yet"
    return 1
  fi
  if ! bolt_ping "$rport"; then
    say "running (pid $pid) but the Bolt check failed (started with another NEO4J_PASSWORD?)"
    return 1
  fi
  say "running (pid $pid), ready on bolt://127.0.0.1:$rport"
}

cmd_logs() {
  [[ -f "$LOG_FILE" ]] || die "no log yet ($LOG_FILE)"
  if [[ "${1:-}" == "-f" ]]; then exec tail -n 100 -f "$LOG_FILE"; fi
  tail -n "${1:-100}" "$LOG_FILE"
}

cmd_reset() {
  cmd_down
  if [[ -d "$STATE_DIR" ]]; then
    rm -rf -- "$STATE_DIR"
    say "deleted $STATE_DIR"
  fi
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  reset) cmd_reset ;;
  build) build; say "runner is built" ;;
  *)
    echo "usage: $0 up|down|status|logs [-f|N]|reset|build" >&2
    exit 2
    ;;
esac
