#!/usr/bin/env bash
# Builds the real command-line tools the tests use, from the Go module proxy, into a cache outside the
# repository (THINKUBE_CACHE, default ~/.cache/thinkube-jupyterhub). Idempotent: a tool whose pinned
# version is already built is left alone, so warm runs take a second.
#
#   scripts/install-tools.sh            # everything
#   scripts/install-tools.sh helm       # just helm
#   scripts/install-tools.sh cluster    # the test cluster's parts (scripts/tools/*.sh)
#
# Prints nothing but progress; afterwards put "$THINKUBE_CACHE/bin" on PATH (scripts/env.sh does).
# The cluster's parts are one small script each in scripts/tools/, their versions in
# scripts/tools/versions.env (Kubernetes and etcd too: kube-apiserver and kubectl below share them).
set -euo pipefail

TOOLS_DIR="$(cd "$(dirname "$0")/tools" && pwd)"
# CACHE, BIN, log, need_go, current, stamp, kube_wrapper_gomod, kube_version_ldflags; versions.env.
. "$TOOLS_DIR/lib.sh"

# Pinned versions (change here, nowhere else; the cluster's in scripts/tools/versions.env).
HELM_VERSION=v3.22.0
KEYCLOAK_VERSION=26.7.3
OPENTOFU_VERSION=v1.12.6
# OpenTofu's own fork of hcl, which its go.mod replaces upstream hcl with (a wrapper module must repeat it).
OPENTOFU_HCL_REPLACE="github.com/hashicorp/hcl/v2 v2.20.1 => github.com/opentofu/hcl/v2 v2.20.2-0.20251021132045-587d123c2828"
# Terraform providers "<namespace>/<type>=<version>", built from their release sources (../shared).
# The cdktf bindings are generated for exactly these (cdktf.json, @cdktf/provider-* in package.json).
TERRAFORM_PROVIDERS="keycloak/keycloak=5.9.0 goharbor/harbor=3.12.4 hashicorp/random=3.7.2 hashicorp/kubernetes=2.38.0"
REPO_DIR="$(cd "$(dirname "$0")/.." && pwd)"
PROVIDER_SOURCES="${THINKUBE_PROVIDER_SOURCES:-$REPO_DIR/../shared/terraform-providers}"
# Harbor, the registry Thinkube runs: built from the release source (git archive of the tag) in ../shared.
HARBOR_VERSION=v2.15.2
HARBOR_COMMIT=080b0220
HARBOR_SOURCE="${THINKUBE_HARBOR_SOURCE:-$REPO_DIR/../shared/harbor}"
GO_SWAGGER_VERSION=v0.33.1   # what Harbor's Makefile pins for its generated API server
RUFF_VERSION=0.17.6          # lint and format of the project's Python (hub/, test/e2e/*.py)
CHECK_JSONSCHEMA_VERSION=0.39.0   # validates .github/workflows against SchemaStore's workflow schema (vendored)
CHECKOV_VERSION=3.3.30       # the IaC policy scanner (npm run scan): manifests, rendered chart, user pods, Terraform
# What chart 4.4.0 ships in its hub image (z2jh images/hub/requirements.txt; pycurl: the chart's config
# uses the curl HTTP client), and the test tools.
HUB_PYTHON_PACKAGES="jupyterhub==5.5.0 oauthenticator==17.4.0 jupyterhub-kubespawner==7.0.0 jupyter_server==2.21.1 pytest==9.2.0 pytest-asyncio==1.5.0 hypothesis==6.170.17 pycurl==7.49.0 jupyterhub-idle-culler==1.4.0"

install_helm() {
  if current helm "$HELM_VERSION"; then log "helm $HELM_VERSION: cached"; return; fi
  need_go helm
  log "helm $HELM_VERSION: building with go install (first time: a few minutes)"
  GOBIN="$BIN" GOFLAGS=-buildvcs=false go install -trimpath \
    -ldflags "-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" \
    "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  stamp helm "$HELM_VERSION"
  "$BIN/helm" version --short >&2
}

# Keycloak from Maven Central (the quarkus distribution), unpacked under the cache.
install_keycloak() {
  local dir="$CACHE/keycloak/keycloak-$KEYCLOAK_VERSION"
  if [ -x "$dir/bin/kc.sh" ]; then log "keycloak $KEYCLOAK_VERSION: cached"; return; fi
  command -v mvn >/dev/null || { log "mvn is required to fetch Keycloak from Maven Central"; exit 1; }
  log "keycloak $KEYCLOAK_VERSION: fetching org.keycloak:keycloak-quarkus-dist from Maven Central"
  mkdir -p "$CACHE/keycloak"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
    "-DoutputDirectory=$CACHE/keycloak"
  tar -xzf "$CACHE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$CACHE/keycloak"
  rm -f "$CACHE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
}

# Keycloak 26.6+ wants Java 21+: the Temurin JDK beside the system OpenJDK 17.
java_home() {
  local jdk
  for jdk in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/temurin-21-jdk-* /usr/lib/jvm/java-21-openjdk-*; do
    [ -x "$jdk/bin/java" ] && { echo "$jdk"; return; }
  done
  log "no Java 21+ JDK under /usr/lib/jvm (Keycloak $KEYCLOAK_VERSION needs one)"; exit 1
}

# The hub's Python: the exact packages of the chart's hub image, in a venv under the cache.
install_hub_python() {
  local venv="$CACHE/hub-venv"
  if [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.packages" 2>/dev/null)" = "$HUB_PYTHON_PACKAGES" ]; then
    log "hub python: cached"; return
  fi
  # Python 3.12 as in the hub image when the machine has it (pyenv shims may exist without it).
  local python="" candidate
  for candidate in "$HOME"/.pyenv/versions/3.12*/bin/python3 python3.12 python3; do
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 9))' >/dev/null 2>&1; then
      python="$candidate"; break
    fi
  done
  [ -n "$python" ] || { log "no Python >= 3.9 found for the hub venv"; exit 1; }
  log "hub python: $($python --version) venv with $HUB_PYTHON_PACKAGES"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $HUB_PYTHON_PACKAGES
  printf '%s' "$HUB_PYTHON_PACKAGES" > "$venv/.packages"
}

# Debian's Chromium for the browser tests (playwright-core drives it; it never downloads a browser).
install_chromium() {
  if [ -x /usr/bin/chromium ]; then log "chromium: installed"; return; fi
  command -v apt-get >/dev/null || { log "apt-get is required to install Debian's chromium"; exit 1; }
  log "chromium: apt-get install chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

# Podman, buildah, skopeo and a registry from Debian, plus the image tests' own base: a Debian rootfs
# made by debootstrap (no container registry is reachable here), kept in the cache.
install_podman() {
  if ! command -v podman >/dev/null || ! command -v skopeo >/dev/null || ! command -v docker-registry >/dev/null \
    || ! command -v debootstrap >/dev/null || ! command -v htpasswd >/dev/null || ! command -v fuse-overlayfs >/dev/null; then
    command -v apt-get >/dev/null || { log "apt-get is required to install podman and docker-registry"; exit 1; }
    # fuse-overlayfs: overlay image storage where the kernel's overlayfs is not allowed (npm run image).
    log "podman: apt-get install podman buildah skopeo fuse-overlayfs docker-registry debootstrap apache2-utils"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman buildah skopeo fuse-overlayfs docker-registry debootstrap apache2-utils >/dev/null
  else
    log "podman: installed"
  fi
  # bookworm: the chart images' base (scripts/tools/chart-images.sh); trixie: the notebook images' tests,
  # the release of the default config's CPU base (its Python 3.13 takes the default pins).
  debootstrap_base bookworm "$CACHE/image-base/rootfs"
  debootstrap_base trixie "$CACHE/image-base/trixie/rootfs"
  # The multi-arch image test's arm64 base: bookworm for arm64, made under emulation (10 to 15 minutes
  # the first time), when the machine can run arm64 programs.
  bash "$TOOLS_DIR/emulation.sh"
  if [ "$(uname -m)" = x86_64 ] && grep -qx enabled /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null; then
    debootstrap_base bookworm "$CACHE/image-base/bookworm-arm64/rootfs" arm64
  else
    log "test base rootfs bookworm arm64: skipped (no arm64 emulation here; the multi-arch image test needs it)"
  fi
}

# A minbase Debian rootfs of release $1 with python3 at $2 (for architecture $3, default the machine's),
# standing in for the Docker Hub image of the same release (no container registry is reachable here);
# trusted the machine's CAs.
debootstrap_base() {
  local release="$1" rootfs="$2" arch="${3:-}"
  if [ -x "$rootfs/usr/bin/python3" ]; then
    log "test base rootfs $release${arch:+ $arch}: cached"
  else
    log "test base rootfs $release${arch:+ $arch}: debootstrap (minbase + python3; first time: 5 to 10 minutes)"
    rm -rf "$rootfs"
    mkdir -p "$(dirname "$rootfs")"
    # The Debian mirror this machine's apt already uses (deb822 sources or the classic list).
    local mirror
    mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
    [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
    [ -n "$mirror" ] || { log "no Debian mirror found in the apt sources for debootstrap"; exit 1; }
    debootstrap ${arch:+--arch="$arch"} --variant=minbase --include=python3,python3-venv,ca-certificates \
      "$release" "$rootfs" "$mirror" >/dev/null
  fi
  trust_machine_cas "$rootfs" "localhost/thinkube-test-base:$release"
}

# Builds reach PyPI through this machine's TLS-inspecting egress, whose CA the machine trusts in
# /usr/local/share/ca-certificates. The tests' base image must trust it too (as an organisation's
# mirrored base images carry its CA); pip then uses the system bundle. Re-imported when it changes.
trust_machine_cas() {
  local rootfs="$1" image="$2" changed=0 ca
  mkdir -p "$rootfs/usr/local/share/ca-certificates"
  for ca in /usr/local/share/ca-certificates/*.crt; do
    [ -e "$ca" ] || continue
    cmp -s "$ca" "$rootfs/usr/local/share/ca-certificates/$(basename "$ca")" && continue
    cp "$ca" "$rootfs/usr/local/share/ca-certificates/"; changed=1
  done
  if [ ! -f "$rootfs/etc/pip.conf" ]; then
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$rootfs/etc/pip.conf"; changed=1
  fi
  if [ "$changed" = 1 ]; then
    chroot "$rootfs" update-ca-certificates >/dev/null
    # The tests import $image again: it carries a hash of the CAs it was imported with (support/podman.ts).
    log "test base rootfs $rootfs: trusts the machine's CA certificates"
  fi
}

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
  cat > "$wrap/etcd/main.go" <<'GO'
// etcd from its server module: `go install` of etcd itself fails on its replaces.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
GO
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
      [ -f "$archive" ] || { log "missing $archive: the $address $version provider source (see README, 'Terraform providers')"; exit 1; }
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

# Harbor's Go services (core, jobservice, registryctl) from the release source in ../shared/harbor, and
# the Debian servers behind them (PostgreSQL, Redis; docker-registry comes with podman above). No
# container registry is reachable, so Harbor runs as plain processes (test/e2e/support/harbor-server.ts).
#   - go.pinniped.dev is refused by the module proxy: scripts/harbor/pinniped-pkce stands in for the one
#     package Harbor imports from it (a replace directive);
#   - the API server code is generated by go-swagger, as upstream's `gen_apis` target does.
# Kept: the binaries, core's views/ and the database migrations (what a running core reads).
install_harbor() {
  local stamp="$HARBOR_VERSION"
  local home="$CACHE/harbor"
  if [ -x "$home/bin/harbor-core" ] && [ "$(cat "$home/.version" 2>/dev/null)" = "$stamp" ]; then
    log "harbor $HARBOR_VERSION: cached"
  else
    need_go harbor
    local archive="$HARBOR_SOURCE/harbor-${HARBOR_VERSION#v}.tar.gz"
    [ -f "$archive" ] || { log "missing $archive: the Harbor $HARBOR_VERSION source (see README, 'Harbor')"; exit 1; }
    log "harbor $HARBOR_VERSION: building core, jobservice, registryctl from source (first time: about 7 minutes)"
    rm -rf "$home"; mkdir -p "$home/src" "$home/bin"
    tar -xzf "$archive" -C "$home/src"
    local src="$home/src/harbor-${HARBOR_VERSION#v}"
    GOBIN="$BIN" GOFLAGS=-buildvcs=false go install "github.com/go-swagger/go-swagger/cmd/swagger@$GO_SWAGGER_VERSION"
    (
      cd "$src"
      export GOFLAGS=-buildvcs=false
      rm -rf src/server/v2.0/models src/server/v2.0/restapi
      "$BIN/swagger" generate server --quiet --template-dir=tools/swagger/templates --exclude-main \
        --additional-initialism=CVE --additional-initialism=GC --additional-initialism=OIDC \
        -f api/v2.0/swagger.yaml -A harbor --target src/server/v2.0
      cd src
      go mod edit -replace "go.pinniped.dev=$REPO_DIR/scripts/harbor/pinniped-pkce"
      local ldflags="-X github.com/goharbor/harbor/src/pkg/version.ReleaseVersion=$HARBOR_VERSION -X github.com/goharbor/harbor/src/pkg/version.GitCommit=$HARBOR_COMMIT"
      go build -trimpath -ldflags "$ldflags" -o "$home/bin/harbor-core" ./core
      go build -trimpath -ldflags "$ldflags" -o "$home/bin/harbor-jobservice" ./jobservice
      go build -trimpath -ldflags "$ldflags" -o "$home/bin/harbor-registryctl" ./registryctl
    )
    mkdir -p "$home/runtime"
    cp -r "$src/src/core/views" "$home/runtime/views"
    cp -r "$src/make/migrations" "$home/runtime/migrations"
    rm -rf "$home/src"
    printf '%s' "$stamp" > "$home/.version"
    "$home/bin/harbor-core" --version >/dev/null 2>&1 || true
  fi
  if ! command -v redis-server >/dev/null || [ ! -x "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n 1)/postgres" ] \
    || ! command -v htpasswd >/dev/null || ! command -v docker-registry >/dev/null; then
    command -v apt-get >/dev/null || { log "apt-get is required to install postgresql and redis-server"; exit 1; }
    log "harbor: apt-get install postgresql redis-server docker-registry apache2-utils"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server docker-registry apache2-utils openssl >/dev/null
  else
    log "harbor: postgresql, redis-server, docker-registry installed"
  fi
}

# A Python command-line tool from PyPI in a venv of its own, $CACHE/<name>-venv (the hub venv holds
# exactly what the hub image holds, plus test tools).
install_pip_tool() {
  local name="$1" version="$2" venv="$CACHE/$1-venv"
  if [ -x "$venv/bin/$name" ] && [ "$(cat "$venv/.version" 2>/dev/null)" = "$version" ]; then
    log "$name $version: cached"; return
  fi
  log "$name $version: pip install"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "$name==$version"
  printf '%s' "$version" > "$venv/.version"
}

# The test cluster's parts, in build order (cluster-images needs coredns and local-path-provisioner).
CLUSTER_TOOLS=(node-packages kube-node crictl coredns local-path-provisioner fake-gpu-plugin kube-router cluster-images user-scheduler chart-images)
# Argo CD: its CRDs (a download: the imports and the unit tests need them) and its two parts (a long build).
ARGOCD_TOOLS=(argocd-crds argocd)
ALL_TOOLS=(helm keycloak hub-python ruff check-jsonschema checkov chromium podman kube tofu providers harbor cluster argocd)

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TOOLS[@]}")
for target in "${targets[@]}"; do
  case "$target" in
    helm) install_helm ;;
    keycloak) install_keycloak ;;
    hub-python) install_hub_python ;;
    chromium) install_chromium ;;
    podman) install_podman ;;
    emulation) bash "$TOOLS_DIR/emulation.sh" ;;
    kube) install_kube ;;
    tofu) install_tofu ;;
    providers) install_providers ;;
    harbor) install_harbor ;;
    ruff) install_pip_tool ruff "$RUFF_VERSION" ;;
    check-jsonschema) install_pip_tool check-jsonschema "$CHECK_JSONSCHEMA_VERSION" ;;
    checkov) install_pip_tool checkov "$CHECKOV_VERSION" ;;
    java-home) java_home ;;
    cluster) for tool in "${CLUSTER_TOOLS[@]}"; do bash "$TOOLS_DIR/$tool.sh"; done ;;
    argocd) for tool in "${ARGOCD_TOOLS[@]}"; do bash "$TOOLS_DIR/$tool.sh"; done ;;
    argocd-crds) bash "$TOOLS_DIR/argocd-crds.sh" ;;
    node-packages | kube-node | crictl | coredns | local-path-provisioner | fake-gpu-plugin | kube-router | cluster-images | user-scheduler | chart-images) bash "$TOOLS_DIR/$target.sh" ;;
    *) log "unknown tool \"$target\"; known: ${ALL_TOOLS[*]} ${CLUSTER_TOOLS[*]} argocd-crds emulation java-home"; exit 2 ;;
  esac
done
