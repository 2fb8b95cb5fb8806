#!/usr/bin/env bash
# Coverage matrix benchmark for issue #7 on MariaDB: 2,000 applications x 5,000 staff x 60,000
# skills and 1,000,000 tickets (infra/scripts/bench-coverage.sql). Starts the packaged jar on a
# fresh database, loads the data, then times over HTTP, in the same run:
#   baseline  GET /api/me                      (auth + JSON, no coverage work)
#   matrix    GET /api/coverage/matrix         warm (cached: revision unchanged)
#   gaps      GET /api/coverage/gaps?size=50   warm
#   matrix    after a write (a skill changed): snapshot reloaded and re-evaluated, history cached
#   gaps      after a write
#   first     the first matrix request after start: everything, including 1 M tickets aggregated
# Usage: infra/scripts/bench-coverage.sh [iterations]   (build first: mvn -q -DskipTests install)
#        BENCH_KEEP=1 keeps the database afterwards; BENCH_REUSE=1 uses a kept one.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=backend/target/medley.jar
N=${1:-30}
PORT=${BENCH_PORT:-18097}
DB=${BENCH_DB:-medley_bench_coverage}
URL="http://127.0.0.1:$PORT"
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests install" >&2; exit 1; }

LOG=$(mktemp)
start() {
  MEDLEY_PORT=$PORT MEDLEY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" MEDLEY_DB_USER=root \
    java -Xmx2g -jar "$JAR" >>"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 3000); do curl -sf "$URL/health" >/dev/null 2>&1 && return; sleep 0.1; done
  echo "Medley did not start; log: $LOG" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; true' EXIT

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
time_ms() { curl -s -o /dev/null -w '%{time_total}\n' -H "$H" "$URL$1" | awk '{printf "%.1f\n", $1 * 1000}'; }
touch_skill() { # a write that moves the tenant's coverage revision
  curl -s -o /dev/null -X PUT -H "$H" -H 'Content-Type: application/json' \
    -d "{\"staffId\":$STAFF,\"applicationId\":$APP,\"level\":$(( RANDOM % 4 + 1 ))}" "$URL/api/skills"
}
stats() { sort -n | awk '{v[NR]=$1} END {printf "n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms\n", NR, v[int(NR*0.5+0.5)], v[int(NR*0.95+0.5)], v[NR]}'; }

FIRST=$(time_ms /api/coverage/matrix)
BYTES=$(curl -s -H "$H" "$URL/api/coverage/matrix" | wc -c)
STAFF=$(curl -s -H "$H" "$URL/api/staff?size=1" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
APP=$(curl -s -H "$H" "$URL/api/applications?size=1" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
for _ in 1 2 3; do time_ms /api/me >/dev/null; time_ms /api/coverage/matrix >/dev/null; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "first matrix after start (1 M tickets aggregated, cold caches): $FIRST ms, $BYTES bytes"
echo -n "baseline GET /api/me:           "; for _ in $(seq $N); do time_ms /api/me; done | stats
echo -n "matrix, warm:                   "; for _ in $(seq $N); do time_ms /api/coverage/matrix; done | stats
echo -n "gaps, warm:                     "; for _ in $(seq $N); do time_ms '/api/coverage/gaps?size=50'; done | stats
echo -n "matrix, after a write:          "; for _ in $(seq $N); do touch_skill; time_ms /api/coverage/matrix; done | stats
echo -n "gaps, after a write:            "; for _ in $(seq $N); do touch_skill; time_ms '/api/coverage/gaps?size=50'; done | stats
stop
[ "${BENCH_KEEP:-0}" = 1 ] || mysql -uroot -e "DROP DATABASE IF EXISTS $DB"
rm -f "$LOG"
