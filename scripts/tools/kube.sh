#!/usr/bin/env bash
# kube-apiserver, kubectl (KUBERNETES_VERSION) and etcd (ETCD_VERSION) from the Go module proxy.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# kube-apiserver, kubectl and etcd from the Go module proxy. `go install` of them fails (Kubernetes
# replaces its staging modules with local paths, etcd has replaces too), so a wrapper module requires
# them instead, pinning every staging module k8s.io/kubernetes requires at v0.0.0 to its release.
# Cold: 15-30 minutes on 2 cores and about 1 GB of modules, all cached afterwards.
install_kube() {
  local stamp="$KUBERNETES_VERSION+etcd$ETCD_VERSION"
  if current kube-apiserver "$stamp" && [ -x "$BIN/kubectl" ] && [ -x "$BIN/etcd" ]; then
    log "kube-apiserver/kubectl $KUBERNETES_VERSION, etcd $ETCD_VERSION: cached"; return
  fi
  need_go kube-apiserver
  local wrap="$CACHE/kube-build"
  log "kube-apiserver/kubectl $KUBERNETES_VERSION, etcd $ETCD_VERSION: building (first time: 15-30 minutes)"
  rm -rf "$wrap"; mkdir -p "$wrap/etcd"
  kube_wrapper_gomod thinkube.local/kube-tools > "$wrap/go.mod"
  cp "$(dirname "$0")/kube/etcd-main.go" "$wrap/etcd/main.go"
  (
    cd "$wrap"
    export GOFLAGS=-buildvcs=false
    go get -tool "k8s.io/kubernetes/cmd/kube-apiserver@$KUBERNETES_VERSION" "k8s.io/kubernetes/cmd/kubectl@$KUBERNETES_VERSION"
    go get "go.etcd.io/etcd/server/v3@$ETCD_VERSION"
    go mod tidy
    go build -trimpath -o "$BIN/" -ldflags "$(kube_version_ldflags)" \
      k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl ./etcd
  )
  stamp kube-apiserver "$stamp"
  "$BIN/kube-apiserver" --version >&2
}

install_kube
