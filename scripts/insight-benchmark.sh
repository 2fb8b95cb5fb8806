#!/usr/bin/env bash
# SLA insight benchmark (issue #22): 1 million tickets and 3 million timer rows on MariaDB, the
# roll-ups rebuilt with `--rebuild-insights`, then p50/p95 of each insight query warm, right after an
# hour's worth of new settlements through the listener path, and the raw /api/sla/compliance query
# as the anchor, in the same run.
#
#   scripts/insight-benchmark.sh generate   # on a Medley started with MEDLEY_DB_URL=…/$DB (demo data)
#   scripts/insight-benchmark.sh rebuild    # java -jar medley.jar --rebuild-insights, timed
#   scripts/insight-benchmark.sh measure    # queries against the running Medley at $BASE
set -euo pipefail
DB=${DB:-medley_insight_bench}
BASE=${BASE:-http://127.0.0.1:18092}
JAR=${JAR:-backend/target/medley.jar}
RUNS=${RUNS:-40}
SQL="mysql -uroot -h127.0.0.1 $DB"

generate() {
  # Tickets 1..1,000,000 over the 365 days before 2026-12-06, in 14 groups (2 partners' groups).
  for chunk in $(seq 0 9); do
    $SQL -e "
      INSERT INTO tickets (tenant_id, number, type, title, description, application_id, impact,
        urgency, priority, status, tier, group_id, requester_id, phi, version, created_at,
        updated_at)
      SELECT 1, CONCAT('BEN-', LPAD(n, 7, '0')), 'INCIDENT', CONCAT('Benchmark ticket ', n), 'bench',
        1 + n MOD 60, 2, 2, ELT(1 + n MOD 4, 'P1','P2','P3','P4'), 'RESOLVED',
        ELT(1 + n MOD 14, 'L1','L1','L2','L2','L2','L2','L2','L2','L2','L2','L2','L2','L3','VENDOR'),
        1 + n MOD 14, 1, FALSE, 0,
        TIMESTAMP('2026-12-06') - INTERVAL (n * 31.536) SECOND,
        TIMESTAMP('2026-12-06') - INTERVAL (n * 31.536) SECOND
      FROM (SELECT seq + $chunk * 100000 AS n FROM seq_1_to_100000) s;"
  done
  $SQL -e "CREATE TABLE IF NOT EXISTS bench_tickets AS SELECT id, priority, tier, application_id,
      group_id, created_at, CAST(SUBSTRING(number, 5) AS UNSIGNED) AS n FROM tickets
      WHERE number LIKE 'BEN-%';"
  # Three timers a ticket: SLA response, SLA resolution, an OLA resolution (partners 2 and 3).
  # 1 in 11 responses, 1 in 7 resolutions, 1 in 5 OLAs breached; the newest 1 % still running.
  for target in RESPONSE RESOLUTION OLA; do
    kind=SLA; tgt=$target; partner=NULL; minutes="15 + n MOD 50"; breach="n MOD 11 = 0"
    if [ "$target" = RESOLUTION ]; then minutes="120 + n MOD 900"; breach="n MOD 7 = 0"; fi
    if [ "$target" = OLA ]; then kind=OLA; tgt=RESOLUTION; partner="2 + n MOD 2";
      minutes="60 + n MOD 600"; breach="n MOD 5 = 0"; fi
    $SQL -e "
      INSERT INTO sla_timers (tenant_id, ticket_id, ticket_number, kind, target, partner_id,
        calendar_id, target_ms, warnings, state, started_at, elapsed_ms, due_at, ended_at,
        priority, tier, application_id, group_id, group_partner_id, version)
      SELECT 1, id, CONCAT('BEN-', LPAD(n, 7, '0')), '$kind', '$tgt', $partner, 1, 3600000,
        '50,75,90',
        CASE WHEN n <= 10000 THEN 'RUNNING' WHEN $breach THEN 'BREACHED' ELSE 'MET' END,
        created_at, 0, created_at + INTERVAL ($minutes) MINUTE,
        CASE WHEN n <= 10000 THEN NULL ELSE created_at + INTERVAL ($minutes) MINUTE END,
        priority, tier, application_id, group_id,
        CASE group_id WHEN 2 THEN 2 WHEN 12 THEN 3 ELSE NULL END, 0
      FROM bench_tickets;"
  done
  $SQL -e "ANALYZE TABLE tickets, sla_timers; SELECT COUNT(*) AS tickets FROM tickets;
      SELECT COUNT(*) AS timers FROM sla_timers;"
}

rebuild() {
  local t0 t1
  t0=$(date +%s.%N)
  MEDLEY_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB MEDLEY_DB_USER=root MEDLEY_DB_PASSWORD= \
    MEDLEY_PORT=0 java -Xmx1g -jar "$JAR" --rebuild-insights 2>/dev/null | grep rebuilt
  t1=$(date +%s.%N)
  echo "rebuild (incl. JVM start): $(echo "$t1 - $t0" | bc) s"
}

token() {
  curl -s -X POST "$BASE/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# p50 and p95 of $RUNS GETs of one path, in ms.
percentiles() {
  local name=$1 path=$2 times
  times=$(for _ in $(seq "$RUNS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE$path"
  done)
  if echo "$times" | grep -qv '^200 '; then
    echo "$name: non-200 answers: $(echo "$times" | grep -v '^200 ' | head -1)"
  fi
  echo "$times" | awk '{print $2 * 1000}' | sort -n | awk -v name="$name" '
    { v[NR] = $1 } END { printf "%-44s p50 %6.0f ms  p95 %6.0f ms  (n=%d)\n", name,
      v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], NR }'
}

queries() {
  percentiles "insights/sla 90 d, week, by provider" "/api/insights/sla?from=2026-09-07&to=2026-12-06&period=week&groupBy=provider"
  percentiles "insights/sla 90 d, day, by group" "/api/insights/sla?from=2026-09-07&to=2026-12-06&period=day&groupBy=group"
  percentiles "insights/sla 365 d, month, by application" "/api/insights/sla?from=2025-12-06&to=2026-12-07&period=month&groupBy=application"
  percentiles "insights/sla 90 d, OLA by partner" "/api/insights/sla?from=2026-09-07&to=2026-12-06&period=week&groupBy=partner&kind=OLA"
  percentiles "insights/sla/breaches 90 d, page 1" "/api/insights/sla/breaches?from=2026-09-07&to=2026-12-06"
  percentiles "insights/sla/breaches 90 d, one partner" "/api/insights/sla/breaches?from=2026-09-07&to=2026-12-06&provider=2"
  percentiles "insights/sla/tickets 1 week breached" "/api/insights/sla/tickets?from=2026-11-23&to=2026-11-30&outcome=breached&kind=SLA"
  percentiles "anchor: sla/compliance 90 d, day, by group" "/api/sla/compliance?from=2026-09-07T04:00:00Z&to=2026-12-06T05:00:00Z&period=day&groupBy=group"
}

# An hour's worth of new work at 1 M tickets a year (~115 tickets, ~345 settlements), through the
# API: each ticket is opened, taken and resolved, so its timers settle through the listeners.
hour_of_events() {
  local agent id v
  agent=$(token agent)
  for i in $(seq 115); do
    id=$(curl -s -X POST "$BASE/api/tickets" -H "Authorization: Bearer $agent" \
      -H 'Content-Type: application/json' \
      -d '{"type":"INCIDENT","title":"Bench hour '"$i"'","description":"x","applicationId":'"$((1 + i % 60))"',"impact":2,"urgency":2,"phi":false}' \
      | sed 's/.*"id":\([0-9]*\).*/\1/')
    for to in IN_PROGRESS RESOLVED; do
      v=$(curl -s -H "Authorization: Bearer $agent" "$BASE/api/tickets/$id" | sed 's/.*"version":\([0-9]*\).*/\1/')
      curl -s -o /dev/null -X POST "$BASE/api/tickets/$id/transitions" -H "Authorization: Bearer $agent" \
        -H 'Content-Type: application/json' \
        -d '{"to":"'"$to"'","version":'"$v"',"resolutionCode":"FIXED","resolution":"done","reason":"bench"}'
    done
  done
}

measure() {
  TOKEN=$(token exec)
  echo "== warm (after one discarded round)"
  RUNS=5 queries >/dev/null
  queries
  echo "== right after an hour's worth of new events"
  local t0
  t0=$(date +%s)
  hour_of_events
  echo "(115 tickets opened, worked and resolved in $(($(date +%s) - t0)) s)"
  RUNS=10 queries
}

"${1:-measure}"
