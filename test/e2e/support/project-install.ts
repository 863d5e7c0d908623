/**
 * The project installed on the running test cluster by the operator's path from the README, command for
 * command, against its own Keycloak 26.7.3 and Harbor v2.15.2: synth (helm delivery of the real chart
 * 4.4.0, or argocd delivery with Argo CD beside the cluster), `cdktf deploy identity registry`,
 * `npm run image -- build/push` with the push robot, `kubectl apply --server-side ... -f dist/k8s` (in
 * argocd mode then `npm run wait-for-sync`), `cdktf deploy cluster`. install.e2e and argocd.e2e check
 * it; `npm run bench:spawn` measures it.
 *
 * What the platform has before the project is made first: the realm, the private image project holding
 * the chart's images (as its proxy-cache projects would: support/chart-images.ts), the Gateway API CRDs,
 * Keycloak's in-cluster Service and a Gateway's place (support/platform-stand-ins.ts). Nothing in the
 * config is test-only except the addresses, the home StorageClass's provisioner (the cluster's
 * local-path) and the small notebook image.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { hubOrigin, hubUrls } from '../../../constructs/identity/oidc-rules.js';
import { REAL_CHART } from '../../support/real-chart.js';
import { configWith, configYamlWith, HELM_BIN, REPO_ROOT } from '../../support/synth.js';
import { type ChartImagesInHarbor, chartImagesInHarbor } from './chart-images.js';
import { holdLock, profilesForTestNodes, type RunningCluster, removeInstall } from './cluster.js';
import { type HarborServer, startHarbor } from './harbor-server.js';
import { type HubSession, logInToHub } from './hub-session.js';
import { type KeycloakServer, startKeycloak } from './keycloak-server.js';
import { KUBECTL } from './kube-apiserver.js';
import {
  type GatewayStandIn,
  gatewayWithHttpRoutes,
  type InClusterKeycloak,
  inClusterKeycloak,
} from './platform-stand-ins.js';
import {
  DEFAULT_CPU_IMAGE,
  DEFAULT_IMAGE_BUILD_LOCK,
  defaultImagesOnTestBase,
  ensureTestBase,
  PODMAN_FLAGS,
  smallImageSpec,
} from './podman.js';
import { createTerraformProject, type TerraformProject, terraformEnv } from './terraform-cli.js';
import { addPeople, grantHubAccess, type TestRealm, type TestUser, testUsers } from './test-realm.js';

const REALM = 'thinkube';
const PROJECT = 'thinkube';
const FIELD_MANAGER = 'thinkube-jupyterhub';

export interface ProjectInstallOptions {
  readonly namespace: string;
  /**
   * chart.releaseName: the chart names its cluster-wide objects (the user scheduler's ClusterRole and
   * binding) after the release, so two installs on one cluster need two names.
   */
  readonly release: string;
  /** exposure.httpRoute.gatewayNamespace: the only namespace whose pods the proxy takes traffic from. */
  readonly gatewayNamespace: string;
  /** Where Keycloak's in-cluster Service is (Thinkube's Keycloak runs in the cluster). */
  readonly keycloakNamespace: string;
  /**
   * The users' image: `small` (a minimal server, quick to build and pull) or `default`, the default
   * config's CPU image itself (JupyterLab, the PyData stack, the lab extensions) on its release's test
   * base, for tests of what a user does in it.
   * @default 'small'
   */
  readonly notebookImage?: 'small' | 'default';
  /** culling: the idle culler's timeout and period, where a test waits for it. @default - the config's */
  readonly culling?: { readonly timeoutSeconds: number; readonly everySeconds: number };
  /**
   * delivery.mode: `helm` (the chart rendered at synth), or `argocd`, the default mode, with Argo CD on
   * the test cluster fetching the chart from `chartRepository` (chart.repository; support/chart-repository.ts).
   * @default { mode: 'helm' }
   */
  readonly delivery?: { readonly mode: 'helm' } | { readonly mode: 'argocd'; readonly chartRepository: string };
}

export interface ProjectInstall {
  readonly keycloak: KeycloakServer;
  readonly keycloakInCluster: InClusterKeycloak;
  readonly harbor: HarborServer;
  readonly project: string;
  readonly chartImages: ChartImagesInHarbor;
  readonly terraform: TerraformProject;
  readonly dist: string;
  readonly gateway: GatewayStandIn;
  /** The people, put into the hub's groups as an operator would after the identity stack. */
  readonly users: TestRealm['users'];
  /** The provider logins and addresses every cdktf command of the path runs with. */
  readonly stackEnv: NodeJS.ProcessEnv;
  /** The pull robot's login (HARBOR_PULL_USERNAME/_PASSWORD), from the registry stack's outputs. */
  pullRobot: Record<string, string>;
  /**
   * argocd mode: the hub Secret's data (base64) as Argo CD's first sync made it, before the cluster stack
   * wrote its keys.
   */
  hubSecretAtFirstSync?: Record<string, string>;
  /** Output of each operator command, for failure messages. */
  readonly transcript: string[];
  /** A command of the operator's path, without blocking the caller; throws with its output unless it exits 0. */
  run(what: string, command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string>;
  /** `npm run <script> -- args`, through the bundled runner as package.json does. */
  npmRun(script: string, entry: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string>;
  /** `cdktf deploy identity registry`; returns the push robot's login and keeps the pull robot's. */
  deployIdentityAndRegistry(): Promise<Record<string, string>>;
  /** `kubectl apply --server-side ... -f dist/k8s` (in argocd mode: and the wait for Argo CD's sync). */
  applyManifests(): Promise<void>;
  /** applyManifests, then `cdktf deploy cluster`. */
  applyManifestsAndClusterStack(): Promise<void>;
  /** The operator's part in Keycloak after the identity stack (again after a reinstall). */
  grantHubAccess(): Promise<void>;
  /** git in the install's folder (config.yaml and dist/), as the operator who keeps it in a repository. */
  git(...args: string[]): string;
  /** A change by the README's path, up to synth: the first profile's description gets `suffix` appended. */
  describeFirstProfileAnew(suffix: string): Promise<void>;
  /** `npm run rollback -- <ref>` of the install's repository. Returns its output. */
  rollback(cluster: RunningCluster, ref: string): Promise<string>;
  /** `npm run uninstall -- --yes`: the release, the stacks' objects; users' homes kept. Returns its output. */
  uninstall(cluster: RunningCluster): Promise<string>;
  /**
   * The README's path again after an uninstall (the image is in Harbor already): the stacks, the
   * operator putting people back into the groups the identity stack made anew, the manifests; then
   * waits for the hub to answer through the gateway.
   */
  reinstall(): Promise<void>;
  /** A person's session with the hub through the gateway stand-in. */
  logIn(user: TestUser): Promise<HubSession>;
  /** Removes the install from the cluster and stops the servers. */
  remove(cluster: RunningCluster): Promise<void>;
}

export async function installProject(cluster: RunningCluster, options: ProjectInstallOptions): Promise<ProjectInstall> {
  const notebookImage = options.notebookImage ?? 'small';
  const delivery = options.delivery ?? { mode: 'helm' };
  ensureTestBase(notebookImage === 'default' ? 'trixie' : 'bookworm');
  const transcript: string[] = [];
  const run: ProjectInstall['run'] = (what, command, args, env = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env } });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('error', reject);
      child.on('close', (status) => {
        transcript.push(`$ ${what} (exit ${status})\n${output.slice(-3000)}`);
        if (status === 0) resolve(output);
        else reject(new Error(`${what} exited ${status}:\n${output.slice(-4000)}`));
      });
    });
  const npmRun: ProjectInstall['npmRun'] = (script, entry, args, env = {}) =>
    run(
      `npm run ${script} -- ${args.join(' ')}`,
      process.execPath,
      [join(REPO_ROOT, 'scripts', 'run-bundled.mjs'), entry, ...args],
      env,
    );

  const [keycloak, harbor] = await Promise.all([startKeycloak(), startHarbor()]);
  const keycloakInCluster = await inClusterKeycloak(cluster, {
    namespace: options.keycloakNamespace,
    port: Number(new URL(keycloak.url).port),
  });
  // What the platform has before this project.
  await keycloak.admin('POST', '', { realm: REALM, enabled: true });
  await harbor.api('POST', '/projects', { project_name: PROJECT, metadata: { public: 'false' } });
  const chartImages = await chartImagesInHarbor(harbor, PROJECT);
  // A Gateway's place (no Gateway controller here), ready before the release it will front.
  const gateway = await gatewayWithHttpRoutes(cluster, {
    namespace: options.gatewayNamespace,
    releaseNamespace: options.namespace,
    proxyImage: chartImages.proxyImage,
    harbor,
  });

  const terraform = createTerraformProject(
    configYamlWith(
      stringify({
        namespace: { name: options.namespace },
        keycloak: {
          url: keycloak.url,
          backchannelUrl: keycloakInCluster.url,
          networkEgress: { cidrs: [keycloakInCluster.egress.cidr], ports: [keycloakInCluster.egress.port] },
        },
        harbor: { registry: harbor.host, project: PROJECT },
        chart: {
          releaseName: options.release,
          images: chartImages.config,
          ...(delivery.mode === 'argocd' ? { repository: delivery.chartRepository } : {}),
        },
        exposure: { httpRoute: { gatewayNamespace: options.gatewayNamespace } },
        delivery:
          delivery.mode === 'argocd'
            ? { mode: 'argocd' }
            : { mode: 'helm', helm: { chartRef: REAL_CHART, executable: HELM_BIN } },
        storage: { home: { storageClassName: `${options.namespace}-home`, provisioner: 'rancher.io/local-path' } },
        images: usersImages(notebookImage),
        // No CUDA base can be had here (README): GPU profiles run the same image.
        notebookImage: { default: DEFAULT_CPU_IMAGE, gpu: DEFAULT_CPU_IMAGE },
        profiles: profilesForTestNodes(),
        ...(options.culling ? { culling: options.culling } : {}),
      }),
    ),
  );
  const dist = join(terraform.dir, 'dist');
  const stackEnv = {
    ...keycloak.providerEnv,
    ...harbor.providerEnv,
    TF_VAR_keycloak_url: keycloak.url,
    TF_VAR_harbor_url: harbor.url,
    KUBE_CONFIG_PATH: cluster.kubeconfig,
  };
  const defaults = configWith('');
  const users = testUsers(defaults);
  const people = [users.admin, users.user, users.gpuUser];
  const publicCallback = hubUrls(hubOrigin(defaults.hostname)).oauthCallback;

  const installed: ProjectInstall = {
    keycloak,
    keycloakInCluster,
    harbor,
    project: PROJECT,
    chartImages,
    terraform,
    dist,
    gateway,
    users,
    stackEnv,
    pullRobot: {},
    transcript,
    run,
    npmRun,
    async deployIdentityAndRegistry() {
      await terraform.cdktf(['deploy', 'identity', 'registry', '--auto-approve', '--skip-provider-lock'], stackEnv);
      const output = async (name: string) =>
        (await terraform.tofu('registry', ['output', '-raw', name], stackEnv)).stdout;
      installed.pullRobot = {
        HARBOR_PULL_USERNAME: await output('pull_robot_name'),
        HARBOR_PULL_PASSWORD: await output('pull_robot_secret'),
      };
      return {
        HARBOR_PUSH_USERNAME: await output('push_robot_name'),
        HARBOR_PUSH_PASSWORD: await output('push_robot_secret'),
      };
    },
    async applyManifests() {
      await run('kubectl apply --server-side -f dist/k8s', KUBECTL, [
        '--kubeconfig',
        cluster.kubeconfig,
        'apply',
        '--server-side',
        `--field-manager=${FIELD_MANAGER}`,
        '-f',
        join(dist, 'k8s'),
      ]);
      if (delivery.mode === 'argocd') {
        // The README's argocd path: the cluster stack writes into the chart's hub Secret, which Argo CD
        // makes at its first sync.
        await npmRun(
          'wait-for-sync',
          'cli/wait-for-sync.ts',
          ['--config', terraform.configFile, '--kubeconfig', cluster.kubeconfig, '--timeout', '600'],
          { KUBECTL },
        );
        installed.hubSecretAtFirstSync ??= cluster.getJson<{ data: Record<string, string> }>(
          'secret',
          '-n',
          options.namespace,
          'hub',
        ).data;
      }
    },
    async applyManifestsAndClusterStack() {
      await installed.applyManifests();
      await terraform.cdktf(
        ['deploy', 'cluster', '--auto-approve', '--skip-provider-lock', '--ignore-missing-stack-dependencies'],
        stackEnv,
      );
    },
    grantHubAccess: () => grantHubAccess(keycloak, defaults, people),
    git: (...args) =>
      execFileSync(
        'git',
        ['-C', terraform.dir, '-c', 'user.name=Operator', '-c', 'user.email=operator@example.org', ...args],
        { encoding: 'utf8' },
      ),
    async describeFirstProfileAnew(suffix) {
      const config = parse(readFileSync(terraform.configFile, 'utf8')) as { profiles: { description: string }[] };
      const first = config.profiles[0] as { description: string };
      first.description = `${first.description} ${suffix}`;
      writeFileSync(terraform.configFile, stringify(config));
      await npmRun('synth', 'main.ts', ['--config', terraform.configFile, '--out', dist]);
    },
    rollback: (cluster, ref) =>
      npmRun('rollback', 'cli/rollback.ts', [ref, '--repo', terraform.dir, '--kubeconfig', cluster.kubeconfig], {
        KUBECTL,
      }),
    uninstall: (cluster) =>
      npmRun(
        'uninstall',
        'cli/uninstall.ts',
        ['--config', terraform.configFile, '--dist', dist, '--kubeconfig', cluster.kubeconfig, '--yes'],
        { ...terraformEnv(stackEnv), THINKUBE_CONFIG: terraform.configFile, KUBECTL },
      ),
    async reinstall() {
      await installed.deployIdentityAndRegistry();
      await installed.grantHubAccess();
      await installed.applyManifestsAndClusterStack();
      await gateway.hubAnswering(900_000);
    },
    logIn: (user) => logInToHub(gateway.url, publicCallback, user),
    async remove(cluster) {
      await removeInstall(cluster, {
        namespace: options.namespace,
        release: options.release,
        homeStorageClass: `${options.namespace}-home`,
        extraNamespaces: [options.gatewayNamespace, options.keycloakNamespace],
      });
      await chartImages.stop();
      await keycloakInCluster.stop();
      await Promise.all([keycloak.stop(), harbor.stop()]);
    },
  };

  try {
    await operatorPath(installed, people, notebookImage);
  } catch (error) {
    // The caller never gets the install to remove: remove it here, then say what failed.
    await installed.remove(cluster).catch(() => undefined);
    throw error;
  }
  return installed;
}

/** The users' image in the install's config (images[]), named DEFAULT_CPU_IMAGE either way. */
function usersImages(kind: 'small' | 'default'): readonly object[] {
  if (kind === 'default') return defaultImagesOnTestBase('trixie').filter((image) => image.name === DEFAULT_CPU_IMAGE);
  // The small test image with what a user server needs (the config refuses an image without them).
  return [{ ...smallImageSpec(DEFAULT_CPU_IMAGE), pythonPackages: { jupyterhub: '5.5.0', jupyterlab: '4.6.6' } }];
}

/** The README's operator path, from synth to the cluster stack. */
async function operatorPath(installed: ProjectInstall, people: TestUser[], image: 'small' | 'default'): Promise<void> {
  const { npmRun, terraform, dist, keycloak, harbor } = installed;
  // The README's path, in its order.
  await npmRun('synth', 'main.ts', ['--config', terraform.configFile, '--out', dist]);
  const pushRobot = await installed.deployIdentityAndRegistry();
  await addPeople(keycloak, configWith(''), people);
  const imageCommand = (command: string) =>
    npmRun(
      'image',
      'cli/image.ts',
      [command, '--dist', dist, '--registry', harbor.host, '--tls-verify=false', ...PODMAN_FLAGS],
      pushRobot,
    );
  const release =
    image === 'default' ? await holdLock(DEFAULT_IMAGE_BUILD_LOCK, 'an install of the default image') : undefined;
  await imageCommand('build').finally(() => release?.());
  await imageCommand('push');
  await installed.applyManifestsAndClusterStack();
  writeFileSync(join(terraform.dir, 'transcript.log'), installed.transcript.join('\n'));
}
