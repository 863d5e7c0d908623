/**
 * Post-deploy checks inside the cluster (through kubectl) and of what Keycloak accepts for the route
 * the cluster serves: the committed manifests are applied (in argocd mode Argo CD synced them), the release's pods run (every replica Ready,
 * no restart), the notebook image is on every node, the volumes that hold user data are bound
 * under the names KubeSpawner gives them, GPU nodes carry the resource GPU profiles ask for, every node's
 * architecture is among the platforms of the images its servers may run, and the
 * Keycloak client accepts the callback URL of the route's host.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distLayout } from '../../app/dist-layout.js';
import { notebookImages } from '../../app/notebook-images.js';
import type { ThinkubeConfig } from '../../config/load.js';
import { hubOrigin, hubUrls, keycloakEndpoints } from '../../constructs/identity/oidc-rules.js';
import { platformOfArchitecture } from '../../constructs/image/image-rules.js';
import { HUB_ROUTE_NAME } from '../../constructs/names.js';
import { applicationState, describeState } from '../support/argocd-application.js';
import { fetchWithTimeout, sleep } from '../support/command.js';
import type { Kubectl } from '../support/kubectl.js';
import { type Check, check, NotApplicable, Warning } from './check.js';

function getJson<T>(kubectl: Kubectl, args: readonly string[]): T {
  const result = kubectl(['get', ...args, '-o', 'json']);
  if (result.status !== 0) throw new Error(`kubectl get ${args.join(' ')}: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout) as T;
}

interface Pvc {
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { storageClassName?: string };
  status?: { phase?: string };
}

/** KubeSpawner's label on a user's home volume claim, and the user it carries. */
const HOME_VOLUME_SELECTOR = 'component=singleuser-storage';
const USERNAME_LABEL = 'hub.jupyter.org/username';

export async function clusterChecks(
  config: ThinkubeConfig,
  distDir: string,
  kubectl: Kubectl,
  keycloakUrl = config.keycloak.url,
  options: { waitSeconds?: number } = {},
): Promise<Check[]> {
  const ns = config.namespace.name;
  return [
    await check('manifests applied', () => {
      const folder = distLayout(distDir).k8s;
      const files = readdirSync(folder)
        .filter((f) => f.endsWith('.yaml'))
        .sort();
      if (files.length === 0) throw new Error(`no manifests in ${folder}`);
      let count = 0;
      const missing: string[] = [];
      for (const file of files) {
        const result = kubectl(['get', '-f', join(folder, file), '-o', 'name']);
        count += result.stdout.split('\n').filter(Boolean).length;
        if (result.status !== 0) missing.push(`${file}: ${result.stderr.trim().split('\n').join('; ')}`);
      }
      if (missing.length > 0) throw new Error(missing.join(' | '));
      return `${count} objects of ${files.length} files in ${folder} exist in the cluster`;
    }),
    await check('release running', () => releaseRunning(config, kubectl, options.waitSeconds ?? 0)),
    // After the pods are Ready: Argo CD's health follows them.
    await check('Argo CD synced the applied Application', () => {
      if (config.delivery.mode !== 'argocd') throw new NotApplicable('delivery.mode helm: no Application');
      const state = applicationState(config, kubectl);
      if (!state.syncedCurrent || state.conditions.length > 0) throw new Error(describeState(state));
      if (state.health !== 'Healthy') throw new Warning(describeState(state));
      return describeState(state);
    }),
    await check('notebook image pulled on every node', () => imagePulledEverywhere(config, kubectl)),
    await check('home volumes bound, named by KubeSpawner', () => {
      const list = getJson<{ items: Pvc[] }>(kubectl, ['pvc', '-n', ns, '-l', HOME_VOLUME_SELECTOR]).items;
      if (list.length === 0) throw new NotApplicable('no home volume yet (no user has started a server)');
      const problems: string[] = [];
      for (const pvc of list) {
        const user = pvc.metadata.labels?.[USERNAME_LABEL] ?? '';
        // KubeSpawner's pvc_name_template: claim-{user_server}, the user's label-safe name (+ --server).
        if (!user || !(pvc.metadata.name === `claim-${user}` || pvc.metadata.name.startsWith(`claim-${user}--`))) {
          problems.push(`${pvc.metadata.name} is not claim-<user> for user label "${user}"`);
        }
        if (pvc.status?.phase !== 'Bound')
          problems.push(`${pvc.metadata.name} is ${pvc.status?.phase ?? 'without status'}`);
        if (pvc.spec.storageClassName !== config.storage.home.storageClassName) {
          problems.push(
            `${pvc.metadata.name} uses StorageClass ${pvc.spec.storageClassName ?? '(none)'}, not ${config.storage.home.storageClassName}`,
          );
        }
      }
      if (problems.length > 0) throw new Error(problems.join('; '));
      return `${list.length} bound: ${list.map((p) => p.metadata.name).join(', ')}`;
    }),
    await check('shared and hub database volumes bound', () => {
      const claims = ['hub-db-dir', ...(config.storage.shared.enabled ? [config.storage.shared.pvcName] : [])];
      const seen = claims.map((name) => {
        const pvc = getJson<Pvc>(kubectl, ['pvc', '-n', ns, name]);
        return `${name} ${pvc.status?.phase ?? 'without status'}`;
      });
      const unbound = seen.filter((s) => !s.endsWith(' Bound'));
      if (unbound.length > 0) throw new Error(unbound.join('; '));
      return seen.join(', ');
    }),
    await check('GPU nodes for the GPU profiles', () => {
      const gpuProfiles = config.profiles.filter((p) => p.gpus > 0).map((p) => p.slug);
      if (!config.gpu.enabled || gpuProfiles.length === 0) throw new NotApplicable('no GPU profile is configured');
      const resource = config.gpu.resourceName;
      const nodes = getJson<{
        items: {
          metadata: { name: string };
          spec?: { unschedulable?: boolean };
          status?: { allocatable?: Record<string, string> };
        }[];
      }>(kubectl, ['nodes']).items;
      const capacity = nodes
        .map((n) => ({
          name: n.metadata.name,
          gpus: Number(n.status?.allocatable?.[resource] ?? 0),
          off: n.spec?.unschedulable,
        }))
        .filter((n) => n.gpus > 0);
      const usable = capacity.filter((n) => !n.off);
      // Not a failure: the hub hides GPU profiles (and says so in the form) until a GPU node is back.
      if (usable.length === 0) {
        throw new Warning(
          `GPU profiles ${gpuProfiles.join(', ')} are configured, but no schedulable node of ${nodes.length} advertises ${resource}` +
            (capacity.length > 0 ? ` (cordoned: ${capacity.map((n) => n.name).join(', ')})` : '') +
            '; the hub hides them until one does',
        );
      }
      return usable.map((n) => `${n.name}: ${resource}=${n.gpus}`).join(', ');
    }),
    await check("every node's architecture in its images' platforms", () => nodeArchitecturesCovered(config, kubectl)),
    await check('Keycloak client accepts the route host', async () => {
      const host = routeHost(config, kubectl);
      if (host !== config.hostname)
        throw new Error(`the route serves ${host}, the hub is configured for ${config.hostname}`);
      const endpoints = keycloakEndpoints(keycloakUrl.replace(/\/$/, ''), config.keycloak.realm);
      return await keycloakAcceptsRedirect(
        endpoints.authorize,
        config.keycloak.clientId,
        hubUrls(hubOrigin(host)).oauthCallback,
      );
    }),
  ];
}

interface ContainerStatus {
  name: string;
  ready: boolean;
  restartCount: number;
  state?: { waiting?: { reason?: string } };
  lastState?: { terminated?: { reason?: string; exitCode?: number } };
}
interface Pod {
  metadata: { name: string; labels?: Record<string, string> };
  status?: { phase?: string; containerStatuses?: ContainerStatus[]; initContainerStatuses?: ContainerStatus[] };
}
interface Workload {
  metadata: { name: string; labels?: Record<string, string> };
  spec: { replicas?: number };
  status?: { readyReplicas?: number; updatedReplicas?: number; desiredNumberScheduled?: number; numberReady?: number };
}

/** Why a container is not running as it should: its waiting reason, or its last termination. */
function containerTrouble(status: ContainerStatus): string | undefined {
  if (status.state?.waiting?.reason) return `${status.name}: ${status.state.waiting.reason}`;
  const last = status.lastState?.terminated;
  if (status.restartCount > 0) {
    return `${status.name}: ${status.restartCount} restart(s)${last ? `, last ${last.reason ?? 'exit'} ${last.exitCode ?? ''}`.trimEnd() : ''}`;
  }
  return undefined;
}

/**
 * The release's Deployments (hub, proxy, user scheduler) rolled out with every replica Ready, and no
 * container of theirs restarted. Waits up to `waitSeconds` for a rollout in progress (a deploy that has
 * just applied): a pod still starting is not yet a failure, one that restarted is.
 */
async function releaseRunning(config: ThinkubeConfig, kubectl: Kubectl, waitSeconds: number): Promise<string> {
  const ns = config.namespace.name;
  const selector = `release=${config.chart.releaseName}`;
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const deployments = getJson<{ items: Workload[] }>(kubectl, ['deployments', '-n', ns, '-l', selector]).items;
    if (deployments.length === 0) throw new Error(`no Deployment of release ${config.chart.releaseName} in ${ns}`);
    const pods = getJson<{ items: Pod[] }>(kubectl, ['pods', '-n', ns, '-l', selector]).items.filter((pod) =>
      deployments.some((d) => d.metadata.labels?.component === pod.metadata.labels?.component),
    );
    const restarted = pods.flatMap((pod) =>
      (pod.status?.containerStatuses ?? [])
        .filter((c) => c.restartCount > 0)
        .map((c) => `${pod.metadata.name} ${containerTrouble(c)}`),
    );
    if (restarted.length > 0) throw new Error(restarted.join('; '));
    const rolledOut = (d: Workload) =>
      (d.status?.readyReplicas ?? 0) === (d.spec.replicas ?? 1) &&
      (d.status?.updatedReplicas ?? 0) === (d.spec.replicas ?? 1);
    const summary = deployments
      .map((d) => `${d.metadata.name} ${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`)
      .sort()
      .join(', ');
    if (deployments.every(rolledOut)) return `${summary} Ready, no restarts`;
    if (Date.now() >= deadline) {
      const waiting = pods.flatMap((pod) =>
        [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]
          .map(containerTrouble)
          .filter((t): t is string => t !== undefined)
          .map((t) => `${pod.metadata.name} ${t}`),
      );
      throw new Error(
        `not all Ready after ${waitSeconds} s: ${summary}${waiting.length > 0 ? ` (${waiting.join('; ')})` : ''}`,
      );
    }
    await sleep(2000);
  }
}

/**
 * The continuous image puller Ready on every node it runs on: the notebook image is there, so a server
 * starts without a pull. A warning, not a failure: servers still start, after pulling (or say why not).
 */
function imagePulledEverywhere(config: ThinkubeConfig, kubectl: Kubectl): string {
  const ns = config.namespace.name;
  const selector = `release=${config.chart.releaseName},component=continuous-image-puller`;
  const [puller] = getJson<{ items: Workload[] }>(kubectl, ['daemonsets', '-n', ns, '-l', selector]).items;
  if (!puller) throw new NotApplicable('the release has no continuous image puller');
  const desired = puller.status?.desiredNumberScheduled ?? 0;
  const ready = puller.status?.numberReady ?? 0;
  if (ready === desired) return `${puller.metadata.name} ${ready}/${desired} nodes`;
  const waiting = getJson<{ items: Pod[] }>(kubectl, ['pods', '-n', ns, '-l', selector]).items.flatMap((pod) =>
    (pod.status?.initContainerStatuses ?? []).map(containerTrouble).filter((t): t is string => t !== undefined),
  );
  throw new Warning(
    `${puller.metadata.name} ${ready}/${desired} nodes Ready${waiting.length > 0 ? ` (${[...new Set(waiting)].join('; ')})` : ''}; servers there pull the image at their start`,
  );
}

/** The host name the cluster's route for the hub answers (HTTPRoute or Ingress, as the config exposes it). */
function routeHost(config: ThinkubeConfig, kubectl: Kubectl): string {
  const ns = config.namespace.name;
  if (config.exposure.mode === 'ingress') {
    const ingress = getJson<{ spec: { rules?: { host?: string }[] } }>(kubectl, ['ingress', '-n', ns, HUB_ROUTE_NAME]);
    const host = ingress.spec.rules?.[0]?.host;
    if (!host) throw new Error(`Ingress ${ns}/jupyterhub has no host`);
    return host;
  }
  const route = getJson<{ spec: { hostnames?: string[] } }>(kubectl, ['httproute', '-n', ns, HUB_ROUTE_NAME]);
  const host = route.spec.hostnames?.[0];
  if (!host) throw new Error(`HTTPRoute ${ns}/jupyterhub has no hostname`);
  return host;
}

/**
 * Asks Keycloak's authorize endpoint to start a login for `clientId` with `redirectUri`, as a browser
 * would: Keycloak shows its login page (200) only for a client it knows and a redirect URI it accepts.
 */
export async function keycloakAcceptsRedirect(
  authorizeUrl: string,
  clientId: string,
  redirectUri: string,
): Promise<string> {
  const url = new URL(authorizeUrl);
  url.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: 'verify',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  }).toString();
  const response = await fetchWithTimeout(url.toString(), { redirect: 'manual' });
  if (response.status === 200) return `${clientId} accepts ${redirectUri}`;
  const body = (await response.text()).replace(/<[^>]+>/g, ' ');
  const reason = /Invalid parameter: redirect_uri|Client not found|Invalid redirect uri/i.exec(body)?.[0];
  throw new Error(
    `Keycloak refuses a login for client ${clientId} returning to ${redirectUri} (HTTP ${response.status}${reason ? `: ${reason}` : ''})`,
  );
}

/**
 * Every schedulable node can start the images its servers may get: the CPU profiles' image on any node,
 * the GPU profiles' image on the nodes that advertise the GPU resource. A node whose architecture an
 * image lacks would fail that server with an exec format error.
 */
function nodeArchitecturesCovered(config: ThinkubeConfig, kubectl: Kubectl): string {
  const images = notebookImages(config);
  const cpuImage = images.get(config.notebookImage.default);
  const gpuImage = images.get(config.notebookImage.gpu ?? config.notebookImage.default);
  if (!cpuImage || !gpuImage) throw new Error('notebookImage names an image that is not in images[]');
  const gpuProfiles = config.gpu.enabled && config.profiles.some((p) => p.gpus > 0);
  const nodes = getJson<{
    items: {
      metadata: { name: string; labels?: Record<string, string> };
      spec?: { unschedulable?: boolean };
      status?: { allocatable?: Record<string, string>; nodeInfo?: { architecture?: string } };
    }[];
  }>(kubectl, ['nodes']).items.filter((node) => !node.spec?.unschedulable);
  if (nodes.length === 0) throw new NotApplicable('no schedulable node');
  const problems: string[] = [];
  const seen: string[] = [];
  for (const node of nodes) {
    const architecture = node.metadata.labels?.['kubernetes.io/arch'] ?? node.status?.nodeInfo?.architecture ?? '?';
    const platform = platformOfArchitecture(architecture);
    const runs = [cpuImage];
    const gpuNode = gpuProfiles && Number(node.status?.allocatable?.[config.gpu.resourceName] ?? 0) > 0;
    if (gpuNode && gpuImage.name !== cpuImage.name) runs.push(gpuImage);
    for (const image of runs) {
      if (!(image.platforms as readonly string[]).includes(platform)) {
        problems.push(
          `${node.metadata.name} is ${platform}, which ${image.name} is not built for (${image.platforms.join(', ')})`,
        );
      }
    }
    seen.push(`${node.metadata.name} ${platform} (${runs.map((i) => i.name).join(', ')})`);
  }
  if (problems.length > 0) throw new Error(`${problems.join('; ')}: add the platform to images[].platforms`);
  return seen.join(', ');
}
