#!/usr/bin/env bash
# Runs a command with the two-node test cluster up (npm run cluster), then takes it down, keeping
# its logs under test-results/cluster when the command failed. A cluster that was up already (a
# developer's) is used and left up. Interrupted (SIGINT, SIGTERM), it stops the command (SIGTERM, so
# that vitest stops its own servers) and still takes the cluster down.
#
#   bash scripts/with-cluster.sh npx vitest run
#
# THINKUBE_CLUSTER_CLI replaces the cluster command (test/validation/with-cluster.test.ts uses a stand-in).
set -uo pipefail
cd "$(dirname "$0")/.."
cluster() {
  if [ -n "${THINKUBE_CLUSTER_CLI:-}" ]; then "$THINKUBE_CLUSTER_CLI" "$@"; else node --import tsx test/cluster/cli.ts "$@"; fi
}
was_up=0
cluster status >/dev/null 2>&1 && was_up=1
child=
interrupted() {
  local code=$1
  trap '' INT TERM
  echo "with-cluster: interrupted; stopping the command and the cluster" >&2
  # Bash starts a background command with SIGINT ignored: SIGTERM is what it will act on.
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child"
  fi
  [ "$was_up" = 0 ] && cluster down --logs-to test-results/cluster
  exit "$code"
}
trap 'interrupted 130' INT
trap 'interrupted 143' TERM
if [ "$was_up" = 0 ]; then
  cluster up || { cluster down --logs-to test-results/cluster; echo "with-cluster: the cluster did not come up" >&2; exit 1; }
fi
# In the background, so that a signal reaches the trap at once (bash defers traps while a foreground
# command runs); `wait` returns the command's status.
"$@" &
child=$!
wait "$child"
status=$?
child=
if [ "$was_up" = 0 ]; then
  # down fails when it left anything behind (a process, mount, cgroup, route, link or the namespace).
  if [ "$status" -ne 0 ]; then cluster down --logs-to test-results/cluster; else cluster down || status=1; fi
fi
exit "$status"
