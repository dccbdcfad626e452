#!/usr/bin/env bash
# Independent checks of peacegraph's formats (issue 12): `make interop-check`, run by .ci/run.
#
#   1. installs the checkers when missing: Python's pandas, bibtexparser, rispy and networkx
#      (requirements.txt, pinned) into a venv under .ci/venv, and the npm packages of this folder
#      (graphql-http, citation-js; package-lock.json) with `npm ci`;
#   2. builds the server and starts it on the embedded dataset on a free loopback port (or
#      PORT), and waits until /readyz answers;
#   3. runs graphql-http's auditServer of the GraphQL-over-HTTP spec (audit.mjs: 0 errors and
#      0 warnings or it fails), the Python checks (check.py: BibTeX, RIS, typed CSV reads,
#      instants in from, GraphML) and citation-js on the CSL-JSON (check-csl.mjs).
#
# Traffic goes to 127.0.0.1 only; the server it started is stopped on exit. About 40 s with the
# packages cached, a minute more on a clean machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/tools/interop"
VENV="$ROOT/.ci/venv"
TMP="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

echo "-- installing the checkers"
if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

echo "-- starting peacegraph (embedded dataset)"
(cd "$ROOT" && go build -o "$TMP/peacegraph" ./server)
PORT="${PORT:-$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
BASE="http://127.0.0.1:$PORT"
NEO4J_URI="" PEACEGRAPH_ADDR="127.0.0.1:$PORT" PEACEGRAPH_LOG_LEVEL=warn "$TMP/peacegraph" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  if curl -fsS "$BASE/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$TMP/server.log"; echo "interop: the server did not start"; exit 1; fi
  sleep 0.5
done
curl -fsS "$BASE/readyz" >/dev/null

status=0
echo "-- graphql-http audit"
(cd "$HERE" && node audit.mjs "$BASE/graphql") || status=1
echo "-- BibTeX, RIS, CSV, GraphML (Python)"
"$VENV/bin/python" "$HERE/check.py" "$BASE" || status=1
echo "-- CSL-JSON (citation-js)"
(cd "$HERE" && node check-csl.mjs "$BASE") || status=1
exit "$status"
