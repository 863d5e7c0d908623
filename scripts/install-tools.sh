#!/usr/bin/env bash
# Builds the real command-line tools the tests use, from the Go module proxy, into a cache outside the
# repository (THINKUBE_CACHE, default ~/.cache/thinkube-jupyterhub). Idempotent: a tool whose pinned
# version is already built is left alone, so warm runs take a second.
#
#   scripts/install-tools.sh            # everything
#   scripts/install-tools.sh helm       # just helm
#
# Prints nothing but progress; afterwards put "$THINKUBE_CACHE/bin" on PATH (scripts/env.sh does).
set -euo pipefail

CACHE="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}"
BIN="$CACHE/bin"
mkdir -p "$BIN"

# Pinned versions (change here, nowhere else).
HELM_VERSION=v3.22.0
KEYCLOAK_VERSION=26.7.3
KUBERNETES_VERSION=v1.36.3   # kube-apiserver and kubectl (kubectl matches the server: no skew)
ETCD_VERSION=v3.6.8          # the etcd that Kubernetes 1.36.3 itself requires
# What chart 4.4.0 ships in its hub image (z2jh images/hub/requirements.txt).
HUB_PYTHON_PACKAGES="jupyterhub==5.5.0 oauthenticator==17.4.0 jupyterhub-kubespawner==7.0.0 jupyter_server==2.21.1 pytest==9.2.0 pytest-asyncio==1.5.0"

log() { printf '[install-tools] %s\n' "$*" >&2; }

need_go() {
  command -v go >/dev/null || { log "go is required (Go >= 1.26) to build $1"; exit 1; }
}

# A tool is current when its stamp file names the pinned version.
current() { [ -x "$BIN/$1" ] && [ "$(cat "$BIN/.$1.version" 2>/dev/null)" = "$2" ]; }
stamp() { printf '%s' "$2" > "$BIN/.$1.version"; }

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
    || ! command -v debootstrap >/dev/null || ! command -v htpasswd >/dev/null; then
    command -v apt-get >/dev/null || { log "apt-get is required to install podman and docker-registry"; exit 1; }
    log "podman: apt-get install podman buildah skopeo docker-registry debootstrap apache2-utils"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman buildah skopeo docker-registry debootstrap apache2-utils >/dev/null
  else
    log "podman: installed"
  fi
  local rootfs="$CACHE/image-base/rootfs"
  if [ -x "$rootfs/usr/bin/python3" ]; then
    log "test base rootfs: cached"
  else
    log "test base rootfs: debootstrap bookworm (minbase + python3)"
    rm -rf "$rootfs"
    mkdir -p "$CACHE/image-base"
    # The Debian mirror this machine's apt already uses (deb822 sources or the classic list).
    local mirror
    mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
    [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
    [ -n "$mirror" ] || { log "no Debian mirror found in the apt sources for debootstrap"; exit 1; }
    debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates bookworm "$rootfs" "$mirror" >/dev/null
  fi
  trust_machine_cas "$rootfs"
}

# Builds reach PyPI through this machine's TLS-inspecting egress, whose CA the machine trusts in
# /usr/local/share/ca-certificates. The tests' base image must trust it too (as an organisation's
# mirrored base images carry its CA); pip then uses the system bundle. Re-imported when it changes.
trust_machine_cas() {
  local rootfs="$1" changed=0 ca
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
    # The imported image is stale now; the tests import it again.
    podman --root "$CACHE/containers/storage" --runroot "$CACHE/containers/run" --storage-driver vfs \
      rmi -f localhost/thinkube-test-base:bookworm >/dev/null 2>&1 || true
    log "test base rootfs: trusts the machine's CA certificates"
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
  local wrap="$CACHE/kube-build" staging minor
  staging="v0.${KUBERNETES_VERSION#v1.}"
  minor="${KUBERNETES_VERSION#v1.}"; minor="${minor%%.*}"
  log "kube-apiserver/kubectl $KUBERNETES_VERSION, etcd $ETCD_VERSION: building (first time: 15-30 minutes)"
  rm -rf "$wrap"; mkdir -p "$wrap/etcd"
  local gomod
  gomod=$(GOFLAGS=-buildvcs=false go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/.*"GoMod": "\(.*\)",*/\1/p')
  {
    printf 'module thinkube.local/kube-tools\n\ngo 1.26.0\n\n'
    grep -E '^\s+k8s.io/[a-z-]+ v0.0.0$' "$gomod" | awk -v v="$staging" '{ printf "replace %s v0.0.0 => %s %s\n", $1, $1, v }'
  } > "$wrap/go.mod"
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
    go build -trimpath -o "$BIN/" \
      -ldflags "-X k8s.io/component-base/version.gitVersion=$KUBERNETES_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/client-go/pkg/version.gitVersion=$KUBERNETES_VERSION" \
      k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl ./etcd
  )
  stamp kube-apiserver "$stamp"
  "$BIN/kube-apiserver" --version >&2
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(helm keycloak hub-python chromium podman kube)
for target in "${targets[@]}"; do
  case "$target" in
    helm) install_helm ;;
    keycloak) install_keycloak ;;
    hub-python) install_hub_python ;;
    chromium) install_chromium ;;
    podman) install_podman ;;
    kube) install_kube ;;
    java-home) java_home ;;
    *) log "unknown tool \"$target\"; known: helm keycloak hub-python chromium podman kube java-home"; exit 2 ;;
  esac
done
