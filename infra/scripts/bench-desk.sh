#!/usr/bin/env bash
# Desk benchmarks for issue #4 against MariaDB: ticket creation over HTTP vs a raw-JDBC writer of
# the same rows (32 clients, 30 s each, after a warm-up), then a group queue page with 1 million
# tickets in the database. The last lines printed are markdown rows for docs/benchmarks.md.
#
# Usage: infra/scripts/bench-desk.sh [clients] [seconds]
#   build first: mvn -B -ntp -o -q -pl backend package -DskipTests -DskipCds
#   KEEP_DB=1          leave the database behind (for EXPLAIN, or a queue-only re-run)
#   REUSE_DB=1         run against the kept database instead of a fresh one (no demo re-seed)
#   BENCH_QUEUE=--queue-only   only the queue page (with REUSE_DB=1: on the kept million tickets)
#   BENCH_QUEUE=--http-only    only HTTP creation (no raw baseline, no queue), e.g. for profiling
#   BENCH_QUEUE=       creation only, no queue
#   BENCH_WARMUP=S     unmeasured seconds before each phase (default: as long as the phase, at most 30),
#                      then more until the server's JIT compiler threads settle (under 3 % of a core)
#   BENCH_JAR=path     the jar to measure (default backend/target/medley.jar), e.g. main's for a before/after
#   BENCH_DB=name      database name (default medley_bench); BENCH_PORT (default 18081)
#   MVN_FLAGS=-o       run Maven offline (needs the bench profile's plugins in ~/.m2)
#   BENCH_JAVA_OPTS    extra JVM options for the server, e.g.
#                      "-XX:StartFlightRecording=duration=60s,filename=/tmp/create.jfr,settings=profile"
# Needs MariaDB/MySQL on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-32}
SECONDS_EACH=${2:-30}
PORT=${BENCH_PORT:-18081}
DB=${BENCH_DB:-medley_bench}
if [ -z "${REUSE_DB:-}" ]; then
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
fi
LOG=$(mktemp)
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
MEDLEY_PORT=$PORT MEDLEY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" MEDLEY_DB_USER=root \
  java ${BENCH_JAVA_OPTS:-} -jar "${BENCH_JAR:-backend/target/medley.jar}" >"$LOG" 2>&1 &
PID=$!
cleanup() {
  local status=$?
  kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true # a stopped server answers 143
  [ -n "${KEEP_DB:-}" ] || mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB"
  rm -f "$LOG"
  exit "$status" # the benchmark's, not the stopped server's
}
trap cleanup EXIT
for _ in $(seq 1 900); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "Medley did not start:"; cat "$LOG"; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -q -B -ntp ${MVN_FLAGS:-} -pl backend -Pbench -DskipTests -DskipCds test-compile exec:exec@desk-load \
  -Dload.args="http://127.0.0.1:$PORT jdbc:mariadb://127.0.0.1:3306/$DB $CLIENTS $SECONDS_EACH ${BENCH_QUEUE---queue} ${BENCH_WARMUP:+--warmup=$BENCH_WARMUP} --server-pid=$PID"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
