#!/usr/bin/env bash
# rancher's local-path-provisioner, the cluster's dynamic provisioner (home claims bind as on Thinkube),
# static (CGO_ENABLED=0): its image is the binary FROM scratch, its helper pods run busybox.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
if current local-path-provisioner "$LOCAL_PATH_PROVISIONER_VERSION+static"; then
  log "local-path-provisioner $LOCAL_PATH_PROVISIONER_VERSION: cached"; exit 0
fi
need_go local-path-provisioner
log "local-path-provisioner $LOCAL_PATH_PROVISIONER_VERSION: go install (first time: about 3 minutes)"
GOBIN="$BIN" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install -trimpath \
  "github.com/rancher/local-path-provisioner@$LOCAL_PATH_PROVISIONER_VERSION"
stamp local-path-provisioner "$LOCAL_PATH_PROVISIONER_VERSION+static"
"$BIN/local-path-provisioner" --version >&2
