/**
 * The deploy workflow (.github/workflows/deploy.yml) run step by step, as a runner would, on a
 * repository the test makes, against this test's own Keycloak 26.7.3 and Harbor v2.15.2 and the running
 * test cluster (test/cluster): its controllers make the namespace's default ServiceAccount, its
 * local-path provisioner binds the claims (the home StorageClass points at it in this config only), its
 * node advertises the GPUs, and the release's pods run from the chart's images in Harbor
 * (support/chart-images.ts). Then npm run uninstall and a reinstall on the same servers.
 *
 * verify's checks of the hub from outside reach the release's own hub through a Gateway's stand-in in
 * the gateway's namespace (support/platform-stand-ins.ts), the only namespace the proxy takes traffic
 * from. Still stood in for: users' servers are started by the real KubeSpawner run here
 * (support/spawn-users.ts), not through a login (install.e2e logs people in and starts theirs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { NODES, nodeImage } from '../cluster/layout.js';
import { REAL_CHART } from '../support/real-chart.js';
import { type ScratchRepository, scratchRepository } from '../support/scratch-repository.js';
import { HELM_BIN } from '../support/synth.js';
import type { ChartImagesInHarbor } from './support/chart-images.js';
import {
  eventually,
  holdGpus,
  RESTRICTED_CONTAINER,
  type RunningCluster,
  removeInstall,
  runningCluster,
} from './support/cluster.js';
import {
  type DeployWorkflow,
  deployWorkflow,
  explain,
  outcomes,
  platformBeforeInstall,
  stepOutput,
  synthesizeInstall,
} from './support/deploy-workflow.js';
import type { HarborServer } from './support/harbor-server.js';
import type { KeycloakServer } from './support/keycloak-server.js';
import { KUBE_BIN } from './support/kube-apiserver.js';
import type { GatewayStandIn } from './support/platform-stand-ins.js';
import { type SpawnResult, spawnUsers as spawnUsersWith } from './support/spawn-users.js';
import { requireTerraformTools } from './support/terraform-cli.js';

const REALM = 'thinkube';
const NS = 'jupyterhub';
/** terraform.stateNamespace's default: where the state Secrets are (backend kubernetes). */
const STATE_NS = 'thinkube-jupyterhub-state';
/** exposure.httpRoute.gatewayNamespace here: the Gateway's stand-in (not network-policies.e2e's namespace). */
const GATEWAY_NS = 'thinkube-pipeline-gateway';

let keycloak: KeycloakServer;
let cluster: RunningCluster;
let harbor: HarborServer;
let chartImages: ChartImagesInHarbor;
let gateway: GatewayStandIn;
let repo: ScratchRepository;
let workflow: DeployWorkflow;
const commits: Record<'deployable' | 'broken', string> = { deployable: '', broken: '' };

beforeAll(async () => {
  requireTerraformTools();
  cluster = runningCluster();
  // What the platform has before this project (the cluster brings its GPU node).
  ({ keycloak, harbor, chartImages, gateway } = await platformBeforeInstall(cluster, {
    gatewayNamespace: GATEWAY_NS,
    releaseNamespace: NS,
  }));

  // The install's repository: helm delivery of the real chart (no Argo CD here), state in the cluster.
  repo = scratchRepository();
  const config = parse(readFileSync(join(repo.dir, 'config', 'default.yaml'), 'utf8'));
  Object.assign(config, {
    chart: { images: chartImages.config },
    delivery: { mode: 'helm', helm: { chartRef: REAL_CHART, executable: HELM_BIN } },
    harbor: { ...config.harbor, registry: harbor.host },
    // The runner and the people reach Keycloak at the same address the release's hub sends them to.
    keycloak: { ...config.keycloak, url: keycloak.url },
    exposure: { ...config.exposure, httpRoute: { ...config.exposure.httpRoute, gatewayNamespace: GATEWAY_NS } },
    storage: { ...config.storage, home: { ...config.storage.home, provisioner: 'rancher.io/local-path' } },
    terraform: { backend: 'kubernetes' },
  });
  writeFileSync(join(repo.dir, 'config', 'default.yaml'), stringify(config));
  await synthesizeInstall(repo);
  commits.deployable = repo.commitAll('deploy with helm, state in the cluster');
  workflow = deployWorkflow({
    repo,
    cluster,
    keycloak,
    harbor,
    verifyFlags: `--hub-url ${gateway.url} --keycloak-url ${keycloak.url}`,
  });
}, 600_000);

afterAll(async () => {
  // The cluster is shared by every file: remove what the install left (uninstall keeps the state
  // namespace and, before the purge, the claims with their Retain volumes).
  if (cluster) {
    await removeInstall(cluster, {
      namespace: NS,
      release: 'jupyterhub',
      homeStorageClass: 'jupyterhub-home',
      extraNamespaces: [STATE_NS, 'team-data', GATEWAY_NS],
    });
  }
  await chartImages?.stop();
  await Promise.all([keycloak?.stop(), harbor?.stop()]);
  repo?.remove();
}, 420_000);

/**
 * Deleted, or marked for deletion (the protection finalizers stay: no controller-manager here to
 * remove them).
 */
function deletedOrDeleting(kind: string, name: string, namespace?: string): boolean {
  const get = cluster.kubectl(['get', kind, name, ...(namespace ? ['-n', namespace] : []), '-o', 'json'], {
    allowFailure: true,
  });
  if (get.status !== 0) {
    if (!get.stderr.includes('NotFound')) throw new Error(`kubectl get ${kind} ${name}: ${get.stderr}`);
    return true;
  }
  return Boolean(JSON.parse(get.stdout).metadata.deletionTimestamp);
}

function kubeJson<T>(...args: string[]): T {
  return JSON.parse(cluster.kubectl(['get', ...args, '-o', 'json']).stdout) as T;
}

async function robots(): Promise<string[]> {
  const { project_id } = (await (await harbor.api('GET', '/projects/thinkube')).json()) as { project_id: number };
  const list = (await (await harbor.api('GET', `/robots?q=Level%3Dproject,ProjectID%3D${project_id}`)).json()) as {
    name: string;
  }[];
  return list.map((r) => r.name).sort();
}

async function hubClientExists(): Promise<boolean> {
  const found = (await (await keycloak.admin('GET', `/${REALM}/clients?clientId=jupyterhub`)).json()) as unknown[];
  return found.length > 0;
}

describe('deploy workflow', () => {
  it('first run: stacks, manifests, Secrets, and verify green', async () => {
    // verify counts the GPU node's devices: not while another file has it cordoned or its GPUs taken.
    const releaseGpus = await holdGpus('pipeline.e2e: verify of the first run');
    const results = await workflow
      .deploy(commits.deployable, '0000000000000000000000000000000000000000')
      .finally(releaseGpus);
    expect(outcomes(results), explain(results)).toEqual({
      'step-0': 'provided',
      'step-1': 'provided',
      install: 'provided',
      kubeconfig: 'success',
      namespace: 'success',
      stacks: 'success',
      apply: 'success',
      sync: 'success',
      'cluster-stack': 'success',
      verify: 'success',
      rollback: 'skipped',
    });
    // The end state: the client in Keycloak, the robots in Harbor, the release and its Secrets.
    expect(await hubClientExists()).toBe(true);
    expect(await robots()).toEqual(['robot$thinkube+jupyterhub-pull', 'robot$thinkube+jupyterhub-push']);
    kubeJson('deployment', '-n', NS, 'hub');
    kubeJson('httproute', '-n', NS, 'jupyterhub');
    const secrets = kubeJson<{ items: { metadata: { name: string } }[] }>('secrets', '-n', NS).items.map(
      (s) => s.metadata.name,
    );
    expect(secrets).toEqual(expect.arrayContaining(['hub', 'jupyterhub-oidc-client', 'harbor-pull-secret']));
    // The state is kept in the cluster, in its own namespace (issue 20.6): the hub's Role reads every
    // Secret of the hub's namespace, so none of the three may be there.
    expect(secrets.filter((name) => name.startsWith('tfstate-'))).toEqual([]);
    const states = kubeJson<{ items: { metadata: { name: string } }[] }>('secrets', '-n', STATE_NS).items.map(
      (s) => s.metadata.name,
    );
    expect(states.filter((name) => name.startsWith('tfstate-'))).toHaveLength(3);
    const verify = stepOutput(results, 'verify');
    for (const line of [
      'pass hub health',
      'pass login goes to keycloak with PKCE',
      'pass manifests applied',
      // The release's own pods, from the chart's images in Harbor (verify waits for the rollout).
      'pass release running: hub 1/1, proxy 1/1, user-scheduler 2/2 Ready, no restarts',
      // No notebook image is pushed here (the image workflow's job), so the puller says it cannot pull.
      `WARN notebook image pulled on every node: continuous-image-puller 0/${NODES.length} nodes Ready (image-pull-singleuser:`,
      'n/a  home volumes bound, named by KubeSpawner: no home volume yet',
      'pass shared and hub database volumes bound: hub-db-dir Bound, jupyterhub-shared Bound',
      'pass GPU nodes for the GPU profiles: thinkube-node: nvidia.com/gpu=2',
      'pass Keycloak client accepts the route host: jupyterhub accepts https://notebooks.thinkube.example.org/hub/oauth_callback',
    ]) {
      expect(verify).toContain(line);
    }
    // Credentials reach the steps only through the environment, never their output.
    for (const result of results) {
      expect(result.output).not.toContain(workflow.keycloakAdmin().password);
      expect(result.output).not.toContain(harbor.admin.password);
    }
  }, 900_000);

  it('a broken commit (new hub values, and a route the API server refuses) rolls the manifests back', async () => {
    const configFile = join(repo.dir, 'config', 'default.yaml');
    repo.git('checkout', '-q', commits.deployable);
    const config = parse(readFileSync(configFile, 'utf8'));
    config.gpu.resourceName = 'nvidia.com/mig-1g.5gb';
    writeFileSync(configFile, stringify(config));
    await synthesizeInstall(repo);
    // A bad hand edit of dist/ (a merge gone wrong): a route timeout the Gateway API CRD refuses. The
    // hub's values (file 0003) are applied before the route (0004) fails.
    const route = join(repo.dir, 'dist', 'k8s', '0004-exposure.k8s.yaml');
    writeFileSync(route, readFileSync(route, 'utf8').replace('request: 1h', 'request: one hour'));
    commits.broken = repo.commitAll('GPU profiles on MIG slices, and a broken route');
    const goodHash = hubValuesHash(commits.deployable);
    expect(hubValuesHash(commits.broken)).not.toBe(goodHash);

    const results = await workflow.deploy(commits.broken, commits.deployable);
    expect(outcomes(results), explain(results)).toMatchObject({
      apply: 'failure',
      sync: 'skipped',
      'cluster-stack': 'skipped',
      verify: 'skipped',
      rollback: 'success',
    });
    expect(stepOutput(results, 'apply')).toMatch(/apply dist\/k8s\/0004-exposure\.k8s\.yaml[\s\S]*timeouts\.request/);
    expect(stepOutput(results, 'rollback')).toContain(
      `rolled back to the manifests of ${commits.deployable.slice(0, 7)}`,
    );
    // The hub runs the previous commit's values again, and the route is the previous one.
    const deployment = kubeJson<{ spec: { template: { metadata: { annotations: Record<string, string> } } } }>(
      'deployment',
      '-n',
      NS,
      'hub',
    );
    expect(deployment.spec.template.metadata.annotations['thinkube.io/hub-values-sha256']).toBe(goodHash);
    const deployed = kubeJson<{ spec: { rules: { timeouts?: { request?: string } }[] } }>(
      'httproute',
      '-n',
      NS,
      'jupyterhub',
    );
    expect(deployed.spec.rules[0]?.timeouts?.request).toBe('1h');
    repo.git('checkout', '-q', commits.deployable);
  }, 900_000);
});

describe('user data across uninstall and reinstall', () => {
  const uids: Record<string, string> = {};

  it("KubeSpawner makes the users' homes; verify finds them bound under their claim names", async () => {
    const spawned = spawnUsers(['ada', 'bob']);
    expect(spawned.map((s) => s.created)).toEqual([
      ['PersistentVolumeClaim/claim-ada', 'Pod/jupyter-ada'],
      ['PersistentVolumeClaim/claim-bob', 'Pod/jupyter-bob'],
    ]);
    // The provisioner binds each home claim once the user scheduler has placed its pod.
    await claimsBound(['claim-ada', 'claim-bob']);
    for (const user of ['ada', 'bob']) {
      uids[user] = kubeJson<{ metadata: { uid: string } }>('pvc', '-n', NS, `claim-${user}`).metadata.uid;
    }
    const verify = await workflow.runProjectCommand('verify', [
      '--hub-url',
      gateway.url,
      '--keycloak-url',
      keycloak.url,
    ]);
    expect(verify.output).toContain('pass home volumes bound, named by KubeSpawner: 2 bound: claim-ada, claim-bob');
    expect(verify.status).toBe(0);
  }, 420_000);

  it('uninstall, dry run: says what would go and what stays, and changes nothing', async () => {
    const dry = await workflow.runProjectCommand('uninstall', []);
    expect(dry.status, dry.output).toBe(0);
    expect(dry.output).toContain('DRY RUN');
    expect(dry.output).toMatch(/deployment\.apps "hub" deleted from jupyterhub namespace \(server dry run\)/);
    expect(dry.output).toMatch(/httproute\.gateway\.networking\.k8s\.io "jupyterhub" deleted .*\(server dry run\)/);
    expect(dry.output).toMatch(/stack identity: Plan: 0 to add, 0 to change, \d+ to destroy/);
    expect(dry.output).toContain(`kept ${NS}/claim-ada (Bound; ${volumeOf('claim-ada')}, reclaim Retain)`);
    kubeJson('deployment', '-n', NS, 'hub');
    expect(await hubClientExists()).toBe(true);
    expect(await robots()).toHaveLength(2);
  }, 600_000);

  it('uninstall: the release, route, client and robots go; homes, shared data and their volumes stay', async () => {
    const run = await workflow.runProjectCommand('uninstall', ['--yes']);
    expect(run.status, run.output).toBe(0);
    for (const [kind, name] of [
      ['deployment', 'hub'],
      ['deployment', 'proxy'],
      ['service', 'proxy-public'],
      ['httproute', 'jupyterhub'],
      ['secret', 'jupyterhub-oidc-client'],
      ['pod', 'jupyter-ada'],
    ] as const) {
      const get = cluster.kubectl(['get', kind as string, '-n', NS, name], { allowFailure: true });
      // Deleted, or (pods: no kubelet to confirm termination) marked for deletion.
      if (get.status === 0) {
        expect(kind).toBe('pod');
        expect(
          kubeJson<{ metadata: { deletionTimestamp?: string } }>(kind, '-n', NS, name).metadata.deletionTimestamp,
        ).toBeTruthy();
      } else {
        expect(get.stderr).toContain('NotFound');
      }
    }
    expect(await hubClientExists()).toBe(false);
    expect(await robots()).toEqual([]);
    for (const claim of ['claim-ada', 'claim-bob', 'jupyterhub-shared', 'hub-db-dir']) {
      const pvc = kubeJson<{ metadata: { uid: string; deletionTimestamp?: string }; spec: { volumeName: string } }>(
        'pvc',
        '-n',
        NS,
        claim,
      );
      expect(pvc.metadata.deletionTimestamp).toBeUndefined();
      const pv = kubeJson<{ spec: { persistentVolumeReclaimPolicy: string } }>('pv', pvc.spec.volumeName);
      expect(pv.spec.persistentVolumeReclaimPolicy).toBe('Retain');
    }
    kubeJson('namespace', NS);
  }, 600_000);

  it('reinstall: the deploy workflow again; the same claims are bound and mounted', async () => {
    const results = await workflow.deploy(commits.deployable, commits.broken);
    expect(outcomes(results), explain(results)).toMatchObject({ verify: 'success', rollback: 'skipped' });
    expect(stepOutput(results, 'verify')).toContain(
      'pass home volumes bound, named by KubeSpawner: 2 bound: claim-ada, claim-bob',
    );
    for (const user of ['ada', 'bob']) {
      expect(kubeJson<{ metadata: { uid: string } }>('pvc', '-n', NS, `claim-${user}`).metadata.uid).toBe(uids[user]);
    }
    // Ada starts her server again: KubeSpawner finds her claim and the new pod mounts it.
    cluster.kubectl(['delete', 'pod', '-n', NS, 'jupyter-ada', '--grace-period=0', '--force'], { allowFailure: true });
    const [again] = spawnUsers(['ada']);
    expect(again?.created).toEqual(['PersistentVolumeClaim/claim-ada', 'Pod/jupyter-ada']);
    const pod = kubeJson<{ spec: { volumes: { persistentVolumeClaim?: { claimName: string } }[] } }>(
      'pod',
      '-n',
      NS,
      'jupyter-ada',
    );
    expect(pod.spec.volumes.map((v) => v.persistentVolumeClaim?.claimName).filter(Boolean)).toContain('claim-ada');
    expect(kubeJson<{ metadata: { uid: string } }>('pvc', '-n', NS, 'claim-ada').metadata.uid).toBe(uids.ada);
  }, 900_000);
});

describe('uninstall --purge-user-data', () => {
  it('dry run: the claims, their volumes and the namespace would go too; nothing changes', async () => {
    const dry = await workflow.runProjectCommand('uninstall', ['--purge-user-data']);
    expect(dry.status, dry.output).toBe(0);
    expect(dry.output).toContain('6/6 user data: DELETED (--purge-user-data)');
    for (const line of [
      /persistentvolumeclaim "claim-ada" deleted from jupyterhub namespace \(server dry run\)/,
      new RegExp(`persistentvolume "${volumeOf('claim-ada')}" deleted \\(server dry run\\)`),
      /persistentvolumeclaim "jupyterhub-shared" deleted from jupyterhub namespace \(server dry run\)/,
      /namespace "jupyterhub" deleted \(server dry run\)/,
      /storageclass\.storage\.k8s\.io "jupyterhub-home" deleted \(server dry run\)/,
    ]) {
      expect(dry.output).toMatch(line);
    }
    expect(dry.output).not.toMatch(/^kept jupyterhub\//m);
    // The hub database's claim and volume are the install's too (issue 20.5).
    expect(dry.output).toMatch(
      /persistentvolumeclaim "hub-db-dir" deleted from jupyterhub namespace \(server dry run\)/,
    );
    // The Terraform state has a namespace of its own, which uninstall never deletes (issue 20.6).
    expect(dry.output).toContain(`kept the Terraform state namespace ${STATE_NS} (uninstall never deletes it)`);
    expect(dry.output).not.toMatch(new RegExp(`namespace "${STATE_NS}" deleted`));
    kubeJson('pvc', '-n', NS, 'claim-ada');
    kubeJson('pv', volumeOf('claim-ada'));
  }, 300_000);

  it('never touches a claim the install did not make, and keeps the namespace that holds one (issue 20.5)', async () => {
    cluster.kubectl(['apply', '-f', '-'], {
      input: stringify({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'other-app-data', namespace: NS },
        // The platform's shared class: not this install's. Bound once a pod uses it.
        spec: {
          storageClassName: 'juicefs-sc',
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '1Gi' } },
        },
      }),
    });
    cluster.apply([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'other-app', namespace: NS },
        spec: {
          terminationGracePeriodSeconds: 1,
          containers: [
            {
              name: 'app',
              image: nodeImage('busybox'),
              command: ['sleep', '3600'],
              securityContext: RESTRICTED_CONTAINER,
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
            },
          ],
          volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'other-app-data' } }],
        },
      },
    ]);
    await claimsBound(['other-app-data']);
    const installVolumes = Object.fromEntries(
      ['claim-ada', 'claim-bob', 'hub-db-dir', 'jupyterhub-shared'].map((claim) => [claim, volumeOf(claim)]),
    );
    const otherVolume = kubeJson<{ spec: { volumeName: string } }>('pvc', '-n', NS, 'other-app-data').spec.volumeName;
    expect(otherVolume).toBeTruthy();

    const run = await workflow.runProjectCommand('uninstall', ['--yes', '--purge-user-data']);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`kept ${NS}/other-app-data: not made by this install, never touched`);
    expect(run.output).toContain(
      `kept the namespace ${NS}: it holds claims this install did not make (other-app-data)`,
    );
    expect(run.output).not.toMatch(/persistentvolumeclaim "other-app-data" deleted/);
    expect(run.output).toMatch(/persistentvolumeclaim "claim-ada" deleted/);
    // The other application's claim and volume stand; so do the namespace and the Terraform state.
    expect(
      kubeJson<{ metadata: { deletionTimestamp?: string } }>('pvc', '-n', NS, 'other-app-data').metadata
        .deletionTimestamp,
    ).toBeUndefined();
    kubeJson('pv', otherVolume);
    expect(
      kubeJson<{ metadata: { deletionTimestamp?: string } }>('namespace', NS).metadata.deletionTimestamp,
    ).toBeUndefined();
    const states = kubeJson<{ items: { metadata: { name: string } }[] }>('secrets', '-n', STATE_NS).items.map(
      (i) => i.metadata.name,
    );
    expect(states).toContain('tfstate-default-thinkube-jupyterhub-identity');
    // The install's own: the homes (bound by KubeSpawner's labels), the hub database, their volumes.
    for (const claim of ['claim-ada', 'claim-bob', 'hub-db-dir', 'jupyterhub-shared']) {
      expect(deletedOrDeleting('pvc', claim, NS), claim).toBe(true);
      expect(deletedOrDeleting('pv', installVolumes[claim] as string), claim).toBe(true);
    }
    expect(deletedOrDeleting('pv', otherVolume)).toBe(false);
  }, 600_000);

  it('refuses a namespace the install did not make, changing nothing (issue 20.5)', async () => {
    cluster.kubectl(['create', 'namespace', 'team-data']);
    const config = parse(readFileSync(join(repo.dir, 'config', 'default.yaml'), 'utf8'));
    config.namespace = { ...(config.namespace ?? {}), name: 'team-data' };
    const file = join(repo.dir, 'team-data.yaml');
    writeFileSync(file, stringify(config));
    const synth = await repo.npm('synth', ['--config', file, '--out', join(repo.dir, 'team-dist')], {
      PATH: `${KUBE_BIN}:${process.env.PATH}`,
    });
    expect(synth.status, synth.output).toBe(0);
    const run = await workflow.runProjectCommand('uninstall', [
      '--config',
      file,
      '--dist',
      'team-dist',
      '--purge-user-data',
      '--yes',
    ]);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'uninstall: the namespace team-data was not made by this install (no label app.kubernetes.io/part-of=thinkube-jupyterhub, app.kubernetes.io/managed-by=cdk8s): uninstall removes only what an install made; nothing was changed',
    );
    kubeJson('namespace', 'team-data');
  }, 300_000);
});

/** The values hash the hub Deployment carries at a commit (dist/k8s, helm mode). */
function hubValuesHash(commit: string): string {
  const text = repo.git('show', `${commit}:dist/k8s/0003-jupyterhub.k8s.yaml`);
  for (const doc of parseAllDocuments(text)) {
    const object = doc.toJS() as {
      kind?: string;
      metadata?: { name?: string };
      spec?: { template?: { metadata?: { annotations?: Record<string, string> } } };
    };
    if (object?.kind === 'Deployment' && object.metadata?.name === 'hub') {
      return object.spec?.template?.metadata?.annotations?.['thinkube.io/hub-values-sha256'] ?? '';
    }
  }
  throw new Error(`no hub Deployment at ${commit}`);
}

/** The volume bound to a claim of the hub namespace (the provisioner names it). */
function volumeOf(claim: string): string {
  return kubeJson<{ spec: { volumeName: string } }>('pvc', '-n', NS, claim).spec.volumeName;
}

/** Waits until the provisioner has bound each claim of the hub namespace. */
async function claimsBound(claims: string[]): Promise<void> {
  const phases = () =>
    claims.map((claim) => {
      const got = cluster.kubectl(['get', 'pvc', '-n', NS, claim, '-o', 'jsonpath={.status.phase}'], {
        allowFailure: true,
      });
      return `${claim} ${got.stdout || got.stderr.trim()}`;
    });
  await eventually(
    'the claims bound',
    () => phases().every((p) => p.endsWith(' Bound')),
    () =>
      [
        phases().join(', '),
        cluster.kubectl(['get', 'pods,events', '-n', NS], { allowFailure: true }).stdout,
        cluster.kubectl(['logs', '-n', NS, '-l', 'component=user-scheduler', '--tail=20'], { allowFailure: true })
          .stdout,
      ].join('\n'),
    240_000,
  );
}

/** Users starting their servers: the real KubeSpawner 7.0.0 with the chart's configuration of this install. */
function spawnUsers(users: string[]): SpawnResult[] {
  const { results } = spawnUsersWith(
    users.map((user) => ({ user, groups: ['/jupyterhub-users'], profile: 'cpu-small' })),
    { kubeconfig: cluster.kubeconfig, release: join(repo.dir, 'dist', 'rendered', 'jupyterhub.k8s.yaml') },
  );
  const failed = results.filter((r) => r.error || r.refused);
  if (failed.length > 0) throw new Error(`spawns failed: ${JSON.stringify(failed)}`);
  return results;
}
