/**
 * vitest's global setup (the main process, before any worker): this run's server registry
 * (support/run-registry.ts). It stops what an earlier, killed run left behind; and whether this run
 * passes, fails, or is interrupted with SIGINT or SIGTERM, it stops every server its tests started and
 * did not stop, saying which. A run killed outright (SIGKILL) runs nothing: the next run's start stops
 * what it left.
 */
import { newRunDir, orphanedRuns, RUN_DIR_ENV, reapRun } from './support/run-registry.js';

function report(what: string, reaped: string[]): void {
  if (reaped.length > 0) console.error(`test run cleanup (${what}): stopped ${reaped.join(', ')}`);
}

export default function setup(): () => void {
  for (const dir of orphanedRuns()) report(`left by a killed run, ${dir}`, reapRun(dir));
  const dir = newRunDir();
  process.env[RUN_DIR_ENV] = dir;
  // vitest answers SIGINT and SIGTERM itself with process.exit, without the teardown below, and its own
  // exit listener calls process.exit again, which ends the process before any later listener: this one
  // goes first (synchronous, as reapRun is).
  const onExit = (code: number) => report(`the run exited with ${code} before its teardown`, reapRun(dir, 5_000));
  process.prependOnceListener('exit', onExit);
  return () => {
    process.off('exit', onExit);
    report('end of the run', reapRun(dir));
  };
}
