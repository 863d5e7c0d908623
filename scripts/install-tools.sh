#!/usr/bin/env bash
# Builds the real command-line tools the tests use, from the Go module proxy, into a cache outside the
# repository (THINKUBE_CACHE, default ~/.cache/thinkube-jupyterhub). Idempotent: a tool whose pinned
# version is already built is left alone, so warm runs take a second.
#
#   scripts/install-tools.sh            # everything
#   scripts/install-tools.sh helm       # just helm
#
# Prints nothing but progress; afterwards put "$THINKUBE_CACHE/bin" on PATH (scripts/env.sh does).
set -euo pipefail

CACHE="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}"
BIN="$CACHE/bin"
mkdir -p "$BIN"

# Pinned versions (change here, nowhere else).
HELM_VERSION=v3.22.0

log() { printf '[install-tools] %s\n' "$*" >&2; }

need_go() {
  command -v go >/dev/null || { log "go is required (Go >= 1.26) to build $1"; exit 1; }
}

# A tool is current when its stamp file names the pinned version.
current() { [ -x "$BIN/$1" ] && [ "$(cat "$BIN/.$1.version" 2>/dev/null)" = "$2" ]; }
stamp() { printf '%s' "$2" > "$BIN/.$1.version"; }

install_helm() {
  if current helm "$HELM_VERSION"; then log "helm $HELM_VERSION: cached"; return; fi
  need_go helm
  log "helm $HELM_VERSION: building with go install (first time: a few minutes)"
  GOBIN="$BIN" GOFLAGS=-buildvcs=false go install -trimpath \
    -ldflags "-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" \
    "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  stamp helm "$HELM_VERSION"
  "$BIN/helm" version --short >&2
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(helm)
for target in "${targets[@]}"; do
  case "$target" in
    helm) install_helm ;;
    *) log "unknown tool \"$target\"; known: helm"; exit 2 ;;
  esac
done
