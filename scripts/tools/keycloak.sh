#!/usr/bin/env bash
# Keycloak at KEYCLOAK_VERSION (versions.env) from Maven Central.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# Keycloak from Maven Central (the quarkus distribution), unpacked under the cache.
install_keycloak() {
  local dir="$CACHE/keycloak/keycloak-$KEYCLOAK_VERSION"
  if [ -x "$dir/bin/kc.sh" ]; then log "keycloak $KEYCLOAK_VERSION: cached"; return; fi
  command -v mvn >/dev/null || { log "mvn is required to fetch Keycloak from Maven Central"; exit 1; }
  log "keycloak $KEYCLOAK_VERSION: fetching org.keycloak:keycloak-quarkus-dist from Maven Central"
  mkdir -p "$CACHE/keycloak"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
    "-DoutputDirectory=$CACHE/keycloak"
  tar -xzf "$CACHE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$CACHE/keycloak"
  rm -f "$CACHE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
}

install_keycloak
