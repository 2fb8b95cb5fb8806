#!/usr/bin/env bash
# Builds an AppCDS archive for the packaged jar by running it once (migrate, seed, serve a
# sign-in) with -XX:ArchiveClassesAtExit. Started with -XX:SharedArchiveFile=<archive>, the JVM
# then maps those classes instead of loading them: startup roughly halves (docs/benchmarks.md).
# The archive belongs to this jar and this JVM; with another, the JVM warns and starts without it.
# Usage: cds-train.sh <medley.jar> <archive.jsa>
set -euo pipefail
jar=$1
archive=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18765)
rm -f "$archive"

MEDLEY_PORT=$port MEDLEY_DATA_DIR=$work/data MEDLEY_DB_URL= \
  java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" >"$work/medley.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$work/medley.log" >&2; exit 1; }
  sleep 0.1
done
base="http://127.0.0.1:$port"
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"agent","password":"demo"}' "$base/login" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
curl -sf -H "Authorization: Bearer $token" "$base/api/me" >/dev/null
curl -sf -H 'Accept: text/html' "$base/" >/dev/null
kill $pid
wait $pid 2>/dev/null || true
[ -s "$archive" ] || { echo "no CDS archive written" >&2; cat "$work/medley.log" >&2; exit 1; }
echo "CDS archive: $archive ($(du -h "$archive" | cut -f1))"
