/**
 * A real JupyterHub 5.5.0 (the hub venv from scripts/install-tools.sh) with configurable-http-proxy
 * from npm, configured by the chart's own hub configuration over the release the real chart rendered
 * (test/e2e/local_hub/jupyterhub_config.py says what is swapped for a laptop, and why).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ThinkubeConfig } from '../../../config/load.js';
import { REAL_CHART } from '../../support/real-chart.js';
import { removeScratchDir, scratchDir } from '../../support/run-registry.js';
import { REPO_ROOT } from '../../support/synth.js';
import { CACHE, freePort, type Server, startProcess, stopProcess, waitForHttp } from './processes.js';

export interface LocalHub extends Server {
  /** Token of a service that may read users, their auth state and servers. */
  readonly observerToken: string;
  api(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function startLocalHub(
  config: ThinkubeConfig,
  opts: { port: number; keycloakUrl: string; clientSecret: string },
): Promise<LocalHub> {
  const venv = join(CACHE, 'hub-venv');
  if (!existsSync(join(venv, 'bin', 'jupyterhub'))) {
    throw new Error(`JupyterHub is not installed at ${venv}: run bash scripts/install-tools.sh hub-python`);
  }
  const chp = join(REPO_ROOT, 'node_modules', '.bin', 'configurable-http-proxy');
  const url = `http://127.0.0.1:${opts.port}`;
  const workdir = scratchDir('thinkube-hub-');
  // The only values that differ from the committed release: the URLs, plain and URL-encoded.
  const rewrite: [string, string][] = [];
  for (const [from, to] of [
    [config.keycloak.url, opts.keycloakUrl],
    [`https://${config.hostname}`, url],
  ] as const) {
    rewrite.push([from, to], [encodeURIComponent(from), encodeURIComponent(to)]);
  }
  const observerToken = randomBytes(24).toString('hex');
  const child = startProcess(
    'jupyterhub',
    join(venv, 'bin', 'jupyterhub'),
    ['--config', join(REPO_ROOT, 'test', 'e2e', 'local_hub', 'jupyterhub_config.py')],
    {
      PATH: `${join(venv, 'bin')}:${process.env.PATH}`,
      // The config file's helpers: the chart's hub config runner and the local spawner.
      PYTHONPATH: ['chart_hub', 'local_hub'].map((dir) => join(REPO_ROOT, 'test', 'e2e', dir)).join(':'),
      THINKUBE_E2E_RELEASE: join(REPO_ROOT, 'dist', 'rendered', 'jupyterhub.k8s.yaml'),
      THINKUBE_E2E_CHART: REAL_CHART,
      THINKUBE_E2E_REWRITE: JSON.stringify(rewrite),
      THINKUBE_E2E_WORKDIR: workdir,
      THINKUBE_E2E_HUB_URL: url,
      THINKUBE_E2E_HUB_API_PORT: String(await freePort()),
      THINKUBE_E2E_PROXY_API_PORT: String(await freePort()),
      THINKUBE_E2E_CHP: chp,
      THINKUBE_E2E_SINGLEUSER: join(venv, 'bin', 'jupyterhub-singleuser'),
      THINKUBE_E2E_OBSERVER_TOKEN: observerToken,
      // In the pod this comes from the OIDC client Secret (hub.extraEnv).
      OAUTH_CLIENT_SECRET: opts.clientSecret,
    },
    workdir,
  );
  await waitForHttp(`${url}/hub/health`, child, 'jupyterhub', 120_000);

  return {
    url,
    observerToken,
    api: (method, path, body) =>
      fetch(`${url}/hub/api${path}`, {
        method,
        headers: { authorization: `token ${observerToken}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    async stop() {
      await stopProcess(child);
      removeScratchDir(workdir);
    },
  };
}
