#!/usr/bin/env bash
# Prints the Java 21+ JDK Keycloak runs on (test/e2e/support/keycloak-server.ts asks).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# Keycloak 26.6+ wants Java 21+: the Temurin JDK beside the system OpenJDK 17.
java_home() {
  local jdk
  for jdk in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/temurin-21-jdk-* /usr/lib/jvm/java-21-openjdk-*; do
    [ -x "$jdk/bin/java" ] && { echo "$jdk"; return; }
  done
  log "no Java 21+ JDK under /usr/lib/jvm (Keycloak $KEYCLOAK_VERSION needs one)"; exit 1
}

java_home
