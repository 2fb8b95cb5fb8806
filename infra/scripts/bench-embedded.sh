#!/usr/bin/env bash
# Ticket creation over HTTP on the embedded default (H2 file), for issue #15: what durable commits
# (WRITE_DELAY=0) cost. Starts the packaged jar on a fresh data directory, lets DeskLoad post tickets
# with N clients for S seconds after a warm-up, and prints the database file's size afterwards.
# Run it for two jars (before/after) in the same session: the machine's speed drifts between runs.
#
# Usage: infra/scripts/bench-embedded.sh [clients] [seconds]
#   build first: mvn -B -ntp -o -q -pl backend package -DskipTests -DskipCds
#   BENCH_JAR=path     the jar to measure (default backend/target/medley.jar)
#   BENCH_WARMUP=S     unmeasured seconds before the phase (DeskLoad's default: as long as the phase)
#   BENCH_PORT         default 18082
#   MVN_FLAGS=-o       run Maven offline (needs the bench profile's plugins in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-16}
SECONDS_EACH=${2:-20}
PORT=${BENCH_PORT:-18082}
DATA=$(mktemp -d)
MEDLEY_PORT=$PORT MEDLEY_DATA_DIR="$DATA" java -jar "${BENCH_JAR:-backend/target/medley.jar}" \
  >"$DATA/medley.log" 2>&1 &
PID=$!
cleanup() {
  local status=$?
  kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true # a stopped server answers 143
  rm -rf "$DATA"
  exit "$status" # the benchmark's, not the stopped server's
}
trap cleanup EXIT
for _ in $(seq 1 900); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "Medley did not start:"; cat "$DATA/medley.log"; exit 1; }
echo "jar: ${BENCH_JAR:-backend/target/medley.jar}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "database file after the demo seed: $(du -k "$DATA/medley.mv.db" | cut -f1) KiB"
mvn -q -B -ntp ${MVN_FLAGS:-} -pl backend -Pbench -DskipTests -DskipCds test-compile exec:exec@desk-load \
  -Dload.args="http://127.0.0.1:$PORT - $CLIENTS $SECONDS_EACH --http-only ${BENCH_WARMUP:+--warmup=$BENCH_WARMUP} --server-pid=$PID"
echo "database file after the run: $(du -k "$DATA/medley.mv.db" | cut -f1) KiB"
echo "server log ERROR lines: $(grep -c 'ERROR' "$DATA/medley.log" || true)"
grep -m1 -A30 'ERROR' "$DATA/medley.log" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
