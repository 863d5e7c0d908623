#!/usr/bin/env bash
# Regenerates imports/ from pinned sources. See imports/README.md.
#   imports/*.ts            cdk8s bindings, from ../shared/schemas (or THINKUBE_SCHEMAS_DIR laid out alike),
#                           the Argo CD Application from the pinned Argo CD's own CRD (scripts/tools/argocd-crds.sh)
#   imports/terraform/      cdktf bindings of the keycloak and harbor providers named in cdktf.json, from
#                           the providers scripts/install-tools.sh built (OpenTofu reads their schemas),
#                           pruned to the resource modules the project imports
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMAS="${THINKUBE_SCHEMAS_DIR:-$(cd .. && pwd)/shared/schemas}"
[ -d "$SCHEMAS/kubernetes" ] || { echo "no schemas at $SCHEMAS (see imports/README.md)" >&2; exit 1; }
# shellcheck source=scripts/tools/versions.env
. scripts/tools/versions.env
ARGOCD_CRDS="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}/argocd/$ARGOCD_VERSION/crds"
[ -f "$ARGOCD_CRDS/application-crd.yaml" ] \
  || { echo "no Argo CD $ARGOCD_VERSION CRDs at $ARGOCD_CRDS: run bash scripts/install-tools.sh argocd-crds" >&2; exit 1; }

cd imports
# cdk8s downloads the Kubernetes definitions from GitHub; the preload answers from the same file on disk.
K8S_SCHEMA_DIR="$SCHEMAS/kubernetes" NODE_OPTIONS="--require $(pwd)/../scripts/offline-k8s-schema.cjs" \
  npx cdk8s import k8s@1.28.0 --language typescript --output . >/dev/null 2>&1
npx cdk8s import "$ARGOCD_CRDS/application-crd.yaml" --language typescript --output . >/dev/null 2>&1
npx cdk8s import "$SCHEMAS/gateway-api-v1.6.1/httproutes.yaml" --language typescript --output . >/dev/null 2>&1
ls ./*.ts

cd ..
# The chart's values as a TypeScript type, from its own schema.
node --import tsx scripts/chart-values-types.ts >/dev/null

# shellcheck source=scripts/env.sh
. scripts/env.sh
[ -x "$TERRAFORM_BINARY_NAME" ] && [ -f "$TF_CLI_CONFIG_FILE" ] \
  || { echo "no tofu or provider mirror in $THINKUBE_CACHE: run bash scripts/install-tools.sh tofu providers" >&2; exit 1; }
rm -rf imports/terraform
CI=1 npx cdktf get >/dev/null
# Only the resource modules the project imports are kept (scripts/prune-terraform-bindings.ts).
node --import tsx scripts/prune-terraform-bindings.ts
