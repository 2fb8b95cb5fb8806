#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md in turn and prints each one's figures (about an hour).
# Needs MariaDB on 127.0.0.1:3306 (root, no password) and a built tree: mvn -q -DskipTests install.
set -uo pipefail
cd "$(dirname "$0")/../.."
run() { # $1 title, then the command
  local title=$1
  shift
  echo
  echo "=== $title: $*"
  "$@" || echo "=== $title FAILED (exit $?)"
}
run "Startup" infra/scripts/bench-startup.sh 5
run "Business calendar (JMH)" mvn -B -q -o -pl backend -Pbench -DskipTests test-compile exec:exec@jmh
run "Desk" infra/scripts/bench-desk.sh 32 30
run "SLA sweep" mvn -B -q -o -pl backend -Pbench -DskipTests test-compile exec:exec@sweep
run "Coverage matrix" infra/scripts/bench-coverage.sh 30
run "Embedded default" infra/scripts/bench-embedded.sh 16 20
run "Portal download" bash -c "cd frontend && node/node scripts/bundle-report.mjs"
run "E-bonding delivery" mvn -B -q -o -pl backend surefire:test -Dtest=OutboundThroughputBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false
run "Nodes agree" infra/scripts/bench-propagation.sh 20
run "Load: 200 agents, one node" infra/scripts/bench-load.sh one
run "Load: 200 agents, two nodes" infra/scripts/bench-load.sh two
echo
echo "=== SLA insights: needs a Medley on its generated database; run by hand (docs/benchmarks.md)"
