/**
 * The default delivery, for real: the operator's path from the README in `delivery.mode: argocd`, on the
 * running test cluster with Argo CD beside it (test/cluster/argocd.ts: the pinned release's application
 * controller and repo server), its own Keycloak and Harbor. Argo CD fetches chart 4.4.0 from a stand-in of
 * its published Helm repository (support/chart-repository.ts) and syncs the project's Application as the
 * project writes it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { HUB_KEYS_HASH_ANNOTATION } from '../../constructs/names.js';
import { ARGOCD } from '../cluster/argocd.js';
import { REAL_CHART } from '../support/real-chart.js';
import { HELM_BIN } from '../support/synth.js';
import { type ChartRepository, chartRepository } from './support/chart-repository.js';
import { eventually, type RunningCluster, runningCluster } from './support/cluster.js';
import { installProject, type ProjectInstall } from './support/project-install.js';

const NS = 'thinkube-argocd-e2e';
const RELEASE = 'argocd-e2e';
/** The three keys the cluster stack owns in the chart's hub Secret (decision 0002). */
const HUB_KEYS = [
  'hub.config.ConfigurableHTTPProxy.auth_token',
  'hub.config.CryptKeeper.keys',
  'hub.config.JupyterHub.cookie_secret',
];

let cluster: RunningCluster;
let repository: ChartRepository;
let installed: ProjectInstall;

interface Application {
  metadata: { annotations?: Record<string, string> };
  spec?: { source?: { helm?: { valuesObject?: unknown } } };
  status?: {
    history?: { id: number; deployedAt?: string }[];
    sync?: { status?: string; revision?: string; comparedTo?: { source?: { repoURL?: string } } };
    conditions?: { type: string; message?: string }[];
    health?: { status?: string };
    operationState?: { phase?: string; message?: string; finishedAt?: string };
    reconciledAt?: string;
    resources?: { group?: string; kind: string; name: string; namespace?: string; status?: string }[];
  };
}

interface Pod {
  metadata: { name: string; uid: string; deletionTimestamp?: string };
  status: { phase?: string; conditions?: { type: string; status: string }[] };
}

const application = () => cluster.getJson<Application>('application', '-n', ARGOCD.namespace, RELEASE);

function describeApplication(): string {
  const status = application().status ?? {};
  const resources = (status.resources ?? [])
    .filter((r) => r.status !== 'Synced')
    .map((r) => `  ${r.kind}/${r.name}: ${r.status}`);
  return [
    `sync ${status.sync?.status}, health ${status.health?.status}, operation ${status.operationState?.phase}: ${status.operationState?.message ?? ''}`,
    ...resources,
    cluster.kubectl(['get', 'pods', '-n', NS, '-o', 'wide'], { allowFailure: true }).stdout,
  ].join('\n');
}

/** The release's pods: every one Running and Ready (the user placeholder has no replicas by default). */
function releasePodsReady(): Pod[] | undefined {
  const pods = cluster.getJson<{ items: Pod[] }>('pods', '-n', NS).items;
  const ready = (pod: Pod) => pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  return pods.length > 0 && pods.every((pod) => pod.status.phase === 'Running' && ready(pod)) ? pods : undefined;
}

/** The chart values the hub runs with, as Argo CD synced them into the chart's hub Secret. */
function hubValues(): string {
  const values = cluster.getJson<{ data: Record<string, string> }>('secret', '-n', NS, 'hub').data['values.yaml'];
  return Buffer.from(values ?? '', 'base64').toString('utf8');
}

function hubKeys(): string[] {
  const secret = cluster.getJson<{ data: Record<string, string> }>('secret', '-n', NS, 'hub');
  return HUB_KEYS.map((key) => secret.data[key] ?? '');
}

/** Asks Argo CD for a refresh (`normal` or `hard`) and waits until the controller has done it. */
async function refresh(kind: 'normal' | 'hard'): Promise<Application> {
  cluster.kubectl([
    'annotate',
    'application',
    '-n',
    ARGOCD.namespace,
    RELEASE,
    '--overwrite',
    `argocd.argoproj.io/refresh=${kind}`,
  ]);
  return eventually(
    `the ${kind} refresh done`,
    async () => {
      // The controller consumes the annotation when it persists the refreshed comparison (Argo CD
      // v3.6.1, persistReconciliationStatus): gone means done. reconciledAt cannot tell: it has second
      // precision, and a refresh in the second of the previous reconcile leaves it as it was.
      const app = application();
      return app.metadata.annotations?.['argocd.argoproj.io/refresh'] ? undefined : app;
    },
    describeApplication,
    120_000,
  );
}

beforeAll(async () => {
  cluster = runningCluster();
  repository = await chartRepository(cluster, RELEASE);
  installed = await installProject(cluster, {
    namespace: NS,
    release: RELEASE,
    gatewayNamespace: `${NS}-gateway`,
    keycloakNamespace: `${NS}-keycloak`,
    delivery: { mode: 'argocd', chartRepository: repository.url },
  });
}, 1_800_000);

afterAll(async () => {
  await installed?.remove(cluster);
  await repository?.stop();
}, 600_000);

describe('delivery.mode argocd on the running cluster', () => {
  it('the Application goes Synced and Healthy, from the chart the repository served, with every pod of the release running', async () => {
    const synced = await eventually(
      'the Application Synced and Healthy',
      async () => {
        const status = application().status;
        return status?.sync?.status === 'Synced' && status.health?.status === 'Healthy' ? status : undefined;
      },
      describeApplication,
      900_000,
      3_000,
    );
    expect(synced.operationState?.phase).toBe('Succeeded');
    expect(synced.sync?.revision).toBe('4.4.0');
    expect(repository.requests).toContain('/index.yaml');
    expect(repository.requests).toContain('/jupyterhub-4.4.0.tgz');
    const pods = await eventually(
      'every pod of the release Ready',
      async () => releasePodsReady(),
      describeApplication,
      600_000,
    );
    expect(pods.map((pod) => pod.metadata.name).join(' ')).toMatch(/hub-.*proxy-|proxy-.*hub-/);
  }, 1_200_000);

  it("the hub and the proxy run on the cluster stack's keys: their pods were rolled onto them, the proxy's API takes the Secret's token", async () => {
    // The keys as the stack wrote them, and the hash each Deployment's pods must carry (decision 0002).
    const keys = hubKeys();
    // Argo CD's first sync made the Secret with the chart's own random keys in it, which the hub and the
    // proxy started on; the stack overwrote every one.
    const atFirstSync = HUB_KEYS.map((key) => installed.hubSecretAtFirstSync?.[key] ?? '');
    for (const [i, key] of atFirstSync.entries()) {
      expect(key, HUB_KEYS[i]).not.toBe('');
      expect(key, HUB_KEYS[i]).not.toBe(keys[i]);
    }
    const [token, crypt, cookie] = keys.map((value) => Buffer.from(value, 'base64').toString('utf8'));
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const expected = {
      hub: sha256([token, crypt, cookie].join(',')),
      proxy: sha256(token as string),
    };
    const running = await eventually(
      'one Ready hub and proxy pod each, started with the hash of the keys they read',
      async () => {
        const pods = cluster.getJson<{
          items: (Pod & {
            metadata: {
              labels?: Record<string, string>;
              annotations?: Record<string, string>;
              deletionTimestamp?: string;
            };
          })[];
        }>('pods', '-n', NS).items;
        const of = (component: 'hub' | 'proxy') => pods.filter((pod) => pod.metadata.labels?.component === component);
        const onKeys = (component: 'hub' | 'proxy') => {
          const found = of(component);
          return (
            found.length === 1 &&
            !found[0]?.metadata.deletionTimestamp &&
            found[0]?.metadata.annotations?.[HUB_KEYS_HASH_ANNOTATION] === expected[component] &&
            found[0]?.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')
          );
        };
        return onKeys('hub') && onKeys('proxy') ? of('hub')[0] : undefined;
      },
      describeApplication,
      600_000,
    );
    // The hub's own view: the proxy's API answers the Secret's token (the proxy runs on it), and holds
    // the hub's route (the hub runs on the same one); a wrong token is refused.
    const routes = (probe: string) =>
      cluster.kubectlAsync(
        [
          'exec',
          '-i',
          '-n',
          NS,
          running.metadata.name,
          '-c',
          'hub',
          '--',
          'python3',
          '-c',
          [
            'import sys, urllib.request, urllib.error',
            "req = urllib.request.Request('http://proxy-api:8001/api/routes', headers={'Authorization': 'token ' + sys.stdin.read()})",
            'try: print(200, urllib.request.urlopen(req, timeout=5).read().decode())',
            'except urllib.error.HTTPError as e: print(e.code)',
          ].join('\n'),
        ],
        { input: probe, allowFailure: true },
      );
    const answer = await eventually(
      "the proxy's API answering the hub with the hub's route",
      async () => {
        const out = (await routes(token as string)).stdout;
        return out.startsWith('200') && /"hub":\s*true/.test(out) ? out : undefined;
      },
      describeApplication,
      120_000,
    );
    expect(answer).toContain('http://hub:8081');
    expect((await routes('0'.repeat(64))).stdout.trim()).toBe('403');
    // Argo CD still sees its Application as the chart renders it: the annotation is the stack's own field.
    expect(application().status?.sync?.status, describeApplication()).toBe('Synced');
  }, 900_000);

  it('Argo CD made exactly the objects npm run render lists for these values', async () => {
    // What reviewers read in dist/rendered: the same chart (the directory the repository packaged).
    const out = join(installed.dist, 'rendered');
    await installed.npmRun('render', 'cli/render.ts', [
      '--config',
      installed.terraform.configFile,
      '--chart',
      REAL_CHART,
      '--out',
      out,
    ]);
    const rendered = parseAllDocuments(readFileSync(join(out, 'jupyterhub.k8s.yaml'), 'utf8'))
      .map((doc) => doc.toJS() as { kind: string; metadata: { name: string } } | null)
      .filter((object): object is { kind: string; metadata: { name: string } } => object !== null)
      .map((object) => `${object.kind}/${object.metadata.name}`)
      .sort();
    const made = (application().status?.resources ?? []).map((r) => `${r.kind}/${r.name}`).sort();
    expect(made).toEqual(rendered);
  }, 300_000);

  it("a normal and a hard refresh stay Synced and change nothing: the stack's keys kept, no pod replaced", async () => {
    const keys = hubKeys();
    const pods = (releasePodsReady() ?? []).map((pod) => pod.metadata.uid).sort();
    for (const kind of ['normal', 'hard'] as const) {
      const app = await refresh(kind);
      expect(app.status?.sync?.status, describeApplication()).toBe('Synced');
      expect(hubKeys()).toEqual(keys);
    }
    expect((releasePodsReady() ?? []).map((pod) => pod.metadata.uid).sort()).toEqual(pods);
  }, 600_000);

  it('a changed value by the README path (config, synth, apply) is synced at once', async () => {
    const { git } = installed;
    // The install's repository, as an operator keeps it (the next test rolls back to this commit).
    git('init', '-q');
    git('add', 'config.yaml', 'dist/k8s');
    git('commit', '-q', '-m', 'install');
    await installed.describeFirstProfileAnew('(described anew)');
    const applied = Date.now();
    await installed.applyManifests();
    await eventually(
      'the new description in the hub values Argo CD synced',
      async () => {
        return hubValues().includes('(described anew)');
      },
      describeApplication,
      120_000,
    );
    const seconds = (Date.now() - applied) / 1000;
    console.log(`argocd.e2e: the changed value reached the hub's Secret ${seconds.toFixed(1)} s after kubectl apply`);
    expect(seconds).toBeLessThan(ARGOCD.reconciliationSeconds);
    // The Application's status follows the operation it ran.
    await eventually(
      'the Application Synced again',
      async () => application().status?.sync?.status === 'Synced',
      describeApplication,
      120_000,
    );
    installed.git('commit', '-q', '-a', '-m', 'a profile described anew');
  }, 900_000);

  it('npm run rollback puts the previous commit back through Argo CD: the Application goes back, Argo CD syncs the old values', async () => {
    const syncs = () => application().status?.history?.length ?? 0;
    const before = syncs();
    const { git } = installed;
    const output = await installed.rollback(cluster, 'HEAD~1');
    expect(output).toContain(`rolled back to the manifests of ${git('rev-parse', '--short', 'HEAD~1').trim()}`);
    // Argo CD's own sync puts the old values in (one more entry in its history), not an apply around it.
    await eventually(
      'the previous values synced by Argo CD',
      async () => !hubValues().includes('(described anew)') && syncs() > before,
      describeApplication,
      120_000,
    );
    expect(JSON.stringify(application().spec?.source?.helm?.valuesObject)).not.toContain('(described anew)');
    await eventually(
      'the Application Synced on the old values',
      async () => application().status?.sync?.status === 'Synced',
      describeApplication,
      120_000,
    );
    // Self-heal has nothing to undo: after a refresh the values are still the previous commit's.
    await refresh('normal');
    expect(hubValues()).not.toContain('(described anew)');
  }, 600_000);

  it('the chart mirrored into Harbor by npm run chart -- mirror: Argo CD reads it with the pull robot, and nothing of the release changes', async () => {
    const { git, harbor, terraform, npmRun } = installed;
    // After the emergency rollback, the everyday way back: the install's repository reverted too.
    git('revert', '--no-edit', 'HEAD');
    // The rollback's rollout over first: every pod Ready, none on its way out.
    const settled = await eventually(
      'every pod of the release Ready, none terminating',
      async () => {
        const ready = releasePodsReady();
        return ready?.every((pod) => !pod.metadata.deletionTimestamp) ? ready : undefined;
      },
      describeApplication,
      300_000,
    );
    const pods = settled.map((pod) => pod.metadata.uid).sort();
    const keys = hubKeys();
    // The README's path to the mirror: the config, synth, the registry stack (Argo CD's credential for
    // the mirror, from the pull robot), the mirror with the push robot, the Application applied.
    const mirror = `${harbor.host}/${installed.project}/charts`;
    const config = parse(readFileSync(terraform.configFile, 'utf8')) as {
      chart: Record<string, unknown>;
      harbor: Record<string, unknown>;
    };
    config.chart.repository = `oci://${mirror}`;
    config.harbor.plainHttp = true;
    writeFileSync(terraform.configFile, stringify(config));
    await npmRun('synth', 'main.ts', ['--config', terraform.configFile, '--out', installed.dist]);
    const pushRobot = await installed.deployIdentityAndRegistry();
    const mirrorCommand = () =>
      npmRun(
        'chart',
        'cli/chart.ts',
        ['mirror', '--config', terraform.configFile, '--from', REAL_CHART, '--helm', HELM_BIN],
        pushRobot,
      );
    expect(await mirrorCommand()).toMatch(
      new RegExp(
        `mirrored jupyterhub 4\\.4\\.0 to oci://${mirror.replaceAll('.', '\\.')}/jupyterhub:4\\.4\\.0 \\(sha256:[0-9a-f]{64}\\)`,
      ),
    );
    const artifacts = (await (
      await harbor.api('GET', `/projects/${installed.project}/repositories/charts%252Fjupyterhub/artifacts`)
    ).json()) as { type: string; tags: { name: string }[] | null }[];
    expect(artifacts.map((a) => [a.type, a.tags?.map((t) => t.name)])).toEqual([['CHART', ['4.4.0']]]);
    // The project is private: without a login the mirror answers nothing, so Argo CD reads it as the robot.
    const anonymous = spawnSync(
      HELM_BIN,
      ['show', 'chart', `oci://${mirror}/jupyterhub`, '--version', '4.4.0', '--plain-http'],
      { encoding: 'utf8', env: { ...process.env, HELM_REGISTRY_CONFIG: join(terraform.dir, 'no-login.json') } },
    );
    expect(anonymous.stderr).toContain('401');
    const fromRepository = repository.requests.length;
    await installed.applyManifests();
    const compared = await eventually(
      'Argo CD comparing the release against the chart from the mirror, Synced',
      async () => {
        const status = application().status;
        const onMirror = status?.sync?.comparedTo?.source?.repoURL === mirror;
        return onMirror && status?.sync?.status === 'Synced' && !status.conditions?.length ? status : undefined;
      },
      describeApplication,
      300_000,
    );
    expect(compared.sync?.revision).toBe('4.4.0');
    // A hard refresh renders it from the mirror again: still Synced, the published repository not asked.
    const refreshed = await refresh('hard');
    expect(refreshed.status?.sync?.status, describeApplication()).toBe('Synced');
    expect(refreshed.status?.conditions ?? []).toEqual([]);
    expect(repository.requests.length).toBe(fromRepository);
    // The same chart from another place: no pod replaced, the stack's keys kept.
    expect((releasePodsReady() ?? []).map((pod) => pod.metadata.uid).sort()).toEqual(pods);
    expect(hubKeys()).toEqual(keys);
    // Mirroring again pushes nothing: a tag Argo CD has cached is never rewritten.
    expect(await mirrorCommand()).toContain('is mirrored already; nothing pushed');
  }, 900_000);

  it('npm run uninstall --yes removes the Application and what Argo CD made, and keeps the claims (the hub database, the shared volume)', async () => {
    const claimUids = () =>
      Object.fromEntries(
        cluster
          .getJson<{ items: { metadata: { name: string; uid: string } }[] }>('pvc', '-n', NS)
          .items.map((claim) => [claim.metadata.name, claim.metadata.uid]),
      );
    const before = claimUids();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['hub-db-dir', 'jupyterhub-shared']));
    await installed.uninstall(cluster);
    expect(
      cluster.kubectl(['get', 'application', '-n', ARGOCD.namespace, RELEASE], { allowFailure: true }).stderr,
    ).toContain('NotFound');
    await eventually(
      "the release's pods gone",
      async () => cluster.getJson<{ items: Pod[] }>('pods', '-n', NS).items.length === 0,
      () => cluster.kubectl(['get', 'all', '-n', NS], { allowFailure: true }).stdout,
      300_000,
    );
    for (const kind of ['deployment/hub', 'deployment/proxy', 'secret/hub', 'configmap/hub']) {
      expect(cluster.kubectl(['get', '-n', NS, kind], { allowFailure: true }).stderr, kind).toContain('NotFound');
    }
    // Argo CD, which could have put them back (self-heal), has nothing left to sync; the claims stay.
    expect(claimUids()).toEqual(before);
  }, 900_000);
  it('a cascading delete of the Application (its resources finalizer, as argocd app delete does) takes what Argo CD made, through the garbage collector, and never the hub database or the shared claim', async () => {
    const claims = () =>
      cluster
        .getJson<{ items: { metadata: { name: string; uid: string; deletionTimestamp?: string } }[] }>('pvc', '-n', NS)
        .items.map(
          (claim) =>
            `${claim.metadata.name} ${claim.metadata.uid}${claim.metadata.deletionTimestamp ? ' deleting' : ''}`,
        )
        .sort();
    const before = claims();
    expect(before.map((claim) => claim.split(' ')[0])).toEqual(['hub-db-dir', 'jupyterhub-shared']);
    // The release again by the README's path (the uninstalled stacks leave the hub waiting for its
    // Secrets; Argo CD syncs all the same), then the Application deleted with cascade.
    await installed.applyManifests();
    cluster.kubectl([
      'patch',
      'application',
      '-n',
      ARGOCD.namespace,
      RELEASE,
      '--type=merge',
      '-p',
      JSON.stringify({ metadata: { finalizers: ['resources-finalizer.argocd.argoproj.io'] } }),
    ]);
    cluster.kubectl(['delete', 'application', '-n', ARGOCD.namespace, RELEASE, '--wait=false']);
    // Argo CD deletes its objects in the foreground: each Deployment waits for the garbage collector to
    // remove its ReplicaSets and pods before it goes, and the Application's finalizer comes off last.
    await eventually(
      'the Application gone, after every object Argo CD made',
      async () =>
        cluster
          .kubectl(['get', 'application', '-n', ARGOCD.namespace, RELEASE], { allowFailure: true })
          .stderr.includes('NotFound'),
      () => cluster.kubectl(['get', 'all,application', '-n', NS], { allowFailure: true }).stdout,
      300_000,
    );
    for (const kind of ['deployment/hub', 'deployment/proxy', 'secret/hub', 'configmap/hub', 'service/proxy-public']) {
      expect(cluster.kubectl(['get', '-n', NS, kind], { allowFailure: true }).stderr, kind).toContain('NotFound');
    }
    expect(cluster.getJson<{ items: Pod[] }>('pods', '-n', NS).items.map((pod) => pod.metadata.name)).toEqual([]);
    // The claims that hold user data carry Delete=false (and Prune=false): the same claims, not deleting.
    expect(claims()).toEqual(before);
  }, 900_000);
});
