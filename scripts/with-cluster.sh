#!/usr/bin/env bash
# Runs a command with the two-node test cluster up (npm run cluster), then takes it down, keeping
# its logs under test-results/cluster when the command failed. A cluster that was up already (a
# developer's) is used and left up.
#
#   bash scripts/with-cluster.sh npx vitest run
set -uo pipefail
cd "$(dirname "$0")/.."
cluster() { node --import tsx test/cluster/cli.ts "$@"; }
was_up=0
cluster status >/dev/null 2>&1 && was_up=1
if [ "$was_up" = 0 ]; then
  cluster up || { cluster down --logs-to test-results/cluster; echo "with-cluster: the cluster did not come up" >&2; exit 1; }
fi
"$@"
status=$?
if [ "$was_up" = 0 ]; then
  # down fails when it left anything behind (a process, mount, cgroup, route, link or the namespace).
  if [ "$status" -ne 0 ]; then cluster down --logs-to test-results/cluster; else cluster down || status=1; fi
fi
exit "$status"
