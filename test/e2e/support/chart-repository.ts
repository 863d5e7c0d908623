/**
 * The chart's published Helm repository (https://hub.jupyter.org/helm-chart), which this machine cannot
 * reach, stood in for by the real chart 4.4.0 (../shared/charts) packaged with `helm package` and indexed
 * with `helm repo index`, served over HTTPS on the host's 127.0.0.1 and bridged into the test node's
 * namespace at the same address, where Argo CD's repo server runs. The certificate is made for the run;
 * Argo CD is told to accept it by the repository's `insecure` flag (a real repository's certificate is
 * checked).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { basename, join } from 'node:path';
import { ARGOCD } from '../../cluster/argocd.js';
import { REAL_CHART } from '../../support/real-chart.js';
import { removeScratchDir, scratchDir } from '../../support/run-registry.js';
import { HELM_BIN } from '../../support/synth.js';
import type { RunningCluster } from './cluster.js';
import { bridgeIntoNode } from './node-bridge.js';
import { certificateFor } from './platform-stand-ins.js';
import { freePort } from './processes.js';

export interface ChartRepository {
  /** What `chart.repository` names: the same address on the host and in the node's namespace. */
  readonly url: string;
  /** Requests for each file, in order (what Argo CD's repo server fetched). */
  readonly requests: string[];
  stop(): Promise<void>;
}

function helm(args: string[]): void {
  const result = spawnSync(HELM_BIN, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`helm ${args.join(' ')}: ${result.stderr || result.error}`);
}

export async function chartRepository(cluster: RunningCluster, name: string): Promise<ChartRepository> {
  const dir = scratchDir('thinkube-chart-repo-');
  const port = await freePort();
  const url = `https://127.0.0.1:${port}`;
  helm(['package', REAL_CHART, '--destination', dir]);
  helm(['repo', 'index', dir, '--url', url]);
  const files = new Map(readdirSync(dir).map((file) => [`/${file}`, readFileSync(join(dir, file))]));
  const requests: string[] = [];
  const server = createServer(certificateFor('127.0.0.1'), (request, response) => {
    const path = new URL(request.url ?? '/', url).pathname;
    requests.push(path);
    const body = files.get(path);
    if (!body || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': path.endsWith('.yaml') ? 'text/yaml' : 'application/gzip' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bridge = await bridgeIntoNode(`chart-repository-${port}`, port);
  // The repository as Argo CD knows it: a Secret labelled as one, in Argo CD's namespace.
  const secretName = `${name}-chart-repository`;
  cluster.apply([
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: secretName,
        namespace: ARGOCD.namespace,
        labels: { 'argocd.argoproj.io/secret-type': 'repository' },
      },
      stringData: { type: 'helm', name: basename(REAL_CHART), url, insecure: 'true' },
    },
  ]);
  return {
    url,
    requests,
    async stop() {
      cluster.kubectl(['delete', 'secret', '-n', ARGOCD.namespace, secretName, '--ignore-not-found']);
      await bridge.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      removeScratchDir(dir);
    },
  };
}
