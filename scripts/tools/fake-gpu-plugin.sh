#!/usr/bin/env bash
# The test cluster's GPUs without GPUs: a device plugin of the project's own (test/cluster/fake-gpu-plugin,
# its module pinned by go.sum) that advertises nvidia.com/gpu to kubelet. Rebuilt when its sources change.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
src="$(cd "$(dirname "$0")/../../test/cluster/fake-gpu-plugin" && pwd)"
inputs=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-16)
if current fake-gpu-plugin "$inputs"; then log "fake-gpu-plugin: cached"; exit 0; fi
need_go fake-gpu-plugin
log "fake-gpu-plugin: building"
(cd "$src" && GOFLAGS="-buildvcs=false -mod=readonly" CGO_ENABLED=0 go build -trimpath -o "$BIN/fake-gpu-plugin" .)
stamp fake-gpu-plugin "$inputs"
