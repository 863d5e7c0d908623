#!/usr/bin/env bash
# helm, built from the Go module proxy at HELM_VERSION (versions.env).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

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

install_helm
