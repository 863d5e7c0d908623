# Shared by scripts/install-tools.sh and scripts/tools/*.sh (sourced): the cache, logging and stamps.
CACHE="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}"
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="$CACHE/bin"
mkdir -p "$BIN"
# shellcheck source=versions.env
. "$(dirname "${BASH_SOURCE[0]}")/versions.env"

log() { printf '[install-tools] %s\n' "$*" >&2; }

need_go() {
  command -v go >/dev/null || { log "go is required (Go >= 1.26) to build $1"; exit 1; }
}

# A tool is current when its stamp file names the pinned version.
current() { [ -x "$BIN/$1" ] && [ "$(cat "$BIN/.$1.version" 2>/dev/null)" = "$2" ]; }
stamp() { printf '%s' "$2" > "$BIN/.$1.version"; }

# The wrapper module's go.mod for k8s.io/kubernetes at KUBERNETES_VERSION (or the version given second): `go install` of its commands
# fails (it replaces its staging modules with local paths), so every staging module it requires at
# v0.0.0 is pinned to its release instead.
kube_wrapper_gomod() {
  local module="$1" version="${2:-$KUBERNETES_VERSION}" gomod staging
  staging="v0.${version#v1.}"
  gomod=$(GOFLAGS=-buildvcs=false go mod download -json "k8s.io/kubernetes@$version" | sed -n 's/.*"GoMod": "\(.*\)",*/\1/p')
  printf 'module %s\n\ngo 1.26.0\n\n' "$module"
  grep -E '^\s+k8s.io/[a-z-]+ v0.0.0$' "$gomod" | awk -v v="$staging" '{ printf "replace %s v0.0.0 => %s %s\n", $1, $1, v }'
}

# -ldflags that make a Kubernetes command report its release (`--version`, the node's kubeletVersion).
kube_version_ldflags() {
  local version="${1:-$KUBERNETES_VERSION}" minor
  minor="${version#v1.}"; minor="${minor%%.*}"
  printf '%s' "-X k8s.io/component-base/version.gitVersion=$version -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/client-go/pkg/version.gitVersion=$version"
}

# One static command from the Go module proxy: `go_install NAME VERSION PACKAGE@VERSION "about N minutes"`.
# Stamped "VERSION+static" (a dynamic build from before is rebuilt); prints its version when built.
go_install() {
  local name="$1" version="$2" package="$3" cold="$4"
  if current "$name" "$version+static"; then log "$name $version: cached"; return 0; fi
  need_go "$name"
  log "$name $version: go install (first time: $cold)"
  GOBIN="$BIN" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install -trimpath "$package"
  stamp "$name" "$version+static"
  "$BIN/$name" --version >&2 || true
}
