#!/usr/bin/env bash
# Debian's parts of the node: containerd and runc (crun refuses this machine's hybrid cgroups), the CNI
# plugins (bridge, host-local, portmap, loopback), busybox for the test images, ipset for the policy
# controller. Pinned: a mirror that moved on fails here, naming the package.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
want=(containerd="$CONTAINERD_DEB" runc="$RUNC_DEB" containernetworking-plugins="$CNI_PLUGINS_DEB"
  busybox-static="$BUSYBOX_STATIC_DEB" ipset="$IPSET_DEB")
missing=()
for pin in "${want[@]}"; do
  [ "$(dpkg-query -W -f='${Version}' "${pin%%=*}" 2>/dev/null)" = "${pin#*=}" ] || missing+=("$pin")
done
if [ ${#missing[@]} -eq 0 ]; then log "node packages (containerd, runc, CNI plugins, busybox, ipset): installed"; exit 0; fi
command -v apt-get >/dev/null || { log "apt-get is required to install ${missing[*]}"; exit 1; }
log "node packages: apt-get install ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The package starts containerd as a service on the host's socket; the cluster runs its own.
if command -v systemctl >/dev/null && systemctl is-active -q containerd 2>/dev/null; then systemctl disable --now containerd >/dev/null 2>&1 || true; fi
