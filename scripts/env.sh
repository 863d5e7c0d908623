# Source this to use the tools scripts/install-tools.sh built:  . scripts/env.sh
export THINKUBE_CACHE="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}"
export PATH="$THINKUBE_CACHE/bin:$PATH"
export HELM_BIN="$THINKUBE_CACHE/bin/helm"
