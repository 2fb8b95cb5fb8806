#!/usr/bin/env bash
# Desk benchmarks for issue #4 against MariaDB: ticket creation over HTTP vs raw JDBC inserts
# (32 clients, 30 s each), then a group queue page with 1 million tickets in the database.
# Usage: infra/scripts/bench-desk.sh [clients] [seconds]   (build first: mvn -q -DskipTests install)
# Needs MariaDB/MySQL on 127.0.0.1:3306 (root, no password); uses and drops database medley_bench.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-32}
SECONDS_EACH=${2:-30}
PORT=${BENCH_PORT:-18081}
DB=medley_bench
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
LOG=$(mktemp)
MEDLEY_PORT=$PORT MEDLEY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" MEDLEY_DB_USER=root \
  MEDLEY_DB_POOL_SIZE=${MEDLEY_DB_POOL_SIZE:-16} java -jar backend/target/medley.jar >"$LOG" 2>&1 &
PID=$!
# KEEP_DB=1 leaves the database behind for EXPLAIN and friends.
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; [ -n "${KEEP_DB:-}" ] || mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB"; rm -f "$LOG"' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done
mvn -q -B -ntp -pl backend -Pbench -DskipTests test-compile exec:exec@desk-load \
  -Dload.args="http://127.0.0.1:$PORT jdbc:mariadb://127.0.0.1:3306/$DB $CLIENTS $SECONDS_EACH ${BENCH_QUEUE---queue}"
