#!/usr/bin/env bash
# Argo CD's CRDs (Application, AppProject) at the pinned version, from its module on the Go module proxy
# (the module carries manifests/crds): what the test cluster installs, what imports/argoproj.io.ts is
# generated from and what the tests validate the Application against. One download, no build.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
out="$CACHE/argocd/$ARGOCD_VERSION/crds"
if [ -s "$out/application-crd.yaml" ] && [ -s "$out/appproject-crd.yaml" ]; then
  log "argocd $ARGOCD_VERSION CRDs: cached"; exit 0
fi
need_go argocd-crds
log "argocd $ARGOCD_VERSION CRDs: go mod download"
# The module's go line asks for a newer Go than it builds with: the same toolchain as the build.
answer=$(GOFLAGS=-buildvcs=false GOTOOLCHAIN="$ARGOCD_GOTOOLCHAIN" go mod download -json "github.com/argoproj/argo-cd/v3@$ARGOCD_VERSION")
dir=$(printf '%s\n' "$answer" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')
[ -d "$dir/manifests/crds" ] || { log "argocd $ARGOCD_VERSION: no manifests/crds in the module: $answer"; exit 1; }
mkdir -p "$out.tmp"
cp "$dir/manifests/crds/application-crd.yaml" "$dir/manifests/crds/appproject-crd.yaml" "$out.tmp/"
chmod 644 "$out.tmp"/*.yaml
rm -rf "$out"; mv "$out.tmp" "$out"
