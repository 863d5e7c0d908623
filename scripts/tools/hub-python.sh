#!/usr/bin/env bash
# The hub's Python venv: HUB_PYTHON_PACKAGES (versions.env), what chart 4.4.0's hub image holds.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# The hub's Python: the exact packages of the chart's hub image, in a venv under the cache.
install_hub_python() {
  local venv="$CACHE/hub-venv"
  if [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.packages" 2>/dev/null)" = "$HUB_PYTHON_PACKAGES" ]; then
    log "hub python: cached"; return
  fi
  # Python 3.12 as in the hub image when the machine has it (pyenv shims may exist without it).
  local python="" candidate
  for candidate in "$HOME"/.pyenv/versions/3.12*/bin/python3 python3.12 python3; do
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 9))' >/dev/null 2>&1; then
      python="$candidate"; break
    fi
  done
  [ -n "$python" ] || { log "no Python >= 3.9 found for the hub venv"; exit 1; }
  log "hub python: $($python --version) venv with $HUB_PYTHON_PACKAGES"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $HUB_PYTHON_PACKAGES
  printf '%s' "$HUB_PYTHON_PACKAGES" > "$venv/.packages"
}

install_hub_python
