/**
 * The two hubs the spawn and load benchmarks compare, side by side on the running test cluster
 * (test/cluster) with the same notebook image:
 *
 * - the project: installed by the README's path (test/e2e/support/project-install.ts): Keycloak login,
 *   the access policy (roles re-read from Keycloak before each spawn, GPU node lookups), its
 *   NetworkPolicies, its profile for the role (cpu-small);
 * - chart 4.4.0 with its default values (DummyAuthenticator, no policy), changed only where this cluster
 *   needs it: image names (Harbor) and a pull Secret, a StorageClass for homes and the hub database,
 *   proxy-public as a ClusterIP Service (no load balancer here), the iptables metadata block and the
 *   install-time image-puller hook off (their network-tools and image-awaiter images are not built here).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { notebookImages } from '../../app/notebook-images.js';
import { loadConfig } from '../../config/load.js';
import type { ChartImage } from '../../constructs/jupyterhub/chart-image-rules.js';
import { chartImage } from '../../constructs/jupyterhub/chart-images.js';
import { logIn } from '../../test/e2e/support/browser.js';
import { type RunningCluster, removeInstall } from '../../test/e2e/support/cluster.js';
import { type HubSession, logInWithPassword } from '../../test/e2e/support/hub-session.js';
import { gatewayStandIn } from '../../test/e2e/support/platform-stand-ins.js';
import { installProject, type ProjectInstall } from '../../test/e2e/support/project-install.js';
import { addPeople, type TestUser } from '../../test/e2e/support/test-realm.js';
import { REAL_CHART } from '../../test/support/real-chart.js';
import { configWith, HELM_BIN } from '../../test/support/synth.js';

export interface Hub {
  readonly label: string;
  readonly url: string;
  /** The hub's public HTTPS address, and the gateway's address a browser maps its host name to. */
  readonly publicUrl: string;
  readonly address: string;
  readonly namespace: string;
  /** A session of `name`, one of the people the hubs were installed for (installTwoHubs). */
  logIn(name: string): Promise<HubSession>;
  /** `name`'s login in the browser, from the hub's login page. */
  logInInBrowser(page: Page, name: string): Promise<void>;
  /** A spawn request's body (the profile, where the hub has profiles). */
  readonly options: object;
}

export interface TwoHubs {
  /** The project first, then the chart with its defaults. */
  readonly hubs: readonly [Hub, Hub];
  readonly project: ProjectInstall;
  /** Removes both installs (the homes with them). */
  remove(): Promise<void>;
}

export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = (s.length - 1) * q;
  const low = Math.floor(at);
  return (s[low] as number) + ((s[Math.ceil(at)] as number) - (s[low] as number)) * (at - low);
};
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/**
 * Installs both hubs in namespaces named after `prefix`, with `people` (the project's plain users, in
 * its Keycloak realm; the chart's DummyAuthenticator takes any name), and waits until both answer.
 */
export async function installTwoHubs(
  cluster: RunningCluster,
  prefix: string,
  people: readonly string[],
): Promise<TwoHubs> {
  const projectNs = `${prefix}-project`;
  const chartNs = `${prefix}-chart`;
  const chartStorageClass = `${prefix}-chart-local`;
  const project = await installProject(cluster, {
    namespace: projectNs,
    release: projectNs,
    gatewayNamespace: `${projectNs}-gateway`,
    keycloakNamespace: `${projectNs}-keycloak`,
  });
  const remove = async () => {
    await project.remove(cluster);
    await removeInstall(cluster, {
      namespace: chartNs,
      release: chartNs,
      homeStorageClass: chartStorageClass,
      extraNamespaces: [`${chartNs}-gateway`],
    });
  };
  try {
    const mine = await projectHub(project, projectNs, people);
    const chart = await installChartDefaults(cluster, project, chartNs, chartStorageClass);
    return { hubs: [mine, chart], project, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

async function projectHub(project: ProjectInstall, namespace: string, names: readonly string[]): Promise<Hub> {
  const defaults = configWith('');
  const people = new Map<string, TestUser>(
    names.map((username) => [
      username,
      {
        username,
        password: randomBytes(12).toString('base64url'),
        groups: [defaults.roles.user.group],
        clientRoles: [],
      },
    ]),
  );
  await addPeople(project.keycloak, defaults, [...people.values()]);
  await project.gateway.hubAnswering(900_000);
  const person = (name: string) => {
    const found = people.get(name);
    if (!found) throw new Error(`${name} is not one of the people the project's realm was given`);
    return found;
  };
  return {
    label: 'the project (Keycloak, access policy, NetworkPolicies)',
    url: project.gateway.url,
    publicUrl: project.gateway.publicUrl,
    address: project.gateway.address,
    namespace,
    logIn: (name) => project.logIn(person(name)),
    async logInInBrowser(page, name) {
      await logIn(page, project.gateway.publicUrl, person(name));
    },
    options: { profile: 'cpu-small' },
  };
}

/** Chart 4.4.0 with its default values, but for what this cluster needs (see the header). */
async function installChartDefaults(
  cluster: RunningCluster,
  project: ProjectInstall,
  namespace: string,
  storageClass: string,
): Promise<Hub> {
  const config = loadConfig(project.terraform.configFile);
  const notebook = notebookImages(config).get(config.notebookImage.default);
  if (!notebook) throw new Error('the project config names no notebook image');
  const image = (name: ChartImage) => {
    const found = chartImage({ ...project.chartImages.config, pullWithSecret: false }, name).image;
    if (!found) throw new Error(`no mirror for the chart's ${name} image`);
    return { name: found.name, tag: found.tag };
  };
  cluster.apply([
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: storageClass },
      provisioner: 'rancher.io/local-path',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
    },
  ]);
  const chartValues = {
    imagePullSecret: {
      create: true,
      registry: project.harbor.host,
      username: project.harbor.admin.username,
      password: project.harbor.admin.password,
    },
    hub: { image: image('hub'), db: { pvc: { storageClassName: storageClass } } },
    proxy: { chp: { image: image('proxy') }, service: { type: 'ClusterIP' } },
    scheduling: {
      userScheduler: { image: image('userScheduler') },
      userPlaceholder: { image: image('userPlaceholder') },
    },
    prePuller: { hook: { enabled: false }, pause: { image: image('prePullerPause') } },
    singleuser: {
      image: { name: notebook.repository, tag: notebook.tag },
      storage: { dynamic: { storageClass } },
      cloudMetadata: { blockWithIptables: false },
    },
  };
  // The values hold Harbor's admin password: a file of this process's own, removed at once.
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-bench-chart-'));
  try {
    writeFileSync(join(dir, 'values.json'), JSON.stringify(chartValues), { mode: 0o600 });
    await project.run('helm install (chart defaults)', HELM_BIN, [
      'upgrade',
      '--install',
      namespace,
      REAL_CHART,
      '--namespace',
      namespace,
      '--create-namespace',
      '--kubeconfig',
      cluster.kubeconfig,
      '-f',
      join(dir, 'values.json'),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const gateway = await gatewayStandIn(cluster, {
    namespace: `${namespace}-gateway`,
    releaseNamespace: namespace,
    image: project.chartImages.proxyImage,
    pull: { registry: project.harbor.host, ...project.harbor.admin },
    publicHostname: configWith('').hostname,
  });
  await gateway.hubAnswering(900_000);
  return {
    label: 'chart 4.4.0, default values',
    url: gateway.url,
    publicUrl: gateway.publicUrl,
    address: gateway.address,
    namespace,
    logIn: (name) => logInWithPassword(gateway.url, { username: name, password: 'any' }),
    async logInInBrowser(page, name) {
      await page.goto(`${gateway.publicUrl}/hub/login`);
      await page.fill('#username_input', name);
      await page.fill('#password_input', 'any');
      await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login')), page.click('#login_submit')]);
    },
    options: {},
  };
}
