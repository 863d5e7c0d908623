#!/usr/bin/env bash
# Regenerates imports/ (typed cdk8s bindings) from the pinned schemas. See imports/README.md.
# The schemas come from ../shared/schemas, or THINKUBE_SCHEMAS_DIR laid out the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMAS="${THINKUBE_SCHEMAS_DIR:-$(cd .. && pwd)/shared/schemas}"
[ -d "$SCHEMAS/kubernetes" ] || { echo "no schemas at $SCHEMAS (see imports/README.md)" >&2; exit 1; }

cd imports
# cdk8s downloads the Kubernetes definitions from GitHub; the preload answers from the same file on disk.
K8S_SCHEMA_DIR="$SCHEMAS/kubernetes" NODE_OPTIONS="--require $(pwd)/../scripts/offline-k8s-schema.cjs" \
  npx cdk8s import k8s@1.28.0 --language typescript --output . >/dev/null 2>&1
npx cdk8s import "$SCHEMAS/argo-cd-v3.5.1/application-crd.yaml" --language typescript --output . >/dev/null 2>&1
npx cdk8s import "$SCHEMAS/gateway-api-v1.6.1/httproutes.yaml" --language typescript --output . >/dev/null 2>&1
ls ./*.ts
