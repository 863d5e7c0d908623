/**
 * scripts/with-cluster.sh (what `npm run check` and CI run the suite in) takes the test cluster down
 * however the command ends: passed, failed, or the script interrupted with SIGINT or SIGTERM (issue
 * 26.6); a cluster that was up before is left up. The cluster command is a stand-in that records each
 * call (THINKUBE_CLUSTER_CLI), so these cases need no cluster.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/synth.js';

const dir = mkdtempSync(join(tmpdir(), 'thinkube-with-cluster-'));
/** The long commands started, stopped here if a failing case left one running. */
const commands: number[] = [];
afterAll(() => {
  for (const pid of commands.filter(running)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

let runs = 0;

interface Run {
  readonly child: ChildProcess;
  /** The stand-in's calls, one line each ("up", "down --logs-to test-results/cluster", ...). */
  calls(): string[];
  /** What the command under the script wrote (its pid once started, "TERM" when it was stopped). */
  commandLog(): string[];
  readonly done: Promise<{ code: number | null; output: string }>;
}

/** Runs `bash scripts/with-cluster.sh <command>` with a stand-in cluster command that is up or not. */
function withCluster(command: string, clusterUpBefore = false): Run {
  runs += 1;
  const callsFile = join(dir, `calls-${runs}`);
  const commandFile = join(dir, `command-${runs}`);
  const standIn = join(dir, `cluster-${runs}`);
  writeFileSync(
    standIn,
    `#!/bin/sh\necho "$@" >> '${callsFile}'\n[ "$1" = status ] && exit ${clusterUpBefore ? 0 : 1}\nexit 0\n`,
  );
  chmodSync(standIn, 0o755);
  const child = spawn('bash', [join(REPO_ROOT, 'scripts', 'with-cluster.sh'), 'bash', '-c', command], {
    cwd: REPO_ROOT,
    env: { ...process.env, THINKUBE_CLUSTER_CLI: standIn, COMMAND_LOG: commandFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : []);
  return {
    child,
    calls: () => lines(callsFile),
    commandLog: () => lines(commandFile),
    done: new Promise((resolve) => child.once('exit', (code) => resolve({ code, output }))),
  };
}

/** A command that runs until stopped, saying that it started and that it was stopped with SIGTERM. */
const LONG_COMMAND = `trap 'echo TERM >> "$COMMAND_LOG"; exit 143' TERM; echo $$ >> "$COMMAND_LOG"; while :; do sleep 0.1; done`;

async function commandStarted(run: Run): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const [pid] = run.commandLog();
    if (pid) {
      commands.push(Number(pid));
      return Number(pid);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the command under with-cluster.sh did not start within 60 s');
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('scripts/with-cluster.sh', () => {
  it('brings the cluster up, runs the command and takes the cluster down after it passed', async () => {
    const run = withCluster('exit 0');
    expect((await run.done).code).toBe(0);
    expect(run.calls()).toEqual(['status', 'up', 'down']);
  });

  it("keeps the cluster's logs when the command failed, and exits with the command's status", async () => {
    const run = withCluster('exit 3');
    expect((await run.done).code).toBe(3);
    expect(run.calls()).toEqual(['status', 'up', 'down --logs-to test-results/cluster']);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`interrupted with ${signal}: stops the command and still takes the cluster down`, async () => {
      const run = withCluster(LONG_COMMAND);
      const pid = await commandStarted(run);
      run.child.kill(signal);
      const { code: exitCode, output } = await run.done;
      expect(exitCode).toBe(code);
      expect(output).toContain('with-cluster: interrupted; stopping the command and the cluster');
      expect(run.commandLog()).toEqual([String(pid), 'TERM']);
      expect(running(pid)).toBe(false);
      expect(run.calls()).toEqual(['status', 'up', 'down --logs-to test-results/cluster']);
    });
  }

  it('leaves a cluster that was up before up, interrupted or not', async () => {
    const passed = withCluster('exit 0', true);
    expect((await passed.done).code).toBe(0);
    expect(passed.calls()).toEqual(['status']);
    const interrupted = withCluster(LONG_COMMAND, true);
    await commandStarted(interrupted);
    interrupted.child.kill('SIGTERM');
    expect((await interrupted.done).code).toBe(143);
    expect(interrupted.calls()).toEqual(['status']);
  });
});
