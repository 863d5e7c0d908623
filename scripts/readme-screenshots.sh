#!/usr/bin/env bash
# Regenerates the README's screenshots from a real session: runs the browser-session e2e on the test
# cluster (its own Keycloak, Harbor and install, as npm run check does), then copies three of the
# screenshots it takes into docs/images/. Needs what the tests need (bash scripts/install-tools.sh).
#
#   npm run screenshots
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
bash scripts/with-cluster.sh npx vitest run test/e2e/browser-session.e2e.test.ts
# The spawn form for a user and for a GPU user, and JupyterLab with the notebook's output.
for shot in session-user-spawn-form session-GPU-user-spawn-form session-user-notebook; do
  cp "test-results/e2e/$shot.png" "docs/images/$shot.png"
done
echo "docs/images: session-user-spawn-form.png, session-GPU-user-spawn-form.png, session-user-notebook.png"
