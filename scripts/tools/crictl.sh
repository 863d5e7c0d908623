#!/usr/bin/env bash
# crictl (Debian has no cri-tools package): the cluster's teardown removes pod sandboxes with it.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
if current crictl "$CRICTL_VERSION"; then log "crictl $CRICTL_VERSION: cached"; exit 0; fi
need_go crictl
log "crictl $CRICTL_VERSION: go install (first time: about 3 minutes)"
GOBIN="$BIN" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install -trimpath "sigs.k8s.io/cri-tools/cmd/crictl@$CRICTL_VERSION"
stamp crictl "$CRICTL_VERSION"
"$BIN/crictl" --version >&2
