/**
 * npm run cluster -- up | down | status: the two-node test cluster (test/cluster/node.ts).
 *
 *   npm run cluster -- up       # fresh certificates and data; node Ready and CoreDNS answering
 *   npm run cluster -- status   # exit 0 when up, 3 when not
 *   npm run cluster -- down [--logs-to test-results/cluster]
 *
 * The admin kubeconfig is printed by `up` and `status`; tests find the cluster by its directory
 * (THINKUBE_CLUSTER_DIR, default ~/.cache/thinkube-jupyterhub/cluster).
 */

import { clusterPaths } from './layout.js';
import { ClusterError, clusterDown, clusterStatus, clusterUp, leftovers } from './node.js';

async function main(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  switch (action) {
    case 'up': {
      await clusterUp();
      console.log(`cluster up: KUBECONFIG=${clusterPaths().adminKubeconfig}`);
      return 0;
    }
    case 'down': {
      const at = rest.indexOf('--logs-to');
      await clusterDown(console.log, at >= 0 ? rest[at + 1] : undefined);
      const left = leftovers();
      if (left.length > 0) {
        console.error(`cluster: down left these behind:\n  ${left.join('\n  ')}`);
        return 1;
      }
      console.log('cluster down: nothing left behind (processes, mounts, cgroups, routes, links, namespace)');
      return 0;
    }
    case 'status': {
      const { up, lines } = clusterStatus();
      for (const line of lines) console.log(line);
      console.log(up ? `cluster up: KUBECONFIG=${clusterPaths().adminKubeconfig}` : 'cluster down');
      return up ? 0 : 3;
    }
    default:
      console.error(`cluster: unknown action "${action ?? ''}"; use up, down or status`);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ClusterError)) throw error;
  console.error(`cluster: ${error.message}`);
  process.exitCode = 1;
}
