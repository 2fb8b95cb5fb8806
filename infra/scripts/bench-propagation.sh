#!/usr/bin/env bash
# How long until one node's edit counts on another (issue #23: within 1 s). Two nodes on one
# MariaDB database; each round adds a routing rule on node A and polls node B's routing preview
# every 20 ms until B routes by it. Anchor measured in the same run: the same poll against node A
# itself (what a request round trip costs here).
# Usage: infra/scripts/bench-propagation.sh [rounds]   (build first: mvn -q -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-20}
DB=medley_bench_nodes
A=18181
B=18182
JAR=backend/target/medley.jar
dir=$(mktemp -d)
mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
start() { # $1 port
  MEDLEY_PORT=$1 MEDLEY_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB MEDLEY_DB_USER=root \
    java -XX:SharedArchiveFile=backend/target/medley.jsa -Xshare:auto -jar $JAR >"$dir/$1.log" 2>&1 &
  echo $! >"$dir/$1.pid"
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return; sleep 0.2; done
  echo "node $1 did not start" >&2; exit 1
}
trap 'kill $(cat "$dir"/*.pid) 2>/dev/null || true' EXIT
start $A
start $B
token() { curl -sf -XPOST "http://127.0.0.1:$1/login" -H 'content-type: application/json' \
  -d '{"username":"admin","password":"demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
TA=$(token $A)
TB=$(token $B)
group=$(mysql -uroot -N -e "SELECT id FROM $DB.support_groups WHERE name = 'Northwind Overnight Desk'")
app=$(mysql -uroot -N -e "SELECT MIN(id) FROM $DB.applications WHERE triage = FALSE")
routed() { # $1 port $2 token $3 word
  curl -sf -XPOST "http://127.0.0.1:$1/api/routing-rules/preview" -H "authorization: Bearer $2" \
    -H 'content-type: application/json' \
    -d "{\"type\":\"INCIDENT\",\"applicationId\":$app,\"impact\":3,\"urgency\":3,\"title\":\"x $3 y\"}" \
    | grep -q '"basis":"RULE"'
}
round() { # $1 port to poll, $2 its token; prints ms until that node routes by a rule made on A
  local word="zq$RANDOM$RANDOM" t0 t1
  routed "$1" "$2" "$word" && true # warm the poller's kept copy
  t0=$(date +%s%3N)
  curl -sf -XPOST "http://127.0.0.1:$A/api/routing-rules" -H "authorization: Bearer $TA" \
    -H 'content-type: application/json' \
    -d "{\"tier\":\"L1\",\"groupId\":$group,\"titleWords\":[\"$word\"]}" >/dev/null
  until routed "$1" "$2" "$word"; do sleep 0.02; done
  t1=$(date +%s%3N)
  echo $((t1 - t0))
}
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %d ms, p95 %d ms, max %d ms (n=%d)\n", a[int((NR+1)/2)], a[int(NR*0.95+0.999)], a[NR], NR}'; }
for _ in $(seq 1 "$ROUNDS"); do round $A "$TA"; done >"$dir/same"
for _ in $(seq 1 "$ROUNDS"); do round $B "$TB"; done >"$dir/other"
echo "anchor, the writing node itself: $(stats <"$dir/same")"
echo "another node:                    $(stats <"$dir/other")"
