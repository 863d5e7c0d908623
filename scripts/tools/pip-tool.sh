#!/usr/bin/env bash
# `pip-tool.sh NAME VERSION`: a Python command-line tool from PyPI in a venv of its own.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# A Python command-line tool from PyPI in a venv of its own, $CACHE/<name>-venv (the hub venv holds
# exactly what the hub image holds, plus test tools).
install_pip_tool() {
  local name="$1" version="$2" venv="$CACHE/$1-venv"
  if [ -x "$venv/bin/$name" ] && [ "$(cat "$venv/.version" 2>/dev/null)" = "$version" ]; then
    log "$name $version: cached"; return
  fi
  log "$name $version: pip install"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "$name==$version"
  printf '%s' "$version" > "$venv/.version"
}

install_pip_tool "$@"
