/**
 * The project installed by the operator's path from the README, command for command, on the running test
 * cluster (test/cluster) with this file's own Keycloak and Harbor (support/project-install.ts). Every pod
 * of the release runs: the chart's own images rebuilt from their pins (scripts/tools/chart-images.sh)
 * and the notebook image, all pulled by the node's containerd from Harbor's private project with the
 * cluster stack's pull Secret; the hub's health answers through the proxy.
 *
 * Then people use it: each logs in through Keycloak's real login form (plain HTTP, as a browser does) at
 * a Gateway's place in front of the release (support/platform-stand-ins.ts), the hub exchanges the code
 * with Keycloak through an in-cluster Service (keycloak.backchannelUrl, as on Thinkube), and a user's
 * server starts from the pushed image, on a home the provisioner made, and answers through the proxy;
 * a GPU user's GPU server starts on the GPU node with its device. Uninstall and reinstall, then the
 * faults, run with the user's server running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALUES_HASH_ANNOTATION } from '../../constructs/names.js';
import { GPU, GPU_NODE, nodeImage } from '../cluster/layout.js';
import { configWith } from '../support/synth.js';
import { eventually, holdGpus, RESTRICTED_CONTAINER, type RunningCluster, runningCluster } from './support/cluster.js';
import { type HubSession, serverStatus } from './support/hub-session.js';
import { CookieJar } from './support/oidc-login.js';
import { installProject, type ProjectInstall } from './support/project-install.js';

const NS = 'thinkube-install-e2e';
/** The install's roles: the default config's (project-install sets none of its own). */
const ROLES = configWith('').roles;

interface HomeClaim {
  spec: { storageClassName: string; volumeName: string; resources: { requests: { storage: string } } };
  status: { phase: string };
}
/** exposure.httpRoute.gatewayNamespace: the only namespace whose pods the proxy takes traffic from. */
const GATEWAY_NS = 'thinkube-install-e2e-gateway';

let cluster: RunningCluster;
let installed: ProjectInstall;
/** Where the host reaches the hub: the gateway stand-in's Service. */
let hubUrl: string;

interface Pod {
  metadata: { name: string; uid: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: {
    nodeName?: string;
    imagePullSecrets?: { name: string }[];
    containers: {
      name: string;
      image: string;
      securityContext?: { readOnlyRootFilesystem?: boolean };
      resources?: { limits?: Record<string, string> };
    }[];
    initContainers?: { name: string; image: string }[];
  };
  status: {
    phase?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: { name: string; ready: boolean; restartCount: number; imageID: string }[];
  };
}

function pods(): Pod[] {
  return cluster.getJson<{ items: Pod[] }>('pods', '-n', NS).items;
}

const ready = (pod: Pod) => pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

function podOf(component: string): Pod {
  const found = pods().filter((pod) => pod.metadata.labels?.component === component);
  if (found.length !== 1) throw new Error(`expected one ${component} pod, found ${found.length}\n${describePods()}`);
  return found[0] as Pod;
}

/** One value of the chart's `hub` Secret, which the cluster stack fills with the hub's keys. */
function hubSecretKey(key: string): string {
  const secret = cluster.getJson<{ data: Record<string, string> }>('secret', '-n', NS, 'hub');
  return Buffer.from(secret.data[key] ?? '', 'base64').toString('utf8');
}

/** A route of configurable-http-proxy: the hub marks its own (`hub: true`); the proxy's default target has none. */
interface ProxyRoute {
  target?: string;
  hub?: boolean;
}

/** GET `path` through the proxy's Service from the client pod in the Gateway's namespace (busybox wget). */
function throughProxy(path: string) {
  const { clusterIP } = cluster.getJson<{ spec: { clusterIP: string } }>('service', '-n', NS, 'proxy-public').spec;
  return cluster.kubectlAsync(
    // `timeout`, not wget's own -T: this busybox's wget crashes (SIGSEGV) when given -T.
    ['exec', '-n', GATEWAY_NS, 'client', '--', 'timeout', '5', 'wget', '-q', '-O', '-', `http://${clusterIP}${path}`],
    { allowFailure: true },
  );
}

/**
 * The proxy's routes as the hub's pod sees them, asked with `token` (the proxy's API answers only the
 * hub, by its NetworkPolicy): the status and, when 200, the routes; status 0 when nothing answered.
 */
async function proxyRoutesOnce(token: string): Promise<{ status: number; routes: Record<string, ProxyRoute> }> {
  const script = [
    'import json, sys, urllib.request, urllib.error',
    "req = urllib.request.Request('http://proxy-api:8001/api/routes', headers={'Authorization': 'token ' + sys.stdin.read()})",
    'try:',
    '    print(json.dumps({"status": 200, "routes": json.load(urllib.request.urlopen(req, timeout=5))}))',
    'except urllib.error.HTTPError as e:',
    '    print(json.dumps({"status": e.code, "routes": {}}))',
    // Not an answer yet (a new proxy pod whose Service endpoint kube-proxy has not written): status 0.
    'except OSError:',
    '    print(json.dumps({"status": 0, "routes": {}}))',
  ].join('\n');
  const hub = podOf('hub');
  const run = await cluster.kubectlAsync(
    ['exec', '-i', '-n', NS, hub.metadata.name, '-c', 'hub', '--', 'python3', '-c', script],
    { input: token, allowFailure: true },
  );
  // exec itself may fail for a moment (kubelet restarted by another file's fault test): no answer either.
  return run.status === 0
    ? (JSON.parse(run.stdout) as { status: number; routes: Record<string, ProxyRoute> })
    : { status: 0, routes: {} };
}

/** The proxy's first answer (see proxyRoutesOnce), waited for. */
function proxyRoutes(token: string): Promise<{ status: number; routes: Record<string, ProxyRoute> }> {
  return eventually(
    "the proxy's API answering the hub",
    async () => {
      const answer = await proxyRoutesOnce(token);
      return answer.status === 0 ? undefined : answer;
    },
    describePods,
    120_000,
  );
}

function describePods(): string {
  const listed = cluster.kubectl(['get', 'pods,pvc', '-n', NS, '-o', 'wide'], { allowFailure: true }).stdout;
  const events = cluster.kubectl(['get', 'events', '-n', NS, '--sort-by=.lastTimestamp'], { allowFailure: true });
  return `${listed}\n${events.stdout.split('\n').slice(-40).join('\n')}\n${installed?.transcript.join('\n') ?? ''}`;
}

beforeAll(async () => {
  cluster = runningCluster();
  installed = await installProject(cluster, {
    namespace: NS,
    // Not the pipeline test's: the chart names its cluster-wide objects after the release.
    release: 'install-e2e',
    gatewayNamespace: GATEWAY_NS,
    keycloakNamespace: 'thinkube-install-e2e-keycloak',
  });
  hubUrl = installed.gateway.url;
  // A client where the Gateway's pods would be.
  cluster.apply([
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'client', namespace: GATEWAY_NS },
      spec: {
        terminationGracePeriodSeconds: 1,
        containers: [
          {
            name: 'client',
            image: nodeImage('busybox'),
            command: ['sleep', '3600'],
            securityContext: RESTRICTED_CONTAINER,
          },
        ],
      },
    },
  ]);
}, 1_500_000);

afterAll(async () => {
  if (cluster && installed) await installed.remove(cluster);
}, 600_000);

/** The pods of `component`, Ready and new since `before` (its pod's UID), and the release healthy again. */
async function replacedAndReady(component: string, before: string): Promise<Pod> {
  return eventually(
    `a new ${component} pod Ready`,
    () => {
      const found = pods().filter((pod) => pod.metadata.labels?.component === component);
      const pod = found[0];
      return found.length === 1 && pod && pod.metadata.uid !== before && ready(pod) ? pod : undefined;
    },
    describePods,
    300_000,
  );
}

const uidOf = (pod: Pod) => pod.metadata.uid;

describe('the operator path on the running cluster', () => {
  it('starts every pod of the release, each Ready without a restart', async () => {
    const running = await eventually(
      'the hub, the proxy, the user schedulers and the image puller Ready',
      () => {
        const all = pods();
        const components = new Set(all.filter(ready).map((pod) => pod.metadata.labels?.component));
        const wanted = ['hub', 'proxy', 'user-scheduler', 'continuous-image-puller'];
        return wanted.every((c) => components.has(c)) && all.every(ready) ? all : undefined;
      },
      describePods,
      900_000,
    );
    for (const pod of running) {
      for (const status of pod.status.containerStatuses ?? []) {
        expect(status.restartCount, `${pod.metadata.name}/${status.name} restarted`).toBe(0);
      }
    }
  }, 960_000);

  it("pulls every image from Harbor's private project with the cluster stack's pull Secret", async () => {
    for (const pod of pods()) {
      expect(pod.spec.imagePullSecrets, pod.metadata.name).toEqual([{ name: 'harbor-pull-secret' }]);
      for (const container of [...pod.spec.containers, ...(pod.spec.initContainers ?? [])]) {
        expect(
          container.image.startsWith(`${installed.harbor.host}/${installed.project}/`),
          `${pod.metadata.name}: ${container.image}`,
        ).toBe(true);
      }
    }
    // The project is private: without the Secret's robot nothing could have been pulled.
    const anonymous = await fetch(
      `${installed.harbor.url}/v2/${installed.project}/quay/jupyterhub/k8s-hub/manifests/4.4.0`,
    );
    expect(anonymous.status).toBe(401);
  });

  it('runs the hub with a read-only root filesystem', () => {
    const hub = pods().find((pod) => pod.metadata.labels?.component === 'hub');
    expect(hub?.spec.containers.find((c) => c.name === 'hub')?.securityContext?.readOnlyRootFilesystem).toBe(true);
  });

  it("answers the hub's health and version through the proxy's Service, to the Gateway's namespace only", async () => {
    await eventually(
      'the hub healthy through the proxy',
      async () => (await throughProxy('/hub/health')).status === 0,
      describePods,
      180_000,
    );
    const api = JSON.parse((await throughProxy('/hub/api')).stdout) as { version: string };
    expect(api.version).toBe('5.5.0');
    // Around the route, from anywhere else (the host here), the proxy gives no answer: its NetworkPolicy
    // refuses the connection (kube-router rejects it) or it times out.
    const service = cluster.getJson<{ spec: { clusterIP: string } }>('service', '-n', NS, 'proxy-public');
    const direct = await fetch(`http://${service.spec.clusterIP}/hub/health`, {
      signal: AbortSignal.timeout(3000),
    }).then(
      (r) => `HTTP ${r.status}`,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.name,
    );
    expect(['ECONNREFUSED', 'EHOSTUNREACH', 'TimeoutError']).toContain(direct);
  }, 240_000);

  it("runs the hub and the proxy on the cluster stack's keys: the proxy's API takes the Secret's token only", async () => {
    const token = hubSecretKey('hub.config.ConfigurableHTTPProxy.auth_token');
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const routes = await proxyRoutes(token);
    expect(routes.status).toBe(200);
    expect(routes.routes['/']).toMatchObject({ hub: true, target: `http://hub:8081` });
    expect((await proxyRoutes('0'.repeat(64))).status).toBe(403);
  }, 120_000);
});

/** bob's session and an API token of his (for his server's own API), made by the first session test. */
let bob: HubSession;
let bobToken: string;

interface HubUserModel {
  name: string;
  admin: boolean;
  servers?: Record<string, { ready: boolean; pending: string | null }>;
}

async function hubUser(session: HubSession): Promise<HubUserModel> {
  const response = await session.api('GET', `/users/${session.username}`);
  if (response.status !== 200) throw new Error(`GET /users/${session.username}: ${response.status}`);
  return (await response.json()) as HubUserModel;
}

/** The person's default server ready, as the hub reports it once the server answers it. */
function serverReady(session: HubSession, timeoutMs = 600_000): Promise<HubUserModel> {
  return eventually(
    `${session.username}'s server ready`,
    async () => {
      // No answer yet is no verdict: a hub pod just replaced, whose Service endpoint is not yet written.
      const model = await hubUser(session).catch(() => undefined);
      return model?.servers?.['']?.ready ? model : undefined;
    },
    describePods,
    timeoutMs,
  );
}

/** bob's server's own API (jupyter-server's status), through the gateway, the proxy and his route. */
const bobServerStatus = () => serverStatus(hubUrl, 'bob', bobToken);

/** bob's server's pod. */
const bobPod = () => cluster.getJson<Pod>('pod', '-n', NS, 'jupyter-bob');

/** bob's server started (his role's profile) and ready, and a new token of his for its API. */
async function startBobServer(): Promise<void> {
  const started = await bob.api('POST', '/users/bob/server', { profile: 'cpu-small' });
  expect([201, 202], await started.text()).toContain(started.status);
  await serverReady(bob);
  bobToken = await bob.newToken('install e2e');
}

/** bob's server stopped and started again (his session and profile); resolves when it is ready. */
async function restartBobServer(): Promise<Response> {
  const stopped = await bob.api('DELETE', '/users/bob/server');
  expect([202, 204]).toContain(stopped.status);
  await eventually(
    "bob's server stopped",
    async () => Object.keys((await hubUser(bob)).servers ?? {}).length === 0,
    describePods,
    180_000,
  );
  return bob.api('POST', '/users/bob/server', { profile: 'cpu-small' });
}

describe("people's sessions on the running release", () => {
  it('npm run verify passes: the hub from outside through the gateway, the release inside the cluster', async () => {
    await installed.gateway.hubAnswering();
    const output = await installed.npmRun(
      'verify',
      'cli/verify.ts',
      [
        '--config',
        installed.terraform.configFile,
        '--dist',
        installed.dist,
        '--hub-url',
        hubUrl,
        '--keycloak-url',
        installed.keycloak.url,
        '--registry-url',
        installed.harbor.url,
        '--kubeconfig',
        cluster.kubeconfig,
      ],
      installed.pullRobot,
    );
    for (const line of [
      `pass hub health: ${hubUrl}/hub/health 200`,
      'pass hub version: JupyterHub 5.5.0',
      'pass login goes to keycloak with PKCE: ',
      'pass release running: hub 1/1, proxy 1/1, user-scheduler 2/2 Ready, no restarts',
    ]) {
      expect(output).toContain(line);
    }
    expect(output).toMatch(/verify: \d+ checks passed/);
  }, 300_000);

  it('each role logs in through Keycloak (the hub exchanging the code in the cluster) and is offered its profiles', async () => {
    const offered = async (session: HubSession) => {
      const form = await session.request('/hub/spawn');
      expect(form.status).toBe(200);
      return [...(await form.text()).matchAll(/name="profile"[^>]*value="([^"]+)"/g)].map((m) => m[1]);
    };
    const ada = await installed.logIn(installed.users.admin);
    const gus = await installed.logIn(installed.users.gpuUser);
    bob = await installed.logIn(installed.users.user);
    expect((await hubUser(ada)).admin).toBe(true);
    expect((await hubUser(bob)).admin).toBe(false);
    expect(await offered(ada)).toEqual(['cpu-small', 'cpu-large', 'gpu']);
    expect(await offered(gus)).toEqual(['cpu-small', 'cpu-large', 'gpu']);
    expect(await offered(bob)).toEqual(['cpu-small']);
    // A profile beyond the role: refused by the policy, nothing started.
    const refused = await bob.api('POST', '/users/bob/server', { profile: 'gpu' });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("profile 'gpu' is not available to role user");
  }, 180_000);

  it("starts bob's server from the pushed image on a home the provisioner bound; it answers through the proxy", async () => {
    await startBobServer();
    expect(await bobServerStatus()).toBe(200);

    const server = bobPod();
    expect(ready(server)).toBe(true);
    expect(server.spec.imagePullSecrets).toEqual([{ name: 'harbor-pull-secret' }]);
    expect(
      server.spec.containers[0]?.image.startsWith(`${installed.harbor.host}/${installed.project}/jupyter-notebook:`),
    ).toBe(true);
    const claim = cluster.getJson<HomeClaim>('pvc', '-n', NS, 'claim-bob');
    expect(claim.status.phase).toBe('Bound');
    expect(claim.spec.storageClassName).toBe(`${NS}-home`);
    expect(claim.spec.resources.requests.storage).toBe(ROLES.user.limits.homeStorage);
    const volume = cluster.getJson<{ spec: { persistentVolumeReclaimPolicy: string } }>('pv', claim.spec.volumeName);
    expect(volume.spec.persistentVolumeReclaimPolicy).toBe('Retain');
  }, 720_000);

  it("starts a GPU user's GPU server on the node with GPUs, given its device, answering through the proxy", async () => {
    // The node's GPUs are shared with gpu.e2e, which counts them whole: held while this server runs.
    const releaseGpus = await holdGpus('install.e2e: a GPU server');
    const gus = await installed.logIn(installed.users.gpuUser);
    try {
      const started = await gus.api('POST', `/users/${gus.username}/server`, { profile: 'gpu' });
      expect([201, 202], await started.text()).toContain(started.status);
      await serverReady(gus);
      const server = cluster.getJson<Pod>('pod', '-n', NS, `jupyter-${gus.username}`);
      // The scheduler's choice: of the two nodes, the one that has the resource and the GPU label.
      expect(server.spec.nodeName).toBe(GPU_NODE.name);
      expect(server.spec.containers[0]?.resources?.limits?.[GPU.resource]).toBe('1');
      // The device plugin's allocation reaches the server's container (as NVIDIA's names the devices).
      const devices = await eventually(
        "the GPU server's devices",
        async () => {
          const env = await cluster.kubectlAsync(
            ['exec', '-n', NS, server.metadata.name, '-c', 'notebook', '--', 'printenv', 'NVIDIA_VISIBLE_DEVICES'],
            { allowFailure: true },
          );
          return env.status === 0 ? env.stdout.trim() : undefined;
        },
        describePods,
        120_000,
      );
      expect(devices).toMatch(/^fake-gpu-\d+$/);
      // The GPU user's home is made at the GPU role's size (20Gi by default), not the user role's.
      const home = cluster.getJson<HomeClaim>('pvc', '-n', NS, `claim-${gus.username}`);
      expect(home.spec.resources.requests.storage).toBe(ROLES.gpuUser.limits.homeStorage);
      expect(ROLES.gpuUser.limits.homeStorage).not.toBe(ROLES.user.limits.homeStorage);
      expect(await serverStatus(hubUrl, gus.username, await gus.newToken('install e2e, GPU server'))).toBe(200);
    } finally {
      await gus.api('DELETE', `/users/${gus.username}/server`);
      await cluster.deleted(['-n', NS, 'pod', `jupyter-${gus.username}`], 300_000);
      releaseGpus();
    }
  }, 1_500_000);
});

describe('npm run rollback with a server running', () => {
  const hub = () =>
    cluster.getJson<{ spec: { template: { metadata: { annotations: Record<string, string> } } } }>(
      'deployment',
      '-n',
      NS,
      'hub',
    );
  const valuesHash = () => hub().spec.template.metadata.annotations[VALUES_HASH_ANNOTATION];
  /** The one hub pod, made from the values `hash` (its own annotation, not only the Deployment's), Ready. */
  const hubRunning = (hash: string | undefined) =>
    eventually(
      `the hub running the values ${hash}`,
      () => {
        const found = pods().filter((pod) => pod.metadata.labels?.component === 'hub');
        const [pod] = found;
        if (found.length !== 1 || !pod) return undefined;
        return pod.metadata.annotations?.[VALUES_HASH_ANNOTATION] === hash && ready(pod) ? pod : undefined;
      },
      describePods,
      300_000,
    );

  it("puts the previous commit's hub back; bob's server runs on and the new hub takes it back", async () => {
    // The install's own repository, dist/ committed, as the README keeps it.
    const { git } = installed;
    git('init', '-q');
    git('add', 'config.yaml', 'dist/k8s');
    git('commit', '-q', '-m', 'install');
    const before = { hash: valuesHash(), server: uidOf(bobPod()) };

    // A change by the README's path: the config, synth, apply, commit.
    await installed.describeFirstProfileAnew('(described anew)');
    await installed.applyManifestsAndClusterStack();
    git('commit', '-q', '-a', '-m', 'a profile described anew');
    const changed = valuesHash();
    expect(changed).not.toBe(before.hash);
    const changedHub = await hubRunning(changed);

    const output = await installed.rollback(cluster, 'HEAD~1');
    expect(output).toContain(`rolled back to the manifests of ${git('rev-parse', '--short', 'HEAD~1').trim()}`);
    expect(uidOf(await hubRunning(before.hash))).not.toBe(uidOf(changedHub));
    // The server was never touched: the same pod, answering through the proxy; the new hub has it.
    expect(uidOf(bobPod())).toBe(before.server);
    expect((await serverReady(bob, 180_000)).name).toBe('bob');
    expect(await bobServerStatus()).toBe(200);
  }, 900_000);
});

describe('uninstall and reinstall with a server running', () => {
  it("keeps bob's files through npm run uninstall --yes, and gives him the same home after a reinstall", async () => {
    const file = `${hubUrl}/user/bob/api/contents/kept.txt`;
    const text = `written by bob before the uninstall, ${new Date().toISOString()}`;
    const write = await fetch(file, {
      method: 'PUT',
      headers: { authorization: `token ${bobToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'file', format: 'text', content: text }),
    });
    expect(write.status, await write.text()).toBe(201);
    const claimUid = () => cluster.getJson<{ metadata: { uid: string } }>('pvc', '-n', NS, 'claim-bob').metadata.uid;
    const before = claimUid();

    await installed.uninstall(cluster);
    // The running server, the hub and the proxy are gone; the home stays, the same claim.
    await eventually('the server and the release gone', () => pods().length === 0, describePods, 300_000);
    expect(cluster.kubectl(['get', 'deployment', '-n', NS, 'hub'], { allowFailure: true }).stderr).toContain(
      'NotFound',
    );
    expect(claimUid()).toBe(before);

    // The README's path again; the operator puts people back into the groups the identity stack made anew.
    await installed.reinstall();
    bob = await installed.logIn(installed.users.user);
    await startBobServer();
    const read = await fetch(`${file}?content=1&format=text&type=file`, {
      headers: { authorization: `token ${bobToken}` },
    });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { content: string }).content).toBe(text);
    expect(claimUid()).toBe(before);
  }, 1_500_000);
});

describe('faults on the running release', () => {
  it('the hub pod deleted: a new one starts on the same database and keys, behind the same proxy', async () => {
    const before = {
      pod: uidOf(podOf('hub')),
      proxy: uidOf(podOf('proxy')),
      server: uidOf(bobPod()),
    };
    const database = cluster.getJson<{ metadata: { uid: string } }>('pvc', '-n', NS, 'hub-db-dir').metadata.uid;
    const keys = ['hub.config.JupyterHub.cookie_secret', 'hub.config.CryptKeeper.keys'].map(hubSecretKey);
    await cluster.kubectlAsync(['delete', 'pod', '-n', NS, '-l', 'component=hub', '--wait=false']);
    const hub = await replacedAndReady('hub', before.pod);
    expect(hub.status.containerStatuses?.every((c) => c.restartCount === 0)).toBe(true);
    expect(cluster.getJson<{ metadata: { uid: string } }>('pvc', '-n', NS, 'hub-db-dir').metadata.uid).toBe(database);
    // The keys that sign cookies and encrypt auth state are the cluster stack's, untouched by a restart:
    // a session cookie from before is still valid for the new pod.
    expect(['hub.config.JupyterHub.cookie_secret', 'hub.config.CryptKeeper.keys'].map(hubSecretKey)).toEqual(keys);
    expect(uidOf(podOf('proxy'))).toBe(before.proxy);
    const routes = await proxyRoutes(hubSecretKey('hub.config.ConfigurableHTTPProxy.auth_token'));
    expect(routes.routes['/']?.hub).toBe(true);
    // bob's server ran on, the new hub took it back, and his session from before still holds.
    expect(uidOf(bobPod())).toBe(before.server);
    expect((await serverReady(bob, 180_000)).name).toBe('bob');
    expect(await bobServerStatus()).toBe(200);
  }, 420_000);

  it('the proxy pod deleted: a new one starts, and the hub puts its routes back into it', async () => {
    const before = uidOf(podOf('proxy'));
    await cluster.kubectlAsync(['delete', 'pod', '-n', NS, '-l', 'component=proxy', '--wait=false']);
    await replacedAndReady('proxy', before);
    const token = hubSecretKey('hub.config.ConfigurableHTTPProxy.auth_token');
    // A new proxy knows only its default target; the hub checks the proxy's routes every minute (the
    // chart's last_activity_interval) and puts its own back.
    await eventually(
      "the hub's route in the new proxy",
      async () => (await proxyRoutes(token)).routes['/']?.hub === true,
      describePods,
      180_000,
    );
    const health = await throughProxy('/hub/health');
    expect(health.status, health.stderr).toBe(0);
    // bob's route too: his server answers through the new proxy.
    await eventually("bob's server through the new proxy", async () => (await bobServerStatus()) === 200, describePods);
  }, 540_000);

  it('Harbor stopped: the hub pod deleted still comes back, from the image already on the node', async () => {
    await installed.harbor.stop();
    const down = await fetch(`${installed.harbor.url}/api/v2.0/ping`).then(
      (r) => r.status,
      (error: Error) => error.name,
    );
    expect(down).toBe('TypeError'); // connection refused
    const before = uidOf(podOf('hub'));
    await cluster.kubectlAsync(['delete', 'pod', '-n', NS, '-l', 'component=hub', '--wait=false']);
    const hub = await replacedAndReady('hub', before);
    expect(hub.status.containerStatuses?.[0]?.restartCount).toBe(0);
    // Ready is not yet reachable: the proxy reaches the new pod once its Service endpoint is written
    // (a request before that is the proxy's 503). The hub answering, with bob's server taken back:
    await serverReady(bob, 300_000);
    // A user's server starts too: its image is on the node since its first start.
    const started = await restartBobServer();
    expect([201, 202], await started.text()).toContain(started.status);
    await serverReady(bob, 300_000);
    expect(await bobServerStatus()).toBe(200);
  }, 900_000);

  it('Keycloak stopped: running servers work on, a login gets a page saying why, a spawn a 503, the hub serves on', async () => {
    await Promise.all([installed.keycloak.stop(), installed.keycloakInCluster.stop()]);
    expect(await bobServerStatus()).toBe(200);
    expect((await hubUser(bob)).servers?.['']?.ready).toBe(true);
    // A new login: the hub's redirect needs no Keycloak; its callback does, and says so.
    const login = await fetch(`${hubUrl}/hub/oauth_login`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const stateCookie = new CookieJar();
    stateCookie.keep(login);
    const state = new URL(login.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const callback = await fetch(`${hubUrl}/hub/oauth_callback?code=any&state=${encodeURIComponent(state)}`, {
      headers: { cookie: stateCookie.header() },
      redirect: 'manual',
    });
    expect(callback.status).toBe(503);
    expect(await callback.text()).toContain('the identity provider (Keycloak) cannot be reached');
    // A spawn re-reads the person's roles first: without Keycloak, a 503 naming it, and nothing started.
    const started = await restartBobServer();
    expect(started.status).toBe(503);
    expect(await started.text()).toContain('the identity provider (Keycloak) cannot be reached');
    expect((await fetch(`${hubUrl}/hub/health`)).status).toBe(200);
    expect(podOf('hub').status.containerStatuses?.[0]?.restartCount).toBe(0);
  }, 420_000);
});
