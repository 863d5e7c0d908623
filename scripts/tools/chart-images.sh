#!/usr/bin/env bash
# The chart's own images, rebuilt here for the test cluster (no container registry reaches this machine):
# the hub from chart 4.4.0's frozen requirements, configurable-http-proxy 5.2.0 on Node.js 20, and the user
# scheduler from kube-scheduler at the chart's own pin (user-scheduler.sh). Build contexts:
# test/cluster/images/{hub,proxy,user-scheduler}.
# Each is saved as an OCI archive under $CACHE/chart-images; the e2e suite pushes them to its Harbor, from
# which the cluster's containerd pulls them with the pull Secret. (The chart's pause image is the
# cluster's own, cluster-images.sh; network-tools is not used: docs/testing.md, "Tests and what they prove".)
# Rebuilt when an input changes. Cold: about 10 minutes, most of it pip building the hub's wheels.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
chart_images="${THINKUBE_CHART_IMAGES:-$repo/../shared/charts/jupyterhub-4.4.0-images}"
requirements="$chart_images/hub/requirements.txt"
contexts="$repo/test/cluster/images"
out="$CACHE/chart-images"
rootfs="$CACHE/image-base/rootfs"
[ -f "$requirements" ] || { log "chart images: no hub requirements at $requirements (set THINKUBE_CHART_IMAGES)"; exit 1; }
[ -x "$rootfs/usr/bin/python3" ] || { log "chart images need the test base rootfs: run scripts/install-tools.sh podman"; exit 1; }
scheduler="$BIN/user-scheduler-$USER_SCHEDULER_VERSION"
[ -x "$scheduler" ] || { log "chart images need kube-scheduler $USER_SCHEDULER_VERSION: run scripts/install-tools.sh user-scheduler"; exit 1; }

inputs=$( (cat "$0" "$requirements" "$BIN/.user-scheduler-$USER_SCHEDULER_VERSION.version" "$rootfs/etc/debian_version"
  find "$contexts/hub" "$contexts/proxy" "$contexts/user-scheduler" -type f -not -path '*/node_modules/*' | sort | xargs cat) | sha256sum | cut -c1-16)
if [ "$(cat "$out/.inputs" 2>/dev/null)" = "$inputs" ]; then log "chart images (hub, proxy, user-scheduler): cached"; exit 0; fi
log "chart images (hub, proxy, user-scheduler): building (first time: about 10 minutes)"

podman=(podman --root "$CACHE/containers/storage" --runroot "$CACHE/containers/run" --storage-driver vfs --cgroup-manager cgroupfs)
base=localhost/thinkube-test-base:bookworm
"${podman[@]}" image exists "$base" || tar -C "$rootfs" -c . | "${podman[@]}" import -q - "$base" >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cp -r "$contexts/hub" "$contexts/proxy" "$contexts/user-scheduler" "$work/"
cp "$requirements" "$work/hub/requirements.txt"
( cd "$work/proxy" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --silent )
cp "$scheduler" "$work/user-scheduler/kube-scheduler"

# name:tag of each, as the chart names them upstream.
declare -A tags=(
  [hub]="jupyterhub/k8s-hub:4.4.0"
  [proxy]="jupyterhub/configurable-http-proxy:5.2.0"
  [user-scheduler]="kube-scheduler:$USER_SCHEDULER_VERSION"
)
for name in hub proxy user-scheduler; do
  ref="localhost/thinkube-chart/${tags[$name]}"
  # Not -q: a failing RUN step's output is the only explanation of the failure.
  "${podman[@]}" build --isolation=chroot --build-arg "BASE=$base" -t "$ref" "$work/$name" > "$work/$name.log" 2>&1 \
    || { tail -n 40 "$work/$name.log" >&2; log "chart image $name: build failed"; exit 1; }
  rm -f "$out/$name.tar"
  "${podman[@]}" save -q --format oci-archive -o "$out/$name.tar" "$ref"
  printf '%s\n' "$ref" > "$out/$name.ref"
done
# The hub's build stage (compilers, wheels) and images these replaced: 1 GB nobody needs.
"${podman[@]}" image prune -f >/dev/null
printf '%s' "$inputs" > "$out/.inputs"
log "chart images: $(cat "$out"/*.ref | tr '\n' ' ')"
