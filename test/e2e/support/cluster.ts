/**
 * The test cluster whose pods run (test/cluster), as the e2e tests use it: brought up once per run by
 * `npm run cluster -- up` (scripts/with-cluster.sh does it for npm run check and .ci/run), shared by
 * every test file, each in namespaces of its own.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ThinkubeConfig } from '../../../config/load.js';
import { argoCdChartRepositorySecret } from '../../../constructs/names.js';
import { ARGOCD } from '../../cluster/argocd.js';
import { clusterPaths, NETWORK, TOOLS_BIN } from '../../cluster/layout.js';
import { adminKubectl, clusterStatus, restartKubelet } from '../../cluster/node.js';
import { ReadinessDeadline } from '../../support/readiness.js';
import { configWith } from '../../support/synth.js';
import { CACHE } from './processes.js';

export interface RunningCluster {
  readonly kubeconfig: string;
  /** The node's address: the API server's and kubelet's, reachable from the host. */
  readonly nodeIp: string;
  kubectl(
    args: string[],
    options?: { input?: string; allowFailure?: boolean },
  ): {
    status: number;
    stdout: string;
    stderr: string;
  };
  /**
   * kubectl without blocking the test's worker: anything that may take more than a moment (waits,
   * exec, attach) goes through this, or vitest loses the worker on a loaded machine ("Timeout calling
   * onTaskUpdate"). Never throws for a non-zero exit unless `allowFailure` is false.
   */
  kubectlAsync(
    args: string[],
    options?: { input?: string; allowFailure?: boolean },
  ): Promise<{ status: number; stdout: string; stderr: string }>;
  /** `kubectl apply` of the objects, as one YAML stream. */
  apply(objects: object[]): void;
  /** `kubectl get ... -o json`, parsed. */
  getJson<T>(...args: string[]): T;
  /** Deletes the objects (`kind name` or `kind -l ...`) and waits, without blocking, until they are gone. */
  deleted(args: string[], timeoutMs?: number): Promise<void>;
  /**
   * A fault: kubelet stopped and started again (its pods' containers run on). Tests in other files
   * may run meanwhile, so anything served by kubelet (logs, exec, attach) is read through `eventually`.
   */
  restartKubelet(): Promise<void>;
}

/**
 * The default config's profiles with their guarantees (what the scheduler counts) brought within the
 * test nodes' size: 2 cores each, shared with the releases' and the other files' pods (the default
 * large and GPU profiles guarantee 2 CPUs, which no node here has free). Limits, GPUs and everything
 * else kept; a profile already within the cap keeps its own guarantees.
 *
 * A quarter CPU, not the default small profile's half: files that run at once each install a release
 * with its own user scheduler, and schedulers that do not see each other's placements can fill a node
 * past its size, when kubelet refuses the last pod (OutOfcpu) and that spawn fails. CI saw it with
 * 1912m of 2000m taken when a GPU server asked for 500m.
 */
export function profilesForTestNodes(cap = { cpu: 0.25, memory: '1Gi' }): ThinkubeConfig['profiles'] {
  return configWith('').profiles.map((profile) =>
    profile.cpu.guarantee <= cap.cpu
      ? profile
      : {
          ...profile,
          cpu: { ...profile.cpu, guarantee: cap.cpu },
          memory: { ...profile.memory, guarantee: cap.memory },
        },
  );
}

/** A container's securityContext that Pod Security `restricted` admits (the hub namespace enforces it). */
export const RESTRICTED_CONTAINER = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  runAsUser: 1000,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
} as const;

export function runningCluster(): RunningCluster {
  const { up, lines } = clusterStatus();
  if (!up) {
    throw new Error(
      `the test cluster is not up (${lines.join('; ')}): run npm run cluster -- up (npm run check and .ci/run bring it up)`,
    );
  }
  const kubeconfig = clusterPaths().adminKubeconfig;
  const kubectlAsync: RunningCluster['kubectlAsync'] = (args, options = {}) =>
    new Promise((resolve, reject) => {
      const child = execFile(
        join(TOOLS_BIN, 'kubectl'),
        ['--kubeconfig', kubeconfig, ...args],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          if (status !== 0 && options.allowFailure !== true) {
            reject(new Error(`kubectl ${args.join(' ')} failed (${status}): ${stderr.trim()}`));
          } else resolve({ status, stdout, stderr });
        },
      );
      child.stdin?.end(options.input ?? '');
    });
  const deleted: RunningCluster['deleted'] = async (args, timeoutMs = 180_000) => {
    await kubectlAsync(['delete', ...args, '--ignore-not-found', '--wait=false']);
    await eventually(
      `kubectl delete ${args.join(' ')} done`,
      async () => (await kubectlAsync(['get', ...args, '-o', 'name'], { allowFailure: true })).stdout.trim() === '',
      () => `still there: ${args.join(' ')}`,
      timeoutMs,
    );
  };
  const apply: RunningCluster['apply'] = (objects) => {
    adminKubectl(['apply', '-f', '-'], { input: objects.map((o) => stringify(o)).join('---\n') });
  };
  const getJson = <T>(...args: string[]): T => JSON.parse(adminKubectl(['get', ...args, '-o', 'json']).stdout) as T;
  return {
    kubeconfig,
    nodeIp: NETWORK.nodeIp,
    kubectl: adminKubectl,
    kubectlAsync,
    apply,
    getJson,
    deleted,
    restartKubelet,
  };
}

/**
 * Removes what an install left on the shared cluster: its namespaces (with `extraNamespaces`), the volumes
 * whose claims were in its namespace (a Retain volume outlives its claim, as it must for users' files, so
 * the cluster would collect them run after run), and what it made outside the namespace: the home
 * StorageClass, the chart's cluster roles (named after the release) and the hub's node reader.
 */
export async function removeInstall(
  cluster: RunningCluster,
  install: { namespace: string; release: string; homeStorageClass: string; extraNamespaces?: string[] },
): Promise<void> {
  const { namespace } = install;
  // In argocd mode first the Application (named after the release), or Argo CD would put back what the
  // namespace's deletion takes.
  cluster.kubectl(
    ['delete', 'application', '-n', ARGOCD.namespace, install.release, '--ignore-not-found', '--wait=false'],
    {
      allowFailure: true,
    },
  );
  await cluster.deleted(['namespace', namespace, ...(install.extraNamespaces ?? [])], 300_000).catch(() => undefined);
  const volumes = cluster.getJson<{
    items: { metadata: { name: string }; spec: { claimRef?: { namespace?: string } } }[];
  }>('pv');
  const names = volumes.items.filter((v) => v.spec.claimRef?.namespace === namespace).map((v) => v.metadata.name);
  if (names.length > 0) cluster.kubectl(['delete', 'pv', ...names, '--wait=false'], { allowFailure: true });
  for (const args of [
    ['storageclass', install.homeStorageClass],
    ['clusterrole,clusterrolebinding', '-l', `release=${install.release}`],
    ['clusterrole,clusterrolebinding', `${namespace}-hub-node-reader`],
    // The registry stack's credential for a chart mirror, when a test stopped before uninstalling.
    ['secret', '-n', ARGOCD.namespace, argoCdChartRepositorySecret(install.release)],
  ]) {
    cluster.kubectl(['delete', ...args, '--ignore-not-found'], { allowFailure: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The GPU node's devices are one thing the test files share (two files run at once): a file whose pods
 * hold GPUs, or that cordons the GPU node, holds this lock meanwhile, so that each sees the GPUs it
 * counts on. Returns the release.
 */
export function holdGpus(holder: string, timeoutMs = 20 * 60_000): Promise<() => void> {
  return holdLock('gpus', holder, timeoutMs);
}

/**
 * A lock the test files running at once share, by `name`: a directory made atomically under the tool
 * cache, naming its holder; a holder whose process is gone leaves it to the next. Returns the release.
 */
export async function holdLock(name: string, holder: string, timeoutMs = 20 * 60_000): Promise<() => void> {
  const lock = join(CACHE, 'test-locks', name);
  mkdirSync(join(lock, '..'), { recursive: true });
  const token = `${process.pid} ${randomBytes(6).toString('hex')} ${holder}`;
  const owner = () => {
    try {
      return readFileSync(join(lock, 'holder'), 'utf8');
    } catch {
      return '';
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'holder'), token);
      return () => {
        if (owner() === token) rmSync(lock, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = owner();
    const pid = Number(current.split(' ')[0]);
    let alive = true;
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
    }
    // A holder that died keeps nothing (an empty name is a holder between mkdir and its write: wait).
    if (!alive) rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > deadline)
      throw new Error(`the lock ${name} is still held after ${timeoutMs / 1000} s by: ${current}`);
    else await sleep(500);
  }
}

/** Waits for `check` to give a value (a readiness check, never a fixed sleep), failing with `explain()` at the deadline. */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  explain: () => string,
  timeoutMs = 180_000,
  /** Between two checks: short where the moment it becomes so is measured (bench/spawn-bench.ts). */
  intervalMs = 500,
): Promise<T> {
  // The budget stretches with the machine's load (test/support/readiness.ts).
  const deadline = new ReadinessDeadline(what, timeoutMs);
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (deadline.passed()) throw new Error(`${what}: not so after ${deadline.describe()}\n${explain()}`);
    await sleep(intervalMs);
  }
}
