#!/usr/bin/env bash
# Argo CD's application controller and repo server (the two parts that sync an Application; no API
# server, UI, Dex or notifications), one multi-call binary with a link per name, from the Go module
# proxy. `go install .../cmd@version` refuses a module whose go.mod has replace directives, so a wrapper
# module requires Argo CD and repeats its replace block (the k8s staging pins and the protobuf and
# grpc-gateway v1 pins all matter). Cold: about 15 minutes on 2 cores, plus the Go toolchain download.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
stamp_value="$ARGOCD_VERSION+$ARGOCD_GOTOOLCHAIN"
if current argocd "$stamp_value" && [ -L "$BIN/argocd-application-controller" ] && [ -L "$BIN/argocd-repo-server" ]; then
  log "argocd $ARGOCD_VERSION: cached"; exit 0
fi
need_go argocd
export GOTOOLCHAIN="$ARGOCD_GOTOOLCHAIN" GOFLAGS=-buildvcs=false CGO_ENABLED=0
wrap="$CACHE/argocd-build"
log "argocd $ARGOCD_VERSION: building with $GOTOOLCHAIN (first time: about 15 minutes)"
# A fresh go.mod each time: tidy would keep a newer dependency left from another version.
rm -rf "$wrap"; mkdir -p "$wrap/argocd"
gomod=$(go mod download -json "github.com/argoproj/argo-cd/v3@$ARGOCD_VERSION" | sed -n 's/.*"GoMod": "\(.*\)",*/\1/p')
[ -f "$gomod" ] || { log "argocd $ARGOCD_VERSION: the module proxy gave no go.mod"; exit 1; }
{
  printf 'module thinkube.local/argocd\n\ngo %s\n\nrequire github.com/argoproj/argo-cd/v3 %s\n\n' \
    "$(sed -n 's/^go //p' "$gomod")" "$ARGOCD_VERSION"
  sed -n '/^replace (/,/^)/p' "$gomod"
  # One-line replaces to modules (not to local directories such as ./gitops-engine, which the proxy's
  # zip of Argo CD does not carry: v3.6 requires that module from the proxy at its own tag instead).
  grep -E '^replace [^(].*=> [^./]' "$gomod" || true
} > "$wrap/go.mod"
cat > "$wrap/argocd/main.go" <<'GO'
// The application controller and the repo server in one binary, chosen by the name it runs as (a link
// per name) or $ARGOCD_BINARY_NAME, as Argo CD's own cmd/main.go chooses among all its parts.
package main

import (
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"k8s.io/klog/v2"

	controller "github.com/argoproj/argo-cd/v3/cmd/argocd-application-controller/commands"
	reposerver "github.com/argoproj/argo-cd/v3/cmd/argocd-repo-server/commands"
	"github.com/argoproj/argo-cd/v3/util/log"
)

func init() { klog.SetLogger(log.NewLogrusLogger(log.NewWithCurrentConfig())) }

func main() {
	name := filepath.Base(os.Args[0])
	if fromEnv := os.Getenv("ARGOCD_BINARY_NAME"); fromEnv != "" {
		name = fromEnv
	}
	var command *cobra.Command
	switch name {
	case "argocd-application-controller":
		command = controller.NewCommand()
	case "argocd-repo-server":
		command = reposerver.NewCommand()
	default:
		os.Stderr.WriteString("run as argocd-application-controller or argocd-repo-server (the name or $ARGOCD_BINARY_NAME)\n")
		os.Exit(2)
	}
	if err := command.Execute(); err != nil {
		os.Exit(1)
	}
}
GO
(
  cd "$wrap"
  go mod tidy
  started=$(date +%s)
  nice -n 19 go build -trimpath \
    -ldflags "-X github.com/argoproj/argo-cd/v3/common.version=${ARGOCD_VERSION#v} -X github.com/argoproj/argo-cd/v3/common.gitTag=$ARGOCD_VERSION" \
    -o "$BIN/argocd" ./argocd
  log "argocd $ARGOCD_VERSION: built in $(( $(date +%s) - started )) s"
)
ln -sfn argocd "$BIN/argocd-application-controller"
ln -sfn argocd "$BIN/argocd-repo-server"
stamp argocd "$stamp_value"
# Its version as built in (neither part has a version command that does not start it).
"$BIN/argocd-application-controller" --help >/dev/null
go version -m "$BIN/argocd" | grep -E '^\s+dep\s+github.com/argoproj/argo-cd/v3\s' >&2 || true
