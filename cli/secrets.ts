/**
 * npm run secrets -- apply: creates the Secrets the chart values refer to, in the hub namespace, with
 * kubectl and server-side apply. A bootstrap for as long as the Terraform cluster stack cannot run
 * (its providers cannot be had on this project's machines; see the README).
 *
 *   KEYCLOAK_CLIENT_SECRET=...          the hub client's secret, from Keycloak
 *   HARBOR_PULL_USERNAME / _PASSWORD    the pull robot, for the image pull secret
 *   npm run secrets -- apply [--config my.yaml] [--kubeconfig FILE] [--context NAME]
 *
 * The three hub secrets the chart would otherwise generate on every render (proxy token, cookie secret,
 * CryptKeeper keys) are generated here once, written into the chart's `hub` Secret under their own
 * field manager, and never rotated: a key that is already there is left alone. No value is printed.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load.js';
import {
  HUB_SECRET,
  HUB_SECRET_FIELD_MANAGER,
  IMAGE_PULL_SECRET,
  OIDC_CLIENT_SECRET,
  PART_OF_LABELS,
} from '../config/names.js';

class UsageError extends Error {}

interface SecretManifest {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: { name: string; namespace: string; labels?: Record<string, string> };
  type?: string;
  /** base64 values: with `data` (not stringData) server-side apply records each key as owned by us. */
  data: Record<string, string>;
}

function encoded(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
}

/** The OIDC client secret, as the hub's OAUTH_CLIENT_SECRET reads it. */
export function oidcClientSecret(namespace: string, clientSecret: string): SecretManifest {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: OIDC_CLIENT_SECRET.name, namespace, labels: { ...PART_OF_LABELS } },
    type: 'Opaque',
    data: encoded({ [OIDC_CLIENT_SECRET.key]: clientSecret }),
  };
}

/** A `kubernetes.io/dockerconfigjson` pull secret for the Harbor pull robot. */
export function imagePullSecret(
  namespace: string,
  registry: string,
  username: string,
  password: string,
): SecretManifest {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: IMAGE_PULL_SECRET.name, namespace, labels: { ...PART_OF_LABELS } },
    type: 'kubernetes.io/dockerconfigjson',
    data: encoded({ '.dockerconfigjson': JSON.stringify({ auths: { [registry]: { username, password, auth } } }) }),
  };
}

/**
 * The generated hub keys that `existingKeys` lacks, fresh from the OS random source (32 bytes, hex:
 * what the chart itself generates for each). Keys already present are not in the result.
 */
export function missingHubKeys(namespace: string, existingKeys: readonly string[]): SecretManifest | undefined {
  const missing = HUB_SECRET.generatedKeys.filter((key) => !existingKeys.includes(key));
  if (missing.length === 0) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: HUB_SECRET.name, namespace },
    data: encoded(Object.fromEntries(missing.map((key) => [key, randomBytes(32).toString('hex')]))),
  };
}

function kubectl(args: string[], input?: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.env.KUBECTL ?? 'kubectl', args, { input, encoding: 'utf8' });
  if (result.error)
    throw new UsageError(
      `cannot run kubectl (${(result.error as NodeJS.ErrnoException).code}); install it or set KUBECTL`,
    );
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

function applyServerSide(manifest: SecretManifest, globalArgs: string[], fieldManager: string): void {
  const run = kubectl(
    [...globalArgs, 'apply', '--server-side', `--field-manager=${fieldManager}`, '--force-conflicts', '-f', '-'],
    JSON.stringify(manifest),
  );
  if (run.status !== 0)
    throw new UsageError(`kubectl apply of Secret ${manifest.metadata.name} failed: ${run.stderr.trim()}`);
  console.log(
    `applied Secret ${manifest.metadata.namespace}/${manifest.metadata.name} (${Object.keys(manifest.data).join(', ')})`,
  );
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { config: { type: 'string' }, kubeconfig: { type: 'string' }, context: { type: 'string' } },
  });
  if (positionals[0] !== 'apply')
    throw new UsageError(`usage: npm run secrets -- apply [--config FILE] (got "${positionals[0] ?? ''}")`);
  const config = loadConfig(values.config);
  const ns = config.namespace.name;
  const globalArgs = [
    ...(values.kubeconfig ? ['--kubeconfig', values.kubeconfig] : []),
    ...(values.context ? ['--context', values.context] : []),
  ];

  const clientSecret = process.env.KEYCLOAK_CLIENT_SECRET;
  if (clientSecret) applyServerSide(oidcClientSecret(ns, clientSecret), globalArgs, HUB_SECRET_FIELD_MANAGER);
  else console.log(`skipped Secret ${OIDC_CLIENT_SECRET.name}: KEYCLOAK_CLIENT_SECRET is not set`);

  const pullUser = process.env.HARBOR_PULL_USERNAME;
  const pullPassword = process.env.HARBOR_PULL_PASSWORD;
  if (pullUser && pullPassword) {
    applyServerSide(
      imagePullSecret(ns, config.harbor.registry, pullUser, pullPassword),
      globalArgs,
      HUB_SECRET_FIELD_MANAGER,
    );
  } else {
    console.log(`skipped Secret ${IMAGE_PULL_SECRET.name}: HARBOR_PULL_USERNAME / HARBOR_PULL_PASSWORD are not set`);
  }

  // The chart's `hub` Secret must exist (apply dist/k8s first): its other keys stay the chart's.
  const live = kubectl([...globalArgs, '-n', ns, 'get', 'secret', HUB_SECRET.name, '-o', 'json']);
  if (live.status !== 0) {
    throw new UsageError(
      `Secret ${ns}/${HUB_SECRET.name} is not there yet: apply dist/k8s (the chart) first, then run this again`,
    );
  }
  const existing = Object.keys((JSON.parse(live.stdout) as { data?: Record<string, string> }).data ?? {});
  const missing = missingHubKeys(ns, existing);
  if (missing) applyServerSide(missing, globalArgs, HUB_SECRET_FIELD_MANAGER);
  else console.log(`Secret ${ns}/${HUB_SECRET.name} already holds its generated keys: left unchanged`);
}

// Run only as a command, so tests can import the manifest builders.
if (process.argv[1]?.endsWith('secrets.ts')) {
  try {
    main();
  } catch (error) {
    console.error(`secrets: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
