#!/usr/bin/env bash
# CoreDNS, the cluster's DNS, static so its image needs nothing but the binary.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
go_install coredns "$COREDNS_VERSION" "github.com/coredns/coredns@$COREDNS_VERSION" "about 7 minutes"
