#!/usr/bin/env bash
# npm run lint:py: ruff (scripts/install-tools.sh ruff) over the project's Python, config in hub/pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
ruff="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}/ruff-venv/bin/ruff"
[ -x "$ruff" ] || { echo "no ruff at $ruff: run bash scripts/install-tools.sh ruff" >&2; exit 1; }
"$ruff" check --config hub/pyproject.toml hub test/e2e
"$ruff" format --check --config hub/pyproject.toml hub test/e2e
