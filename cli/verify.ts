/**
 * npm run verify: post-deploy checks of a running install. Changes nothing.
 *
 *   npm run verify [-- --config my.yaml] [--hub-url URL] [--keycloak-url URL] [--kubeconfig FILE]
 *
 * Each check prints pass, FAIL or n/a with what was seen or why it does not apply (never a silent pass):
 *   - the hub answers /hub/health, and its API reports the JupyterHub version of the pinned chart;
 *   - Keycloak's discovery document for the realm names the expected issuer;
 *   - the hub's login sends the browser to that realm's authorize endpoint, for the configured client,
 *     with the exact callback URL and PKCE (S256);
 *   - with the pull robot (HARBOR_PULL_USERNAME / HARBOR_PULL_PASSWORD, e.g. from
 *     `tofu output -raw pull_robot_name` in dist/terraform/stacks/registry), every notebook image tag
 *     the values reference is in Harbor, readable by that robot;
 *   - in the cluster (kubectl; --no-cluster skips): every object of dist/k8s exists, the release's
 *     Deployments have every replica Ready with no restart (waiting up to --wait seconds for a rollout),
 *     the image puller has the notebook image on every node (a warning otherwise), home volumes are
 *     bound under KubeSpawner's claim names, the shared and hub database volumes are bound, GPU nodes
 *     advertise the resource GPU profiles ask for, and the Keycloak client accepts the callback URL of
 *     the host the cluster's route serves (verify/cluster-checks.ts).
 * Exit 0 when nothing failed, 1 otherwise.
 */

import { DEFAULT_DIST } from '../app/dist-layout.js';
import { notebookImages } from '../app/notebook-images.js';
import { loadConfig } from '../config/load.js';
import { hubOrigin, hubUrls, keycloakEndpoints } from '../constructs/identity/oidc-rules.js';
import { HUB_VERSION_OF_CHART } from '../constructs/names.js';
import { command, fetchWithTimeout, run, sleep, UsageError } from './support/command.js';
import { listPlatforms } from './support/image-platforms.js';
import { kubectlWith } from './support/kubectl.js';
import { type Check, check, expectEqual, formatCheck, NotApplicable } from './verify/check.js';
import { clusterChecks } from './verify/cluster-checks.js';

export async function verify(
  hubUrl: string,
  keycloakUrl: string,
  realm: string,
  clientId: string,
  chartVersion: string,
  options: {
    /** The callback the hub must send Keycloak (its configured public one); by default the hub's own URL's. */
    callbackUrl?: string;
    /** How long the hub may take to answer at all (a rollout in progress), in seconds. */
    waitSeconds?: number;
  } = {},
): Promise<Check[]> {
  const endpoints = keycloakEndpoints(keycloakUrl, realm);
  const callbackUrl = options.callbackUrl ?? hubUrls(hubUrl).oauthCallback;
  return [
    await check('hub health', async () => {
      const r = await hubHealth(hubUrl, (options.waitSeconds ?? 0) * 1000);
      expectEqual('GET /hub/health status', r.status, 200);
      return `${hubUrl}/hub/health 200`;
    }),
    await check('hub version', async () => {
      const r = await fetchWithTimeout(`${hubUrl}/hub/api`);
      const { version } = (await r.json()) as { version: string };
      expectEqual(`JupyterHub version (chart ${chartVersion})`, version, HUB_VERSION_OF_CHART[chartVersion] ?? version);
      return `JupyterHub ${version}`;
    }),
    await check('keycloak realm', async () => {
      const r = await fetchWithTimeout(`${endpoints.issuer}/.well-known/openid-configuration`);
      expectEqual('discovery status', r.status, 200);
      const { issuer } = (await r.json()) as { issuer: string };
      expectEqual('issuer', issuer, endpoints.issuer);
      return `issuer ${issuer}`;
    }),
    await check('login goes to keycloak with PKCE', async () => {
      const r = await fetchWithTimeout(`${hubUrl}/hub/oauth_login`, { redirect: 'manual' });
      expectEqual('GET /hub/oauth_login status', r.status, 302);
      const location = new URL(r.headers.get('location') ?? '');
      expectEqual('authorize endpoint', `${location.origin}${location.pathname}`, endpoints.authorize);
      expectEqual('client_id', location.searchParams.get('client_id'), clientId);
      expectEqual('redirect_uri', location.searchParams.get('redirect_uri'), callbackUrl);
      expectEqual('code_challenge_method', location.searchParams.get('code_challenge_method'), 'S256');
      return `${endpoints.authorize}?client_id=${clientId}&code_challenge_method=S256`;
    }),
  ];
}

/** The hub's health, asked again every 2 s for up to `waitMs` while it does not answer 200. */
async function hubHealth(hubUrl: string, waitMs: number): Promise<Response> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const answer = await fetchWithTimeout(`${hubUrl}/hub/health`).catch((error: Error) => error);
    if ((answer instanceof Response && answer.status === 200) || Date.now() >= deadline) {
      if (answer instanceof Error) throw answer;
      return answer;
    }
    await sleep(2000);
  }
}

/** The manifest media types a container runtime accepts, so Harbor answers for any image kind. */
const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/**
 * Each image reference (`<registry host>/<project>/<name>`, tag) is in the registry and readable with
 * `credentials`: a manifest HEAD through the registry API, as a node pulling it would start.
 */
export async function verifyImages(
  registryUrl: string,
  images: readonly { readonly repository: string; readonly tag: string; readonly platforms?: readonly string[] }[],
  credentials: { readonly username: string; readonly password: string },
): Promise<Check[]> {
  const authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const checks: Check[] = [];
  for (const image of images) {
    const path = image.repository.split('/').slice(1).join('/');
    checks.push(
      await check(`image ${path}:${image.tag}`, async () => {
        const r = await fetchWithTimeout(`${registryUrl}/v2/${path}/manifests/${image.tag}`, {
          headers: { authorization, accept: MANIFEST_TYPES },
        });
        if (r.status === 401 || r.status === 403) {
          throw new Error(`the pull robot ${credentials.username} may not read it (HTTP ${r.status})`);
        }
        expectEqual(`manifest of ${path}:${image.tag} (HTTP status)`, r.status, 200);
        const body = await r.text();
        const seen =
          `${registryUrl}/v2/${path}/manifests/${image.tag} ${r.headers.get('docker-content-digest') ?? ''}`.trim();
        if (!image.platforms) return seen;
        // Every platform images[].platforms names, in the manifest list the tag points at.
        const platforms = listPlatforms(body) ?? [await imagePlatform(registryUrl, path, body, authorization)];
        const missing = image.platforms.filter((p) => !platforms.includes(p));
        if (missing.length > 0) {
          throw new Error(
            `${path}:${image.tag} has ${platforms.join(', ')}, not ${missing.join(', ')} (images[].platforms): push it again with npm run image -- rebuild --force`,
          );
        }
        return `${seen} (${platforms.join(', ')})`;
      }),
    );
  }
  return checks;
}

/** The platform of a single-image manifest, from its config blob. */
async function imagePlatform(
  registryUrl: string,
  path: string,
  manifest: string,
  authorization: string,
): Promise<string> {
  const digest = (JSON.parse(manifest) as { config?: { digest?: string } }).config?.digest;
  if (!digest) throw new Error(`${path}: the manifest names no config`);
  const r = await fetchWithTimeout(`${registryUrl}/v2/${path}/blobs/${digest}`, { headers: { authorization } });
  expectEqual(`config of ${path} (HTTP status)`, r.status, 200);
  const config = (await r.json()) as { os?: string; architecture?: string };
  return `${config.os}/${config.architecture}`;
}

interface VerifyOptions {
  config?: string;
  hubUrl?: string;
  keycloakUrl?: string;
  registryUrl?: string;
  kubeconfig?: string;
  context?: string;
  cluster: boolean;
  dist: string;
  wait: string;
}

/** An http(s) URL without a trailing slash, or a usage error naming the option (not "fetch failed"). */
function httpUrlOption(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `${option}: "${value}" is not a URL; give an http(s) URL such as https://notebooks.example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${option}: "${value}" is a ${url.protocol} URL; give an http(s) URL`);
  }
  return value.replace(/\/$/, '');
}

async function main(values: VerifyOptions): Promise<number> {
  const config = loadConfig(values.config);
  const hubUrl = httpUrlOption('--hub-url', values.hubUrl ?? hubOrigin(config.hostname));
  const keycloakUrl = httpUrlOption('--keycloak-url', values.keycloakUrl ?? config.keycloak.url);
  const waitSeconds = Number(values.wait);
  if (!Number.isInteger(waitSeconds) || waitSeconds < 0 || waitSeconds > 3600) {
    throw new UsageError(`--wait: "${values.wait}" is not a number of seconds from 0 to 3600`);
  }
  console.log(`verify: ${hubUrl}, Keycloak ${keycloakUrl}${values.cluster ? ', and the cluster' : ''} ...`);
  const checks = await verify(
    hubUrl,
    keycloakUrl,
    config.keycloak.realm,
    config.keycloak.clientId,
    config.chart.version,
    // Whichever address the hub is reached at (--hub-url), it must send people back to its public host.
    { callbackUrl: hubUrls(hubOrigin(config.hostname)).oauthCallback, waitSeconds },
  );
  const pull = { username: process.env.HARBOR_PULL_USERNAME ?? '', password: process.env.HARBOR_PULL_PASSWORD ?? '' };
  if (pull.username && pull.password) {
    const registryUrl = (values.registryUrl ?? `https://${config.harbor.registry}`).replace(/\/$/, '');
    const referenced = new Map<string, { repository: string; tag: string; platforms: readonly string[] }>();
    for (const name of [config.notebookImage.default, config.notebookImage.gpu ?? config.notebookImage.default]) {
      const image = notebookImages(config).get(name);
      if (image) referenced.set(image.reference, image);
    }
    checks.push(...(await verifyImages(registryUrl, [...referenced.values()], pull)));
  } else {
    checks.push(
      await check('images', () => {
        throw new NotApplicable('set HARBOR_PULL_USERNAME and HARBOR_PULL_PASSWORD (the pull robot) to check them');
      }),
    );
  }
  if (values.cluster) {
    checks.push(...(await clusterChecks(config, values.dist, kubectlWith(values), keycloakUrl, { waitSeconds })));
  } else {
    checks.push(
      await check('cluster', () => {
        throw new NotApplicable('--no-cluster given: manifests, volumes, GPU nodes and the route were not checked');
      }),
    );
  }
  for (const c of checks) console.log(formatCheck(c));
  const count = (status: Check['status']) => checks.filter((c) => c.status === status).length;
  const failed = count('fail');
  console.log(
    failed === 0
      ? `verify: ${count('pass')} checks passed, ${count('warn')} warnings, ${count('n/a')} not applicable`
      : `verify: ${failed} of ${checks.length} checks failed`,
  );
  return failed === 0 ? 0 : 1;
}

export const verifyCommand = command(
  'verify',
  'Post-deploy checks of the running hub, from the outside. Changes nothing.',
)
  .option('--config <file>', 'the install configuration (default: the embedded one)')
  .option('--hub-url <url>', 'the hub (default: https://<hostname>)')
  .option('--keycloak-url <url>', 'Keycloak (default: keycloak.url)')
  .option('--registry-url <url>', "Harbor's registry endpoint (default: https://<harbor.registry>)")
  .option('--kubeconfig <file>', "kubeconfig for the cluster checks (default: kubectl's own)")
  .option('--context <name>', 'kubeconfig context for the cluster checks')
  .option('--no-cluster', 'skip the checks inside the cluster (they are reported as not applicable)')
  .option('--dist <dir>', 'the synthesized output whose dist/k8s must be applied', DEFAULT_DIST)
  .option(
    '--wait <seconds>',
    "how long to wait for the hub to answer and the release's pods to be Ready (a rollout in progress)",
    '120',
  )
  .action(async (options: VerifyOptions) => {
    process.exitCode = await main(options);
  });

if (process.argv[1]?.endsWith('verify.ts')) await run('verify', verifyCommand);
