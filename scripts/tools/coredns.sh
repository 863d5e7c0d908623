#!/usr/bin/env bash
# CoreDNS, the cluster's DNS, static (CGO_ENABLED=0) so its image needs nothing but the binary.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
if current coredns "$COREDNS_VERSION+static"; then log "coredns $COREDNS_VERSION: cached"; exit 0; fi
need_go coredns
log "coredns $COREDNS_VERSION: go install (first time: about 7 minutes)"
GOBIN="$BIN" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install -trimpath "github.com/coredns/coredns@$COREDNS_VERSION"
stamp coredns "$COREDNS_VERSION+static"
"$BIN/coredns" -version >&2
