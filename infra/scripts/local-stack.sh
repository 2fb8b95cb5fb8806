#!/usr/bin/env bash
# The production shape on one machine without containers: MariaDB (started if it is not running),
# Keycloak, and two Medley nodes on different ports over one database.
#   infra/scripts/local-stack.sh          start (builds the jar first if there is none)
#   infra/scripts/local-stack.sh stop     stop the nodes and Keycloak (MariaDB keeps running)
#   infra/scripts/local-stack.sh status
# Environment: STACK_DB (medley_stack), STACK_PORTS ("8080 8081"), STACK_DB_USER (root),
# STACK_DB_PASSWORD (empty), STACK_DEMO (true).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
state="$root/target/local-stack"
db="${STACK_DB:-medley_stack}"
ports=(${STACK_PORTS:-8080 8081})
jar="$root/backend/target/medley.jar"
issuer="http://127.0.0.1:${KC_PORT:-8180}/realms/medley"
mkdir -p "$state"

mariadb_up() { (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; }
healthy() { curl -sf "http://127.0.0.1:$1/health/readiness" >/dev/null 2>&1; }
node_running() { [[ -f "$state/node-$1.pid" ]] && kill -0 "$(cat "$state/node-$1.pid")" 2>/dev/null; }

start_mariadb() {
  mariadb_up && return
  if ! command -v mariadbd >/dev/null && [[ ! -x /usr/sbin/mariadbd ]]; then
    echo "Installing MariaDB (Debian package mariadb-server)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server >"$state/apt.log" 2>&1
  fi
  echo "Starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mariadb_up && return; sleep 1; done
  echo "MariaDB did not start" >&2
  exit 1
}

start_node() { # $1 = port
  local port=$1
  if node_running "$port"; then
    echo "node on :$port already running"
    return
  fi
  MEDLEY_PORT=$port \
    MEDLEY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" \
    MEDLEY_DB_USER="${STACK_DB_USER:-root}" \
    MEDLEY_DB_PASSWORD="${STACK_DB_PASSWORD:-}" \
    MEDLEY_DEMO="${STACK_DEMO:-true}" \
    MEDLEY_OIDC_ISSUER="$issuer" \
    MEDLEY_PUBLIC_URL="http://127.0.0.1:$port" \
    nohup java -XX:SharedArchiveFile="$root/backend/target/medley.jsa" -Xshare:auto \
    -jar "$jar" >"$state/node-$port.log" 2>&1 &
  echo $! >"$state/node-$port.pid"
  for _ in $(seq 1 240); do
    if healthy "$port"; then
      echo "node on http://127.0.0.1:$port is ready (log: $state/node-$port.log)"
      return
    fi
    node_running "$port" || { echo "node on :$port died; see $state/node-$port.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "node on :$port did not become ready; see $state/node-$port.log" >&2
  exit 1
}

case "${1:-start}" in
  start)
    [[ -f "$jar" ]] || mvn -B -q -DskipTests install
    start_mariadb
    mariadb -uroot -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4" 2>/dev/null \
      || mysql -uroot -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4"
    infra/keycloak/start.sh
    # One after the other: the first migrates the database (and seeds the demo); the others find
    # it done.
    for port in "${ports[@]}"; do start_node "$port"; done
    echo "Sign in at http://127.0.0.1:${ports[0]} (or any node) with a demo login, password demo."
    ;;
  stop)
    for port in "${ports[@]}"; do
      if node_running "$port"; then kill "$(cat "$state/node-$port.pid")"; fi
      rm -f "$state/node-$port.pid"
    done
    infra/keycloak/start.sh stop
    ;;
  status)
    for port in "${ports[@]}"; do
      if healthy "$port"; then echo ":$port ready"; elif node_running "$port"; then
        echo ":$port starting or unhealthy"; else echo ":$port stopped"; fi
    done
    mariadb_up && echo "MariaDB :3306 up" || echo "MariaDB :3306 down"
    ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
