/**
 * Issue 26.6: nothing a test started outlives the run, however the run ends. A vitest of its own runs a
 * fixture file that starts a server (a process group of two processes, listening on 127.0.0.1, with a
 * scratch folder) and never stops it, with the project's global setup (test/global-setup.ts): the run
 * fails in the file's setup, is interrupted with SIGINT or SIGTERM, or is killed outright (then the next
 * run stops what it left). Afterwards none of the processes answer, the port is closed and the folder
 * is gone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/synth.js';

const scratch = mkdtempSync(join(tmpdir(), 'thinkube-run-cleanup-'));
const runsRoot = join(scratch, 'runs');
/** The fixture vitests' process groups: whatever a failing case left of them is killed at the end. */
const fixtureGroups: number[] = [];
afterAll(() => {
  for (const pgid of fixtureGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {}
  }
  rmSync(scratch, { recursive: true, force: true });
});

interface Started {
  readonly pgid: number;
  readonly port: number;
  readonly folder: string;
}

interface Run {
  readonly child: ChildProcess;
  readonly stateFile: string;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

function fixtureRun(mode: 'fail' | 'hang', name: string): Run {
  const stateFile = join(scratch, `${name}.json`);
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--config',
      'test/support/run-cleanup-fixture/vitest.config.ts',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, THINKUBE_TEST_RUNS_ROOT: runsRoot, FIXTURE_MODE: mode, FIXTURE_STATE_FILE: stateFile },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, with its workers: a run "killed outright" is the whole group killed.
      detached: true,
    },
  );
  if (child.pid !== undefined) fixtureGroups.push(child.pid);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, stateFile, done };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** What the fixture started, once its server listens (waited for: the fixture run starts a vitest first). */
async function started(run: Run): Promise<Started> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (existsSync(run.stateFile)) {
      const state = JSON.parse(readFileSync(run.stateFile, 'utf8')) as Started;
      if (groupAlive(state.pgid)) return state;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the fixture's server did not start within 120 s (${run.stateFile})`);
}

/** The server's processes, its port and its folder are all gone, and so is the run's record. */
async function expectNothingLeft(state: Started): Promise<void> {
  expect(groupAlive(state.pgid)).toBe(false);
  expect(await listening(state.port)).toBe(false);
  expect(existsSync(state.folder)).toBe(false);
  expect(readdirSync(runsRoot)).toEqual([]);
}

describe('a test run leaves no server running (test/global-setup.ts)', () => {
  it('a file that fails in its setup: its server is stopped and its folder removed at the end of the run', async () => {
    const run = fixtureRun('fail', 'fail');
    const { code, output } = await run.done;
    const state = JSON.parse(readFileSync(run.stateFile, 'utf8')) as Started;
    expect(code).not.toBe(0);
    expect(output).toContain('setup failed on purpose');
    expect(output).toContain(
      `test run cleanup (end of the run): stopped run-cleanup-fixture (group ${state.pgid}), folder ${state.folder}`,
    );
    await expectNothingLeft(state);
  }, 180_000);

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`a run interrupted with ${signal} stops the server it started and removes its folder`, async () => {
      const run = fixtureRun('hang', signal);
      const state = await started(run);
      expect(await listening(state.port)).toBe(true);
      run.child.kill(signal);
      const { output, code: exitCode } = await run.done;
      expect(exitCode).toBe(code);
      expect(output).toContain(
        `test run cleanup (the run exited with ${code} before its teardown): stopped run-cleanup-fixture (group ${state.pgid}), folder ${state.folder}`,
      );
      await expectNothingLeft(state);
    }, 180_000);
  }

  it('a run killed outright: the next run stops what it left and removes its folder', async () => {
    const killed = fixtureRun('hang', 'killed');
    const state = await started(killed);
    // vitest and its workers, as an OOM killer or a CI timeout takes them; the server has a group of its own.
    process.kill(-(killed.child.pid as number), 'SIGKILL');
    await killed.done;
    expect(groupAlive(state.pgid)).toBe(true);
    expect(existsSync(state.folder)).toBe(true);
    const next = fixtureRun('fail', 'next');
    const { output } = await next.done;
    expect(output).toMatch(
      new RegExp(
        `test run cleanup \\(left by a killed run, [^)]*\\): stopped run-cleanup-fixture \\(group ${state.pgid}\\)`,
      ),
    );
    await expectNothingLeft(state);
  }, 240_000);
});
