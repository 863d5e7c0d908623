#!/usr/bin/env bash
# OpenTofu at OPENTOFU_VERSION (versions.env) from the Go module proxy.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# OpenTofu (the open-source Terraform) from the Go module proxy, through a wrapper module that carries
# the hcl replace from OpenTofu's own go.mod (`go install` ignores replaces and fails without it).
install_tofu() {
  if current tofu "$OPENTOFU_VERSION+release"; then log "tofu $OPENTOFU_VERSION: cached"; return; fi
  need_go tofu
  local wrap="$CACHE/tofu-build"
  log "tofu $OPENTOFU_VERSION: building (first time: about 4 minutes)"
  rm -rf "$wrap"; mkdir -p "$wrap"
  printf 'module thinkube.local/tofu\n\ngo 1.26.0\n\nreplace %s\n' "$OPENTOFU_HCL_REPLACE" > "$wrap/go.mod"
  (
    cd "$wrap"
    export GOFLAGS=-buildvcs=false
    go get -tool "github.com/opentofu/opentofu/cmd/tofu@$OPENTOFU_VERSION"
    # version.dev=no: a release build, so `tofu version` says v1.12.6 rather than v1.12.6-dev.
    go build -trimpath -ldflags "-X github.com/opentofu/opentofu/version.dev=no" -o "$BIN/tofu" \
      github.com/opentofu/opentofu/cmd/tofu
  )
  stamp tofu "$OPENTOFU_VERSION+release"
  "$BIN/tofu" version >&2
}

install_tofu
