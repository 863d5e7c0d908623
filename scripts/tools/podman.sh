#!/usr/bin/env bash
# Podman, buildah, skopeo, fuse-overlayfs, a registry and debootstrap from Debian, and the image tests'
# debootstrapped bases (amd64 bookworm and trixie; arm64 bookworm under emulation, emulation.sh).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

TOOLS_DIR="$(cd "$(dirname "$0")" && pwd)"

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

install_podman
