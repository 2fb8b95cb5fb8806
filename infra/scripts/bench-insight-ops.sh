#!/usr/bin/env bash
# Operations insight benchmark for issue #22 (part B) on MariaDB: 1,000,000 tickets
# (infra/scripts/bench-insight-ops.sql). Starts the packaged jar on a fresh database, loads the
# tickets in SQL, rebuilds the read models from the desk's rows with `--rebuild-insights` (timed),
# then starts Medley again and times in the same run:
#   anchor    the raw GROUP BY over tickets the read model replaces (mysql client; its own
#             start-up is measured as "mysql SELECT 1" and included in each anchor sample)
#   baseline  GET /api/me (auth + JSON, no insight work)
#   ops       GET /api/insights/operations: the last 30 days by day, a year by month, filtered
#   after     the same right after an hour's worth of new events (60 tickets filed and resolved
#             through the API, about what 1 M tickets in two years bring per hour)
# Usage: infra/scripts/bench-insight-ops.sh [iterations]   (build first: mvn -q -DskipTests install)
#        BENCH_KEEP=1 keeps the database afterwards; BENCH_REUSE=1 uses a kept one.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=backend/target/medley.jar
N=${1:-30}
PORT=${BENCH_PORT:-18098}
DB=${BENCH_DB:-medley_bench_insight}
URL="http://127.0.0.1:$PORT"
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests install" >&2; exit 1; }

START_WAIT_S=3000
# shellcheck source=bench-node.sh
source infra/scripts/bench-node.sh

if [ "${BENCH_REUSE:-0}" = 1 ] &&
  mysql -uroot -N -e "SELECT 1 FROM $DB.organizations WHERE name = 'Bench Ops'" 2>/dev/null | grep -q 1; then
  echo "reusing the benchmark tenant in $DB"
else
  mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
  start
  echo "loading the benchmark tenant…"
  t0=$(date +%s)
  mysql -uroot "$DB" <infra/scripts/bench-insight-ops.sql
  echo "loaded in $(( $(date +%s) - t0 )) s"
  stop
fi
TENANT=$(mysql -uroot -N -e "SELECT id FROM $DB.organizations WHERE name = 'Bench Ops'")
t0=$(date +%s)
MEDLEY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" MEDLEY_DB_USER=root \
  java -Xmx2g -jar "$JAR" --rebuild-insights >>"$LOG" 2>&1
echo "rebuilt every read model in $(( $(date +%s) - t0 )) s (tenant $TENANT among them)"
start

login() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo\"}" \
  "$URL/login" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
H="Authorization: Bearer $(login bench-exec)"
A="Authorization: Bearer $(login bench-admin)"
APP=$(mysql -uroot -N -e "SELECT MIN(id) FROM $DB.applications WHERE tenant_id = $TENANT")
time_ms() { curl -s -o /dev/null -w '%{time_total}\n' -H "$H" "$URL$1" | awk '{printf "%.1f\n", $1 * 1000}'; }
sql_ms() { local t0 t1; t0=$(date +%s%N); mysql -uroot "$DB" -e "$1" >/dev/null; t1=$(date +%s%N); echo "$(( (t1 - t0) / 100000 ))" | awk '{printf "%.1f\n", $1 / 10}'; }
stats() { sort -n | awk '{v[NR]=$1} END {printf "| %d | %.1f ms | %.1f ms | %.1f ms |\n", NR, v[int(NR*0.5+0.5)], v[int(NR*0.95+0.5)], v[NR]}'; }
row() { printf '| %-52s ' "$1"; }
hour_of_events() { # 60 tickets filed and resolved through the API
  for _ in $(seq 60); do
    id=$(curl -s -H "$A" -H 'Content-Type: application/json' -d "{\"type\":\"INCIDENT\",\"title\":\"Bench\",\"description\":\"x\",\"applicationId\":$APP,\"impact\":2,\"urgency\":2,\"phi\":false}" \
      "$URL/api/tickets" | sed 's/^{"id":\([0-9]*\).*/\1/')
    curl -s -o /dev/null -H "$A" -H 'Content-Type: application/json' \
      -d '{"to":"RESOLVED","resolutionCode":"FIXED","resolution":"done"}' "$URL/api/tickets/$id/transitions"
  done
}

# What the read model replaces: the same figures straight from tickets (New York as -05:00).
RAW30="SELECT DATE(created_at - INTERVAL 5 HOUR), priority, tier, application_id, group_id, COUNT(*)
  FROM tickets WHERE tenant_id = $TENANT AND created_at >= UTC_TIMESTAMP() - INTERVAL 30 DAY GROUP BY 1, 2, 3, 4, 5;
SELECT DATE(resolved_at - INTERVAL 5 HOUR), group_id, COUNT(*), SUM(CASE WHEN t.reopen_count = 0 AND NOT
  EXISTS (SELECT 1 FROM ticket_audit a WHERE a.ticket_id = t.id AND ((a.field = 'group' AND a.old_value IS NOT NULL)
  OR a.action IN ('ESCALATED', 'VENDOR_ESCALATED'))) THEN 1 ELSE 0 END), SUM(t.reopen_count > 0),
  COUNT(t.csat_rating), SUM(t.csat_rating) FROM tickets t WHERE tenant_id = $TENANT
  AND resolved_at >= UTC_TIMESTAMP() - INTERVAL 30 DAY AND status IN ('RESOLVED', 'CLOSED') GROUP BY 1, 2;
SELECT COUNT(*) FROM tickets WHERE tenant_id = $TENANT AND status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING');"
RAW365=${RAW30//30 DAY/365 DAY}
SINCE=$(date -u -d '-364 days' +%F)

for _ in 1 2 3; do time_ms /api/me >/dev/null; time_ms /api/insights/operations >/dev/null; sql_ms "$RAW30" >/dev/null; done
echo "$(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "facts: $(mysql -uroot -N -e "SELECT COUNT(*) FROM $DB.insight_ops_tickets WHERE tenant_id = $TENANT"), roll-up rows: $(mysql -uroot -N -e "SELECT COUNT(*) FROM $DB.insight_ops_daily WHERE tenant_id = $TENANT")"
echo
echo "| request | n | p50 | p95 | max |"
echo "| --- | --- | --- | --- | --- |"
row "mysql client start-up (SELECT 1)"; for _ in $(seq "$N"); do sql_ms "SELECT 1"; done | stats
row "anchor: raw GROUP BY over tickets, 30 days"; for _ in $(seq "$N"); do sql_ms "$RAW30"; done | stats
row "anchor: raw GROUP BY over tickets, 365 days"; for _ in $(seq 5); do sql_ms "$RAW365"; done | stats
row "baseline GET /api/me"; for _ in $(seq "$N"); do time_ms /api/me; done | stats
row "operations, 30 days by day, warm"; for _ in $(seq "$N"); do time_ms /api/insights/operations; done | stats
row "operations, a year by month, warm"; for _ in $(seq "$N"); do time_ms "/api/insights/operations?period=MONTH&from=$SINCE"; done | stats
row "operations, 30 days, P1 at partners, warm"; for _ in $(seq "$N"); do time_ms "/api/insights/operations?priority=P1&provider=PARTNER"; done | stats
row "drill-down, backlog page 1"; for _ in $(seq "$N"); do time_ms "/api/insights/operations/tickets?measure=BACKLOG"; done | stats
row "operations, 30 days, after an hour of new events"; for _ in $(seq 10); do hour_of_events; time_ms /api/insights/operations; done | stats
row "operations, a year by month, after an hour of events"; for _ in $(seq 5); do hour_of_events; time_ms "/api/insights/operations?period=MONTH&from=$SINCE"; done | stats
stop
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${BENCH_KEEP:-0}" = 1 ] || mysql -uroot -e "DROP DATABASE IF EXISTS $DB"
rm -f "$LOG"
