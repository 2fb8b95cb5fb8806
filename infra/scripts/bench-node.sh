# Sourced by the MariaDB benchmarks (bench-coverage.sh, bench-insight-ops.sh): one Medley node of
# $JAR on $PORT over the database $DB, its output appended to $LOG, stopped when the script exits.
#   start [VARIABLE=value ...]   start it with these variables too; wait for /health (at most
#                                ${START_WAIT_S:-300} s)
#   stop                         stop it and wait for it to end
LOG=$(mktemp)
PID=
start() {
  env "$@" MEDLEY_PORT="$PORT" MEDLEY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" MEDLEY_DB_USER=root \
    java -Xmx2g -jar "$JAR" >>"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 $((${START_WAIT_S:-300} * 10))); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return
    sleep 0.1
  done
  echo "Medley did not start; log: $LOG" >&2
  exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; true' EXIT
