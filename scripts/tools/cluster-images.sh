#!/usr/bin/env bash
# The node's own images, built here (no registry reaches this machine): the pod sandbox's pause, busybox
# for test pods and the provisioner's helpers, CoreDNS. Each FROM scratch with one static program, saved
# as an OCI archive that the cluster's containerd imports at start (test/cluster). Rebuilt when an input
# changes (the versions, pause.c, this script).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$CACHE/cluster-images"
inputs=$(cat "$(dirname "$0")/versions.env" "$repo/test/cluster/images/pause.c" "$0" | sha256sum | cut -c1-16)
if [ "$(cat "$out/.inputs" 2>/dev/null)" = "$inputs" ]; then log "cluster images (pause, busybox, coredns, local-path-provisioner): cached"; exit 0; fi
for tool in coredns local-path-provisioner; do
  [ -x "$BIN/$tool" ] || { log "cluster images need $tool: run scripts/install-tools.sh $tool"; exit 1; }
done
log "cluster images (pause, busybox, coredns, local-path-provisioner): building"
podman=(podman --root "$CACHE/containers/storage" --runroot "$CACHE/containers/run" --storage-driver vfs)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/pause" "$work/busybox/bin" "$work/coredns" "$work/local-path-provisioner"

gcc -Os -static -o "$work/pause/pause" "$repo/test/cluster/images/pause.c"
printf 'FROM scratch\nCOPY pause /pause\nUSER 65535:65535\nENTRYPOINT ["/pause"]\n' > "$work/pause/Containerfile"

cp /bin/busybox "$work/busybox/bin/busybox"
for applet in $(/bin/busybox --list); do [ "$applet" = busybox ] || ln -s busybox "$work/busybox/bin/$applet"; done
printf 'FROM scratch\nCOPY bin /bin\nENV PATH=/bin\nCMD ["/bin/sh"]\n' > "$work/busybox/Containerfile"

cp "$BIN/coredns" "$work/coredns/coredns"
printf 'FROM scratch\nCOPY coredns /coredns\nUSER 65532:65532\nENTRYPOINT ["/coredns"]\n' > "$work/coredns/Containerfile"

cp "$BIN/local-path-provisioner" "$work/local-path-provisioner/local-path-provisioner"
printf 'FROM scratch\nCOPY local-path-provisioner /local-path-provisioner\nUSER 65532:65532\nENTRYPOINT ["/local-path-provisioner"]\n' > "$work/local-path-provisioner/Containerfile"

for name in pause busybox coredns local-path-provisioner; do
  case "$name" in
    pause) tag=1 ;;
    busybox) tag="${BUSYBOX_STATIC_DEB#*:}"; tag="${tag//[^A-Za-z0-9._-]/_}" ;;
    coredns) tag="$COREDNS_VERSION" ;;
    local-path-provisioner) tag="$LOCAL_PATH_PROVISIONER_VERSION" ;;
  esac
  ref="localhost/thinkube-cluster/$name:$tag"
  "${podman[@]}" build -q --isolation=chroot -t "$ref" "$work/$name" >/dev/null
  rm -f "$out/$name.tar"
  "${podman[@]}" save -q --format oci-archive -o "$out/$name.tar" "$ref"
  printf '%s\n' "$ref" > "$out/$name.ref"
done
printf '%s' "$inputs" > "$out/.inputs"
log "cluster images: $(cat "$out"/*.ref | tr '\n' ' ')"
