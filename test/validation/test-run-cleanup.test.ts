/**
 * Issue 26.6: nothing a test started outlives the run, however the run ends. A vitest of its own runs a
 * fixture file that starts a server (a process group: bash and two sleeps) and never stops it, with the
 * project's global setup (test/global-setup.ts): the run fails in the file's setup, is interrupted with
 * SIGINT, or is killed outright (then the next run stops what it left).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/synth.js';

const scratch = mkdtempSync(join(tmpdir(), 'thinkube-run-cleanup-'));
const runsRoot = join(scratch, 'runs');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly child: ChildProcess;
  readonly pgidFile: string;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

function fixtureRun(mode: 'fail' | 'hang', name: string): Run {
  const pgidFile = join(scratch, `${name}.pgid`);
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
      env: { ...process.env, THINKUBE_TEST_RUNS_ROOT: runsRoot, FIXTURE_MODE: mode, FIXTURE_PGID_FILE: pgidFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, pgidFile, done };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The fixture's server group, once it runs (waited for: the fixture run starts a vitest first). */
async function serverGroup(run: Run): Promise<number> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (existsSync(run.pgidFile)) {
      const pgid = Number(readFileSync(run.pgidFile, 'utf8'));
      if (groupAlive(pgid)) return pgid;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the fixture's server did not start within 120 s (${run.pgidFile})`);
}

describe('a test run leaves no server running (test/global-setup.ts)', () => {
  it('a file that fails in its setup: its server is stopped at the end of the run', async () => {
    const run = fixtureRun('fail', 'fail');
    const { code, output } = await run.done;
    const pgid = Number(readFileSync(run.pgidFile, 'utf8'));
    expect(code).not.toBe(0);
    expect(output).toContain('setup failed on purpose');
    expect(output).toContain(`test run cleanup (end of the run): stopped run-cleanup-fixture (group ${pgid})`);
    expect(groupAlive(pgid)).toBe(false);
    expect(readdirSync(runsRoot)).toEqual([]);
  }, 180_000);

  it('a run interrupted with SIGINT stops the server it started', async () => {
    const run = fixtureRun('hang', 'sigint');
    const pgid = await serverGroup(run);
    run.child.kill('SIGINT');
    const { output, code } = await run.done;
    expect(code).toBe(130);
    expect(output).toContain(
      `test run cleanup (the run exited with 130 before its teardown): stopped run-cleanup-fixture (group ${pgid})`,
    );
    expect(groupAlive(pgid)).toBe(false);
    expect(readdirSync(runsRoot)).toEqual([]);
  }, 180_000);

  it('a run killed outright: the next run stops what it left', async () => {
    const killed = fixtureRun('hang', 'killed');
    const pgid = await serverGroup(killed);
    killed.child.kill('SIGKILL');
    await killed.done;
    expect(groupAlive(pgid)).toBe(true);
    const next = fixtureRun('fail', 'next');
    const { output } = await next.done;
    expect(output).toMatch(
      new RegExp(`test run cleanup \\(left by a killed run, [^)]*\\): stopped run-cleanup-fixture \\(group ${pgid}\\)`),
    );
    expect(groupAlive(pgid)).toBe(false);
    expect(readdirSync(runsRoot)).toEqual([]);
  }, 240_000);
});
