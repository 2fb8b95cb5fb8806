#!/usr/bin/env bash
# Starts a local Keycloak with Medley's realm for development and demos:
#   infra/keycloak/start.sh          start (fetches Keycloak from Maven Central on first use)
#   infra/keycloak/start.sh stop     stop it
#   infra/keycloak/start.sh reset    stop it and forget its database (re-imports the realm next start)
# Then start Medley with the MEDLEY_OIDC_ISSUER this script prints.
#
# Environment: KC_PORT (8180), KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (admin/admin,
# for the admin console at http://127.0.0.1:$KC_PORT/admin), MEDLEY_BACKEND_CLIENT_SECRET.
set -euo pipefail

VERSION=26.5.6
here="$(cd "$(dirname "$0")" && pwd)"
cache="$here/target"
home="$cache/keycloak-$VERSION"
pidfile="$cache/keycloak.pid"
log="$cache/keycloak.log"
port="${KC_PORT:-8180}"
issuer="http://127.0.0.1:$port/realms/medley"

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

stop() {
  if running; then
    kill "$(cat "$pidfile")"
    for _ in $(seq 1 60); do running || break; sleep 0.5; done
    echo "Keycloak stopped"
  fi
  rm -f "$pidfile"
}

case "${1:-start}" in
  stop) stop; exit 0 ;;
  reset) stop; rm -rf "$home/data"; echo "Keycloak's database removed"; exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop|reset]" >&2; exit 2 ;;
esac

if running; then
  echo "Keycloak is already running (pid $(cat "$pidfile"))."
  echo "export MEDLEY_OIDC_ISSUER=$issuer"
  exit 0
fi

mkdir -p "$cache"
if [[ ! -x "$home/bin/kc.sh" ]]; then
  # Maven Central is the one artifact source every Medley build machine reaches.
  mvn -B -ntp -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
    -DoutputDirectory="$cache" -Dmdep.overWriteReleases=false
  unzip -q -o "$cache/keycloak-quarkus-dist-$VERSION.zip" -d "$cache"
  rm -f "$cache/keycloak-quarkus-dist-$VERSION.zip"
fi

# --import-realm skips a realm that already exists, so edits in the admin console survive restarts;
# `reset` starts over from medley-realm.json.
mkdir -p "$home/data/import"
cp "$here/medley-realm.json" "$home/data/import/medley-realm.json"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
started=$(date +%s)
# --hostname pins the token issuer: otherwise it follows the request host (localhost vs 127.0.0.1).
# allow-concurrent-requests: with brute-force protection on, Keycloak 26 otherwise refuses a
# sign-in while it still counts the same user's previous one (two tabs, keycloak#33527).
nohup "$home/bin/kc.sh" start-dev --http-port="$port" --http-host=127.0.0.1 --import-realm \
  --hostname="http://127.0.0.1:$port" \
  --spi-brute-force-protector-default-brute-force-detector-allow-concurrent-requests=true >"$log" 2>&1 &
echo $! >"$pidfile"

echo "Starting Keycloak $VERSION on port $port (log: $log) ..."
for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "$issuer/.well-known/openid-configuration" 2>/dev/null; then
    echo "Keycloak is ready after $(($(date +%s) - started)) s. Admin console: http://127.0.0.1:$port/admin"
    echo "Start Medley with:"
    echo "  export MEDLEY_OIDC_ISSUER=$issuer"
    exit 0
  fi
  if ! running; then
    echo "Keycloak exited; last lines of $log:" >&2
    tail -30 "$log" >&2
    rm -f "$pidfile"
    exit 1
  fi
  sleep 1
done
echo "Keycloak did not answer within 180 s; see $log" >&2
exit 1
