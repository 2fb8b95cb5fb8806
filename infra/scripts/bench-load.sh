#!/usr/bin/env bash
# Load for issue #23: 200 agents (60 % queue pages, 25 % ticket views, 10 % comments, 5 % creates)
# against one Medley node, or two round-robin over one database, on MariaDB. One run: a fresh
# desk (demo hospital grown to 50,000 tickets, 500 open in each of 8 groups, 200 agents with their
# own logins), a warm-up, then shape (a) (each agent thinks 1–3 s: ~100 requests/s) after its
# anchor (GET /health with the same think time), and shape (b) (no think time, 200 connections)
# after its anchor (GET /health from 200 connections). The last
# lines printed are markdown rows for docs/benchmarks.md. The load generator (backend/src/jmh/java/
# org/medley/desk/AgentLoad.java) runs on the same cores and reports its own CPU.
#
# Usage: infra/scripts/bench-load.sh one|two
#   build first: mvn -B -o -q -pl frontend,backend package -DskipTests
#   LOAD_SECONDS (60) per measured shape; LOAD_WARMUP (60) unmeasured shape (b) first;
#   LOAD_ANCHOR (20) for /health; LOAD_AGENTS (200)
#   LOAD_DB (medley_load); LOAD_PORTS ("8701 8702"); LOAD_JAR (backend/target/medley.jar)
#   LOAD_REUSE=1      run on the database a previous run left (no re-seed, no re-grow)
#   LOAD_JAVA_OPTS    the nodes' JVM options (default -XX:TieredStopAtLevel=1, as the container
#                     image runs them; "" for the JVM's defaults, C2 included)
#   LOAD_NODE_ENV     extra VARIABLE=value for the nodes, e.g. "MEDLEY_DB_POOL_SIZE=32"
#   MVN_FLAGS (-o)    Maven flags for the load generator
# Needs MariaDB/MySQL on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
case "${1:-}" in
  one) count=1 ;;
  two) count=2 ;;
  *)
    echo "usage: $0 one|two" >&2
    exit 2
    ;;
esac
db=${LOAD_DB:-medley_load}
read -r -a ports <<<"${LOAD_PORTS:-8701 8702}"
jar=${LOAD_JAR:-backend/target/medley.jar}
url="jdbc:mariadb://127.0.0.1:3306/$db"
logs=$(mktemp -d)
pids=()

start_node() { # $1 = port
  # shellcheck disable=SC2086 # LOAD_JAVA_OPTS and LOAD_NODE_ENV hold several words
  env ${LOAD_NODE_ENV:-} MEDLEY_PORT="$1" MEDLEY_DB_URL="$url" MEDLEY_DB_USER=root \
    MEDLEY_PUBLIC_URL="http://127.0.0.1:$1" \
    java ${LOAD_JAVA_OPTS--XX:TieredStopAtLevel=1} -jar "$jar" >"$logs/node-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.1
  done
  echo "node on :$1 did not start:" >&2
  tail -50 "$logs/node-$1.log" >&2
  exit 1
}
stop_nodes() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done # a stopped node answers 143
  pids=()
}
trap 'status=$?; stop_nodes; rm -rf "$logs"; exit $status' EXIT

generator() { # AgentLoad's arguments
  mvn -q -B -ntp ${MVN_FLAGS--o} -pl backend -Pbench -DskipTests -DskipCds test-compile \
    exec:exec@agent-load -Dload.args="$*"
}

if [ -z "${LOAD_REUSE:-}" ]; then
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
  start_node "${ports[0]}" # migrates and seeds the demo hospital
  stop_nodes
  generator "$url" - --agents="${LOAD_AGENTS:-200}" --prepare-only
fi
bases=()
for port in "${ports[@]:0:$count}"; do
  start_node "$port" # one after the other: the first finds the database ready, as do the others
  bases+=("http://127.0.0.1:$port")
done
echo "nodes: ${bases[*]} (pids ${pids[*]}); load average $(cut -d' ' -f1-3 /proc/loadavg)"
generator "$url" "$(
  IFS=,
  echo "${bases[*]}"
)" --agents="${LOAD_AGENTS:-200}" --seconds="${LOAD_SECONDS:-60}" \
  --warmup="${LOAD_WARMUP:-60}" --anchor="${LOAD_ANCHOR:-20}" --pids="$(
    IFS=,
    echo "${pids[*]}"
  )"
echo "node log lines naming a deadlock: $(cat "$logs"/node-*.log | grep -ci deadlock || true);" \
  "ERROR lines: $(cat "$logs"/node-*.log | grep -c ' ERROR ' || true)"
