/**
 * The single-node cluster whose pods run (test/cluster), as the e2e tests use it: brought up once per
 * run by `npm run cluster -- up` (scripts/with-cluster.sh does it for npm run check and .ci/run), shared
 * by every test file, each in namespaces of its own.
 */
import { clusterPaths, NETWORK } from '../../cluster/layout.js';
import { adminKubectl, clusterStatus, restartKubelet } from '../../cluster/node.js';

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
   * A fault: kubelet stopped and started again (its pods' containers run on). Tests in other files
   * may run meanwhile, so anything served by kubelet (logs, exec, attach) is read through `eventually`.
   */
  restartKubelet(): Promise<void>;
}

export function runningCluster(): RunningCluster {
  const { up, lines } = clusterStatus();
  if (!up) {
    throw new Error(
      `the test cluster is not up (${lines.join('; ')}): run npm run cluster -- up (npm run check and .ci/run bring it up)`,
    );
  }
  return { kubeconfig: clusterPaths().adminKubeconfig, nodeIp: NETWORK.nodeIp, kubectl: adminKubectl, restartKubelet };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `check` to give a value (a readiness check, never a fixed sleep), failing with `explain()` at the deadline. */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  explain: () => string,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not so after ${timeoutMs / 1000} s\n${explain()}`);
    await sleep(500);
  }
}
