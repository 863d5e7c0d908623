#!/usr/bin/env bash
# kube-router's network policy controller: it enforces NetworkPolicies on the test node (iptables and
# ipset), beside the bridge CNI that has no policy engine. Static; run as a node process.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
if current kube-router "$KUBE_ROUTER_VERSION+static"; then log "kube-router $KUBE_ROUTER_VERSION: cached"; exit 0; fi
need_go kube-router
log "kube-router $KUBE_ROUTER_VERSION: go install (first time: about 6 minutes)"
GOBIN="$BIN" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install -trimpath \
  "github.com/cloudnativelabs/kube-router/v2/cmd/kube-router@$KUBE_ROUTER_VERSION"
stamp kube-router "$KUBE_ROUTER_VERSION+static"
"$BIN/kube-router" --version >&2 || true
