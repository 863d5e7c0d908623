/** Starting and stopping the real servers the end-to-end tests drive, on 127.0.0.1 only. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ReadinessDeadline } from '../../support/readiness.js';
import { registerProcessGroup, unregisterProcessGroup } from '../../support/run-registry.js';
import { REPO_ROOT } from '../../support/synth.js';

export { TOOL_CACHE as CACHE } from '../../../config/project-files.js';
export const ARTIFACTS = join(REPO_ROOT, 'test-results', 'e2e');

/** Ports this test process has handed out already: never handed out twice. */
const handedOut = new Set<number>();

/**
 * A TCP port free on 127.0.0.1 right now, below the kernel's ephemeral range (32768 and up by default):
 * a port the kernel picks with listen(0) can be taken a moment later as the source port of some
 * outgoing connection before the server meant for it binds it (seen with servers started in parallel).
 * Below Kubernetes' NodePort range (30000-32767) too: servers bridged onto the test node's address keep
 * their port, and the policy controller lets any pod reach a node port (seen: a user server reaching
 * Keycloak's in-cluster Service whose endpoint was the node's 30054, where its policy refuses Keycloak).
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('no free port found between 20000 and 29999 on 127.0.0.1');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

/** Spawns `command` in its own process group, logging to test-results/e2e/<name>.log. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): ChildProcess {
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = createWriteStream(join(ARTIFACTS, `${name}.log`));
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  // Its own process group (detached): recorded for the run's cleanup until stopProcess takes it out.
  if (child.pid !== undefined) registerProcessGroup(child.pid, name);
  return child;
}

/**
 * Stops the process group and waits for its leader to exit (SIGKILL after 10 s). A leader that exited
 * by itself may have left members behind: they are killed too. Then the group leaves the run's registry.
 */
export async function stopProcess(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-pid, 'SIGTERM');
      const timer = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {}
      }, 10_000);
      await exited;
      clearTimeout(timer);
    } catch {}
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {}
  unregisterProcessGroup(pid);
}

/** Polls `url` until it answers 2xx, failing with the process log's name when `child` exits first. */
export async function waitForHttp(url: string, child: ChildProcess, name: string, timeoutMs = 180_000): Promise<void> {
  // The budget stretches with the machine's load (test/support/readiness.ts).
  const deadline = new ReadinessDeadline(`${name} to answer ${url}`, timeoutMs);
  while (!deadline.passed()) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}; see test-results/e2e/${name}.log`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${name} did not answer ${url} within ${deadline.describe()}; see test-results/e2e/${name}.log`);
}
