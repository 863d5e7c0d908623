#!/usr/bin/env bash
# kube-router's network policy controller: it enforces NetworkPolicies on the test node (iptables and
# ipset), beside the bridge CNI that has no policy engine. Static; run as a node process.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
go_install kube-router "$KUBE_ROUTER_VERSION" \
  "github.com/cloudnativelabs/kube-router/v2/cmd/kube-router@$KUBE_ROUTER_VERSION" "about 7 minutes"
