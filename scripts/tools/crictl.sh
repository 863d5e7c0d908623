#!/usr/bin/env bash
# crictl (Debian has no cri-tools package): the cluster's teardown removes pod sandboxes with it.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
go_install crictl "$CRICTL_VERSION" "sigs.k8s.io/cri-tools/cmd/crictl@$CRICTL_VERSION" "about 3 minutes"
