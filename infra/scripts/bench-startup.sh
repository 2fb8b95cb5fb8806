#!/usr/bin/env bash
# Startup benchmark for issue #3: jar size, time from `java -jar` to a healthy /health, and RSS
# once healthy — on a first start (empty data dir: migrations + demo seed) and on a restart.
# Usage: infra/scripts/bench-startup.sh [runs]   (build first: mvn -q -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=backend/target/medley.jar
CDS=backend/target/medley.jsa
RUNS=${1:-5}
PORT=${BENCH_PORT:-18080}
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests install" >&2; exit 1; }

ms() { date +%s%3N; }

start_once() { # $1 = data dir, then JVM flags; prints "millis rss_kb"
  local t0 pid t1 rss dir=$1
  shift
  t0=$(ms)
  MEDLEY_PORT=$PORT MEDLEY_DATA_DIR=$dir java "$@" -jar "$JAR" >"$dir.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
    sleep 0.05
  done
  t1=$(ms)
  rss=$(ps -o rss= -p $pid | tr -d ' ')
  kill $pid; wait $pid 2>/dev/null || true
  echo "$((t1 - t0)) $rss"
}

# Machine-speed baseline taken in the same run (these machines are noisy): a fixed CPU-bound loop.
spin_ms() {
  local src
  src=$(mktemp -d)/Spin.java
  cat >"$src" <<'JAVA'
public class Spin { public static void main(String[] a) { long t = System.nanoTime(), x = 0;
  for (int i = 0; i < 300_000_000; i++) { x += i % 7; }
  System.out.println((System.nanoTime() - t) / 1_000_000 + " " + x); } }
JAVA
  java "$src" | cut -d' ' -f1
  rm -rf "$(dirname "$src")"
}

echo "jar: $(stat -c %s "$JAR") bytes ($(du -h "$JAR" | cut -f1))"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); mem: $(free -g | awk '/Mem/{print $2}') GiB"
for i in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)/data
  read -r first rss1 < <(start_once "$dir")
  read -r again rss2 < <(start_once "$dir")
  line="run $i: plain java -jar: first start ${first} ms, RSS ${rss1} KB | restart ${again} ms, RSS ${rss2} KB"
  if [ -f "$CDS" ]; then
    cdsdir=$(mktemp -d)/data
    read -r cfirst crss1 < <(start_once "$cdsdir" -XX:SharedArchiveFile="$CDS")
    read -r cagain crss2 < <(start_once "$cdsdir" -XX:SharedArchiveFile="$CDS")
    line="$line || with CDS archive: first start ${cfirst} ms, RSS ${crss1} KB | restart ${cagain} ms, RSS ${crss2} KB"
    rm -rf "$(dirname "$cdsdir")"
  fi
  spin=$(spin_ms)
  echo "$line || baseline spin ${spin} ms"
  rm -rf "$(dirname "$dir")"
done
