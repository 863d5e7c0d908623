#!/usr/bin/env bash
# The Terraform providers of TERRAFORM_PROVIDERS (versions.env), from their release sources in ../shared.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

PROVIDER_SOURCES="${THINKUBE_PROVIDER_SOURCES:-$REPO_DIR/../shared/terraform-providers}"

# The four Terraform providers, built from their release sources into a filesystem mirror that OpenTofu
# reads offline. Laid out under both registry hosts: the prebuilt cdktf bindings write short sources
# (which OpenTofu resolves to registry.opentofu.org), the generated ones fully qualified
# registry.terraform.io addresses. Then the CLI config every project command points
# TF_CLI_CONFIG_FILE at (scripts/env.sh, test/support): this mirror only, never a registry.
install_providers() {
  local mirror="$CACHE/terraform/mirror" spec address version namespace type archive built host
  for spec in $TERRAFORM_PROVIDERS; do
    address="${spec%%=*}"; version="${spec#*=}"; namespace="${address%%/*}"; type="${address#*/}"
    built="$CACHE/terraform/build/terraform-provider-${type}_v$version"
    if [ -x "$built" ]; then
      log "provider $address $version: cached"
    else
      need_go "the $address provider"
      archive="$PROVIDER_SOURCES/terraform-provider-$type-$version.tar.gz"
      [ -f "$archive" ] || { log "missing $archive: the $address $version provider source (see docs/terraform.md, 'Terraform providers')"; exit 1; }
      log "provider $address $version: building from source (first time: 1-5 minutes)"
      local src="$CACHE/terraform/src"
      rm -rf "$src/terraform-provider-$type-$version"; mkdir -p "$src" "$(dirname "$built")"
      tar -xzf "$archive" -C "$src"
      # main.Version: only the kubernetes provider has it; the others take the mirror folder's version.
      ( cd "$src/terraform-provider-$type-$version" \
        && GOFLAGS=-buildvcs=false go build -trimpath -ldflags "-X main.Version=$version" -o "$built.tmp" . )
      mv "$built.tmp" "$built"
      rm -rf "$src/terraform-provider-$type-$version"
    fi
    for host in registry.terraform.io registry.opentofu.org; do
      mkdir -p "$mirror/$host/$namespace/$type/$version/linux_amd64"
      cp -f "$built" "$mirror/$host/$namespace/$type/$version/linux_amd64/terraform-provider-${type}_v$version"
    done
  done
  cat > "$CACHE/terraform/tofurc" <<CONFIG
# Written by scripts/install-tools.sh: providers come from the local mirror only, never from a registry.
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/*/*", "registry.opentofu.org/*/*"]
  }
  direct {
    exclude = ["registry.terraform.io/*/*", "registry.opentofu.org/*/*"]
  }
}
CONFIG
}

install_providers
