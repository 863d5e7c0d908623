/**
 * scripts/with-cpu-load.sh (npm run check:under-load, issue 26.5): the busy processes it starts keep the
 * CPU busy while the command runs and are gone once it ends, however it ends.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/synth.js';

function withCpuLoad(args: string[]) {
  const child = spawn('bash', [join(REPO_ROOT, 'scripts', 'with-cpu-load.sh'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const busy = new Promise<number[]>((resolve) => {
    const look = () => {
      const match = /busy process\(es\): ([\d ]+)/.exec(output);
      if (match?.[1]) resolve(match[1].trim().split(' ').map(Number));
      else setTimeout(look, 20);
    };
    look();
  });
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
  return { child, busy, done };
}

/** The CPU time (user + system clock ticks) a process has used, or undefined once it is gone. */
function cpuTicks(pid: number): number | undefined {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
  return Number(fields[11]) + Number(fields[12]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('scripts/with-cpu-load.sh', () => {
  it("runs the command beside busy processes that use the CPU, stops them after it, and keeps the command's status", async () => {
    const run = withCpuLoad(['2', 'bash', '-c', 'sleep 3; exit 4']);
    const pids = await run.busy;
    expect(pids).toHaveLength(2);
    const before = pids.map(cpuTicks);
    await sleep(1_000);
    const after = pids.map(cpuTicks);
    // Each has used CPU time in that second (they were running, not waiting).
    for (const [i] of pids.entries()) expect(after[i] ?? 0).toBeGreaterThan(before[i] ?? Number.POSITIVE_INFINITY);
    expect((await run.done).code).toBe(4);
    expect(pids.map(cpuTicks)).toEqual([undefined, undefined]);
  });

  it('interrupted with SIGTERM: stops the command and the busy processes', async () => {
    const run = withCpuLoad(['1', 'bash', '-c', 'while :; do sleep 0.1; done']);
    const pids = await run.busy;
    run.child.kill('SIGTERM');
    expect((await run.done).code).toBe(143);
    expect(pids.map(cpuTicks)).toEqual([undefined]);
  });

  it('refuses a count that is not a whole number, naming it', async () => {
    const { code, output } = await withCpuLoad(['two', 'true']).done;
    expect(code).toBe(2);
    expect(output).toContain('the count of busy processes is a whole number, not "two"');
  });
});
