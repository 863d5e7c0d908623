#!/usr/bin/env bash
# kubelet, kube-controller-manager, kube-scheduler and kube-proxy at KUBERNETES_VERSION, from the Go
# module proxy through a wrapper module (the same as kube-apiserver's; the Go build cache is shared, so
# after the API server only kubelet compiles much). Cold: about 15 minutes on 2 busy cores.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
NODE_COMMANDS="kubelet kube-controller-manager kube-scheduler kube-proxy"
all_built() { local c; for c in $NODE_COMMANDS; do [ -x "$BIN/$c" ] || return 1; done; }
if current kubelet "$KUBERNETES_VERSION" && all_built; then
  log "kubelet, kube-controller-manager, kube-scheduler, kube-proxy $KUBERNETES_VERSION: cached"; exit 0
fi
need_go kubelet
wrap="$CACHE/kube-node-build"
log "kubelet, kube-controller-manager, kube-scheduler, kube-proxy $KUBERNETES_VERSION: building (first time: about 15 minutes)"
rm -rf "$wrap"; mkdir -p "$wrap"
kube_wrapper_gomod thinkube.local/kube-node > "$wrap/go.mod"
cd "$wrap"
export GOFLAGS=-buildvcs=false
tools=(); packages=()
for c in $NODE_COMMANDS; do tools+=("k8s.io/kubernetes/cmd/$c@$KUBERNETES_VERSION"); packages+=("k8s.io/kubernetes/cmd/$c"); done
go get -tool "${tools[@]}"
go mod tidy
go build -trimpath -o "$BIN/" -ldflags "$(kube_version_ldflags)" "${packages[@]}"
stamp kubelet "$KUBERNETES_VERSION"
"$BIN/kubelet" --version >&2
