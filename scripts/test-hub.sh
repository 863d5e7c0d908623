#!/usr/bin/env bash
# pytest for the hub's Python (hub/), in the venv scripts/install-tools.sh builds with the exact
# JupyterHub, OAuthenticator and KubeSpawner versions of chart 4.4.0.
set -euo pipefail
cd "$(dirname "$0")/../hub"
venv="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}/hub-venv"
[ -x "$venv/bin/python" ] || { echo "no hub venv at $venv: run bash scripts/install-tools.sh hub-python" >&2; exit 1; }
exec "$venv/bin/python" -m pytest -q "$@"
