#!/usr/bin/env bash
# kube-scheduler at USER_SCHEDULER_VERSION (chart 4.4.0's user scheduler) from the Go module proxy, through
# a wrapper module as for the node's commands; static, for the chart image built from it (chart-images.sh).
# Cold: about 5 minutes.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
name="user-scheduler-$USER_SCHEDULER_VERSION"
if current "$name" "$USER_SCHEDULER_VERSION+static"; then log "kube-scheduler $USER_SCHEDULER_VERSION (user scheduler): cached"; exit 0; fi
need_go "$name"
wrap="$CACHE/user-scheduler-build"
log "kube-scheduler $USER_SCHEDULER_VERSION (user scheduler): building (first time: about 5 minutes)"
rm -rf "$wrap"; mkdir -p "$wrap"
kube_wrapper_gomod thinkube.local/user-scheduler "$USER_SCHEDULER_VERSION" > "$wrap/go.mod"
cd "$wrap"
export GOFLAGS=-buildvcs=false
go get -tool "k8s.io/kubernetes/cmd/kube-scheduler@$USER_SCHEDULER_VERSION"
go mod tidy
CGO_ENABLED=0 go build -trimpath -o "$BIN/$name" -ldflags "$(kube_version_ldflags "$USER_SCHEDULER_VERSION")" k8s.io/kubernetes/cmd/kube-scheduler
stamp "$name" "$USER_SCHEDULER_VERSION+static"
"$BIN/$name" --version >&2
