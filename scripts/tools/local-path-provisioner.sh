#!/usr/bin/env bash
# rancher's local-path-provisioner, the cluster's dynamic provisioner (home claims bind as on Thinkube),
# static: its image is the binary FROM scratch, its helper pods run busybox.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
go_install local-path-provisioner "$LOCAL_PATH_PROVISIONER_VERSION" \
  "github.com/rancher/local-path-provisioner@$LOCAL_PATH_PROVISIONER_VERSION" "about 3 minutes"
