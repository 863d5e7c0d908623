/**
 * A real JupyterHub 5.5.0 (the hub venv from scripts/install-tools.sh) with configurable-http-proxy
 * from npm, running the synthesized hub configuration (test/e2e/local_hub/jupyterhub_config.py).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ThinkubeConfig } from '../../../config/load.js';
import { REPO_ROOT } from '../../support/synth.js';
import { CACHE, freePort, type Server, startProcess, stopProcess, waitForHttp } from './processes.js';

export interface LocalHub extends Server {
  /** Token of a service that may read users, their auth state and servers. */
  readonly observerToken: string;
  api(method: string, path: string, body?: unknown): Promise<Response>;
}

/** The chart values exactly as committed in dist/ (the Argo CD Application's valuesObject). */
export function synthesizedValues(): Record<string, unknown> {
  const text = readFileSync(join(REPO_ROOT, 'dist', 'k8s', '0003-jupyterhub.k8s.yaml'), 'utf8');
  const app = parseAllDocuments(text)
    .map((d) => d.toJS())
    .find((o) => o?.kind === 'Application');
  if (!app)
    throw new Error(
      'dist/k8s/0003-jupyterhub.k8s.yaml holds no Application: synthesize the default (argocd) configuration',
    );
  return app.spec.source.helm.valuesObject;
}

/** Replaces the public URLs of the install with the local ones, in plain and URL-encoded form. */
function pointAt(values: unknown, replacements: [string, string][]): unknown {
  let text = JSON.stringify(values);
  for (const [from, to] of replacements) {
    text = text.replaceAll(from, to).replaceAll(encodeURIComponent(from), encodeURIComponent(to));
  }
  return JSON.parse(text);
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
  const workdir = mkdtempSync(join(tmpdir(), 'thinkube-hub-'));
  const values = pointAt(synthesizedValues(), [
    [config.keycloak.url, opts.keycloakUrl],
    [`https://${config.hostname}`, url],
  ]) as { hub: { extraFiles: Record<string, { mountPath: string; stringData: string }> } };

  // hub.extraFiles: written where the pod would mount them (under the work dir here).
  for (const [name, file] of Object.entries(values.hub.extraFiles ?? {})) {
    const local = join(workdir, 'files', name, file.mountPath.split('/').pop() as string);
    mkdirSync(join(workdir, 'files', name), { recursive: true });
    writeFileSync(local, file.stringData);
    file.mountPath = local;
  }
  const valuesFile = join(workdir, 'values.json');
  writeFileSync(valuesFile, JSON.stringify(values));

  const observerToken = randomBytes(24).toString('hex');
  const child = startProcess(
    'jupyterhub',
    join(venv, 'bin', 'jupyterhub'),
    ['--config', join(REPO_ROOT, 'test', 'e2e', 'local_hub', 'jupyterhub_config.py')],
    {
      PATH: `${join(venv, 'bin')}:${process.env.PATH}`,
      THINKUBE_E2E_VALUES: valuesFile,
      THINKUBE_E2E_WORKDIR: workdir,
      THINKUBE_E2E_HUB_URL: url,
      THINKUBE_E2E_HUB_API_PORT: String(await freePort()),
      THINKUBE_E2E_PROXY_API_PORT: String(await freePort()),
      THINKUBE_E2E_CHP: chp,
      THINKUBE_E2E_SINGLEUSER: join(venv, 'bin', 'jupyterhub-singleuser'),
      THINKUBE_E2E_OBSERVER_TOKEN: observerToken,
      // In the pod these come from Secrets: the OIDC client secret and the CryptKeeper key.
      OAUTH_CLIENT_SECRET: opts.clientSecret,
      JUPYTERHUB_CRYPT_KEY: randomBytes(32).toString('hex'),
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
      rmSync(workdir, { recursive: true, force: true });
    },
  };
}
