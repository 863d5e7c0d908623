#!/usr/bin/env bash
# Debian's Chromium for the browser tests.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# Debian's Chromium for the browser tests (playwright-core drives it; it never downloads a browser).
install_chromium() {
  if [ -x /usr/bin/chromium ]; then log "chromium: installed"; return; fi
  command -v apt-get >/dev/null || { log "apt-get is required to install Debian's chromium"; exit 1; }
  log "chromium: apt-get install chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

install_chromium
