#!/usr/bin/env bash
# Runs arm64 programs on an x86-64 machine (and the reverse), for the RUN steps of `npm run image` when an
# image has a platform other than the machine's: Debian's qemu user mode registered with the kernel's
# binfmt_misc, with the F flag (the interpreter is opened at registration, so it works inside the build's
# chroot and containers too). binfmt_misc is in the kernel but often not mounted: mounted here. Needs root;
# says what is missing otherwise and exits 0, since only foreign-platform builds need it.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

arch=$(uname -m)
case "$arch" in
  x86_64) foreign=aarch64 ;;
  aarch64) foreign=x86_64 ;;
  *) log "emulation: no foreign platform images are built for on $arch"; exit 0 ;;
esac
entry=/proc/sys/fs/binfmt_misc/qemu-$foreign

if [ -r "$entry" ] && grep -qx enabled "$entry" && grep -q '^flags: .*F' "$entry"; then
  log "emulation: qemu-$foreign registered with binfmt_misc (flags $(sed -n 's/^flags: //p' "$entry"))"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  log "emulation: not set up, and it needs root (binfmt_misc, apt-get): builds for another platform than $arch" \
    "will be refused; run this as root, or give npm run image a builder of that platform (--builder)"
  exit 0
fi
if ! grep -qw binfmt_misc /proc/filesystems; then
  log "emulation: this kernel has no binfmt_misc; builds for another platform than $arch need a --builder"
  exit 0
fi
want=(qemu-user-static="$QEMU_USER_STATIC_DEB" binfmt-support="$BINFMT_SUPPORT_DEB")
missing=()
for pin in "${want[@]}"; do
  [ "$(dpkg-query -W -f='${Version}' "${pin%%=*}" 2>/dev/null)" = "${pin#*=}" ] || missing+=("$pin")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "emulation: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
update-binfmts --enable "qemu-$foreign"
if ! grep -q '^flags: .*F' "$entry"; then
  log "emulation: qemu-$foreign registered without the F flag: builds in a chroot would not find it"; exit 1
fi
log "emulation: qemu-$foreign registered with binfmt_misc (flags $(sed -n 's/^flags: //p' "$entry"))"
