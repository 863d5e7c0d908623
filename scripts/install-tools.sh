#!/usr/bin/env bash
# Builds or installs the real tools the tests use into a cache outside the repository (THINKUBE_CACHE,
# default ~/.cache/thinkube-jupyterhub), from the package registries only. One small script per tool in
# scripts/tools/, every pinned version in scripts/tools/versions.env (the one place they are written; the
# tests read it too). Idempotent: a tool whose pinned version is already there is left alone, so warm
# runs take seconds.
#
#   scripts/install-tools.sh            # everything
#   scripts/install-tools.sh helm       # just helm (any name below)
#   scripts/install-tools.sh cluster    # the test cluster's parts
#
# Prints nothing but progress; afterwards put "$THINKUBE_CACHE/bin" on PATH (scripts/env.sh does).
set -euo pipefail

TOOLS_DIR="$(cd "$(dirname "$0")/tools" && pwd)"
# shellcheck source=tools/lib.sh
. "$TOOLS_DIR/lib.sh"

# The tools each named by its script in scripts/tools/ (<name>.sh).
TOOLS=(helm keycloak hub-python chromium podman emulation kube tofu providers harbor java-home)
# Python command-line tools from PyPI, each in a venv of its own (tools/pip-tool.sh NAME VERSION).
declare -A PIP_TOOLS=([ruff]="$RUFF_VERSION" [check-jsonschema]="$CHECK_JSONSCHEMA_VERSION" [checkov]="$CHECKOV_VERSION")
# The test cluster's parts, in build order (cluster-images needs coredns and local-path-provisioner).
CLUSTER_TOOLS=(node-packages kube-node crictl coredns local-path-provisioner fake-gpu-plugin kube-router cluster-images user-scheduler chart-images)
# Argo CD: its CRDs (a download: the imports and the unit tests need them) and its two parts (a long build).
ARGOCD_TOOLS=(argocd-crds argocd)
# Everything, in order (podman registers the emulator itself, for the arm64 base it debootstraps).
ALL_TOOLS=(helm keycloak hub-python ruff check-jsonschema checkov chromium podman kube tofu providers harbor cluster argocd)

run_tool() {
  local tool="$1"
  if [ -n "${PIP_TOOLS[$tool]:-}" ]; then bash "$TOOLS_DIR/pip-tool.sh" "$tool" "${PIP_TOOLS[$tool]}"; return; fi
  case "$tool" in
    cluster) for part in "${CLUSTER_TOOLS[@]}"; do bash "$TOOLS_DIR/$part.sh"; done ;;
    argocd) for part in "${ARGOCD_TOOLS[@]}"; do bash "$TOOLS_DIR/$part.sh"; done ;;
    *)
      local known=" ${TOOLS[*]} ${CLUSTER_TOOLS[*]} ${ARGOCD_TOOLS[*]} "
      if [[ "$known" != *" $tool "* ]]; then
        log "unknown tool \"$tool\"; known: ${ALL_TOOLS[*]} ${CLUSTER_TOOLS[*]} argocd-crds emulation java-home"
        exit 2
      fi
      bash "$TOOLS_DIR/$tool.sh"
      ;;
  esac
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TOOLS[@]}")
for target in "${targets[@]}"; do run_tool "$target"; done
