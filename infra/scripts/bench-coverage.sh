#!/usr/bin/env bash
# Coverage matrix benchmark for issue #7 on MariaDB: 2,000 applications x 5,000 staff x 60,000
# skills and 1,000,000 tickets (infra/scripts/bench-coverage.sql). Starts the packaged jar on a
# fresh database, loads the data, then times over HTTP, in the same run:
#   baseline  GET /api/me                      (auth + JSON, no coverage work)
#   matrix    GET /api/coverage/matrix         warm (cached: revision unchanged)
#   gaps      GET /api/coverage/gaps?size=50   warm
#   matrix    after a write through this node (a skill changed): applied to the kept matrix
#   gaps      after a write through this node
#   matrix    after another node's write (the revision bumped in SQL): the tenant loaded again
#   gaps      after another node's write
#   first     the first matrix request right after /health answers (history aggregation of
#             1 M tickets may still be warming up in the background)
#   ttl       (BENCH_TTL=1) a matrix request right after the history TTL ran out, on a second
#             start with MEDLEY_COVERAGE_HISTORY_TTL=15s: served from the old aggregates while
#             the new ones are computed in the background
# Usage: infra/scripts/bench-coverage.sh [iterations]   (build first: mvn -q -DskipTests install)
#        BENCH_KEEP=1 keeps the database afterwards; BENCH_REUSE=1 uses a kept one.
# Prints a markdown table to paste into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=backend/target/medley.jar
N=${1:-30}
PORT=${BENCH_PORT:-18097}
DB=${BENCH_DB:-medley_bench_coverage}
URL="http://127.0.0.1:$PORT"
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests install" >&2; exit 1; }

# shellcheck source=bench-node.sh
source infra/scripts/bench-node.sh

# BENCH_REUSE=1 keeps a database an earlier run loaded (loading takes minutes).
if [ "${BENCH_REUSE:-0}" = 1 ] &&
  mysql -uroot -N -e "SELECT 1 FROM $DB.organizations WHERE name = 'Bench Health'" 2>/dev/null | grep -q 1; then
  echo "reusing the benchmark tenant in $DB"
else
  mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
  start
  echo "loading the benchmark tenant…"
  t0=$(date +%s)
  mysql -uroot "$DB" <infra/scripts/bench-coverage.sql
  echo "loaded in $(( $(date +%s) - t0 )) s"
  stop
fi
start # a fresh process: nothing cached

TOKEN=$(curl -sf -H 'Content-Type: application/json' \
  -d '{"username":"bench-leader","password":"demo"}' "$URL/login" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
H="Authorization: Bearer $TOKEN"
TENANT=$(mysql -uroot -N -e "SELECT id FROM $DB.organizations WHERE name = 'Bench Health'")
time_ms() { curl -s -o /dev/null -w '%{time_total}\n' -H "$H" "$URL$1" | awk '{printf "%.1f\n", $1 * 1000}'; }
touch_skill() { # a write through this node: moves the revision and is applied to the kept matrix
  curl -s -o /dev/null -w '%{time_total}\n' -X PUT -H "$H" -H 'Content-Type: application/json' \
    -d "{\"staffId\":$STAFF,\"applicationId\":$APP,\"level\":$(( RANDOM % 4 + 1 ))}" \
    "$URL/api/skills" | awk '{printf "%.1f\n", $1 * 1000}'
}
bump_elsewhere() { # another node's write: only the revision moves, this node hears nothing
  mysql -uroot "$DB" -e "UPDATE coverage_revisions SET revision = revision + 1 WHERE tenant_id = $TENANT"
}
stats() { sort -n | awk '{v[NR]=$1} END {printf "| %d | %.1f ms | %.1f ms | %.1f ms |\n", NR, v[int(NR*0.5+0.5)], v[int(NR*0.95+0.5)], v[NR]}'; }
row() { printf '| %-40s ' "$1"; }

FIRST=$(time_ms /api/coverage/matrix)
BYTES=$(curl -s -H "$H" "$URL/api/coverage/matrix" | wc -c)
STAFF=$(curl -s -H "$H" "$URL/api/staff?size=1" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
APP=$(curl -s -H "$H" "$URL/api/applications?size=1" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
for _ in 1 2 3; do time_ms /api/me >/dev/null; time_ms /api/coverage/matrix >/dev/null; done

echo "$(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "first matrix after start: $FIRST ms, $BYTES bytes"
echo
echo "| request                                  | n | p50 | p95 | max |"
echo "| --- | --- | --- | --- | --- |"
row "baseline GET /api/me"; for _ in $(seq "$N"); do time_ms /api/me; done | stats
row "matrix, warm"; for _ in $(seq "$N"); do time_ms /api/coverage/matrix; done | stats
row "gaps, warm"; for _ in $(seq "$N"); do time_ms '/api/coverage/gaps?size=50'; done | stats
row "PUT /api/skills (applied in place)"; for _ in $(seq "$N"); do touch_skill; done | stats
row "matrix, after a write through this node"; for _ in $(seq "$N"); do touch_skill >/dev/null; time_ms /api/coverage/matrix; done | stats
row "gaps, after a write through this node"; for _ in $(seq "$N"); do touch_skill >/dev/null; time_ms '/api/coverage/gaps?size=50'; done | stats
row "matrix, after another node's write"; for _ in $(seq "$N"); do bump_elsewhere; time_ms /api/coverage/matrix; done | stats
row "gaps, after another node's write"; for _ in $(seq "$N"); do bump_elsewhere; time_ms '/api/coverage/gaps?size=50'; done | stats
stop
if [ "${BENCH_TTL:-0}" = 1 ]; then
  start MEDLEY_COVERAGE_HISTORY_TTL=15s
  time_ms /api/coverage/matrix >/dev/null # waits for the warm-up
  row "matrix, first read after the history TTL"
  for _ in $(seq "${BENCH_TTL_SAMPLES:-6}"); do sleep 16; time_ms /api/coverage/matrix; done | stats
  stop
fi
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${BENCH_KEEP:-0}" = 1 ] || mysql -uroot -e "DROP DATABASE IF EXISTS $DB"
rm -f "$LOG"
