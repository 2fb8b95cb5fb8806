#!/usr/bin/env bash
# Startup benchmark (issues #3, #23): for the README's run command, the time from `java` to a
# healthy /health, the process's CPU time (user + system, from /proc) by then, and its RSS then, in
# three cases: the demo's first start (empty data directory: migrations + demo seed), a restart on
# that data (an existing database), and an empty install without the demo (MEDLEY_DEMO=false:
# migrations only). Prints every run, then the median of each figure, with the load average.
# Wall time on a shared machine measures the neighbours as much as Medley; CPU time does not.
# Usage: infra/scripts/bench-startup.sh [runs]   (build first: mvn -q -DskipTests install)
#   BENCH_PORT (default 18080); BENCH_FLAGS overrides the JVM flags (e.g. "" for a plain java -jar);
#   BENCH_JAR and BENCH_CDS name another build (an archive belongs to the jar path it was made for).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${BENCH_JAR:-backend/target/medley.jar}
CDS=${BENCH_CDS:-backend/target/medley.jsa}
RUNS=${1:-5}
PORT=${BENCH_PORT:-18080}
# The README's run command (keep the two alike).
FLAGS=${BENCH_FLAGS-"-XX:SharedArchiveFile=$CDS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx256m"}
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests install" >&2; exit 1; }
TCK=$(getconf CLK_TCK)

ms() { date +%s%3N; }

start_once() { # $1 = data dir, then env assignments; prints "millis cpu_ms rss_kb load1"
  local t0 pid t1 rss cpu dir=$1 stat
  shift
  t0=$(ms)
  # shellcheck disable=SC2086 # FLAGS is a list of JVM flags
  env MEDLEY_PORT="$PORT" MEDLEY_DATA_DIR="$dir" "$@" java $FLAGS -jar "$JAR" >>"$dir.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    if curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
    kill -0 $pid 2>/dev/null || { echo "Medley exited; see $dir.log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(ms)
  stat=$(sed 's/.*) //' /proc/$pid/stat) # fields after "(comm)": utime and stime are 12th, 13th
  cpu=$(echo "$stat" | awk -v t="$TCK" '{print int(($12 + $13) * 1000 / t)}')
  rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  kill $pid
  wait $pid 2>/dev/null || true
  echo "$((t1 - t0)) $cpu $rss $(cut -d' ' -f1 /proc/loadavg)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "jar: $(stat -c %s "$JAR") bytes ($(du -h "$JAR" | cut -f1)); flags: ${FLAGS:-none}"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); mem: $(free -g | awk '/Mem/{print $2}') GiB"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=$(mktemp)
for i in $(seq 1 "$RUNS"); do
  root=$(mktemp -d)
  read -r fw fc fr fl < <(start_once "$root/demo")
  read -r rw rc rr rl < <(start_once "$root/demo")
  read -r ew ec er el < <(start_once "$root/empty" MEDLEY_DEMO=false)
  printf 'run %s: demo first start %s ms, cpu %s ms, RSS %s KB (load %s) | restart %s ms, cpu %s ms, RSS %s KB (load %s) | empty, no demo %s ms, cpu %s ms, RSS %s KB (load %s)\n' \
    "$i" "$fw" "$fc" "$fr" "$fl" "$rw" "$rc" "$rr" "$rl" "$ew" "$ec" "$er" "$el"
  echo "$fw $fc $fr $rw $rc $rr $ew $ec $er" >>"$results"
  rm -rf "$root"
done
col() { awk -v c="$1" '{print $c}' "$results" | median; }
echo "median of $RUNS: demo first start $(col 1) ms, cpu $(col 2) ms, RSS $(col 3) KB" \
  "| restart $(col 4) ms, cpu $(col 5) ms, RSS $(col 6) KB" \
  "| empty, no demo $(col 7) ms, cpu $(col 8) ms, RSS $(col 9) KB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$results"
