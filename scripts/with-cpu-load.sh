#!/usr/bin/env bash
# Runs a command with N busy processes beside it (each keeps a core busy), stopping them however the
# command ends (issue 26.5: the suite must pass on a busy machine).
#
#   bash scripts/with-cpu-load.sh 2 npm run check      (npm run check:under-load)
#
# Each busy process's pid is printed, so a test can see them running and then gone.
set -uo pipefail
count=${1:?usage: with-cpu-load.sh <busy processes> <command...>}
shift
[[ "$count" =~ ^[0-9]+$ ]] || { echo "with-cpu-load: the count of busy processes is a whole number, not \"$count\"" >&2; exit 2; }
busy=()
stop_busy() { [ "${#busy[@]}" -gt 0 ] && kill "${busy[@]}" 2>/dev/null; wait "${busy[@]}" 2>/dev/null; busy=(); }
child=
interrupted() {
  trap '' INT TERM
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child"
  stop_busy
  exit "$1"
}
trap 'interrupted 130' INT
trap 'interrupted 143' TERM
for ((i = 0; i < count; i++)); do
  (exec -a thinkube-busy bash -c 'while :; do :; done') &
  busy+=("$!")
done
echo "with-cpu-load: ${count} busy process(es): ${busy[*]}" >&2
"$@" &
child=$!
wait "$child"
status=$?
child=
stop_busy
exit "$status"
