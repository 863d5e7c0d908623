/**
 * The real KubeSpawner 7.0.0, configured by the chart from a rendered release of this project
 * (support/spawn-users.ts), creating users' homes and pods on the running test cluster, in a namespace of
 * its own: Pod Security `restricted` admits them, the provisioner binds each home, the scheduler places
 * each pod (the chart's user scheduler, with the release's own configuration, run as a process: the
 * release itself is not installed here; a GPU server on the node with GPUs), and the
 * access policy asks the real API for the nodes' GPUs. The pods' images are the default config's, which no registry here holds:
 * they are placed and their volumes mounted, but never pulled; servers that run from a pushed image are
 * install.e2e's.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { notebookImages } from '../../app/notebook-images.js';
import type { ThinkubeConfig } from '../../config/load.js';
import { CPU_NODE, GPU, GPU_NODE, pinnedVersions, TOOLS_BIN } from '../cluster/layout.js';
import { REAL_CHART } from '../support/real-chart.js';
import { configWith, configYamlWith, HELM_BIN } from '../support/synth.js';
import {
  eventually,
  holdGpus,
  profilesForTestNodes,
  type RunningCluster,
  removeInstall,
  runningCluster,
} from './support/cluster.js';
import { ARTIFACTS, startProcess, stopProcess } from './support/processes.js';
import { projectCommandOk } from './support/project-command.js';
import { type SpawnRequest, type SpawnResult, spawnUsers as spawnUsersWith } from './support/spawn-users.js';

const NS = 'kube-spawner-e2e';
const RELEASE = 'kube-spawner-e2e';
const HOME_CLASS = `${NS}-home`;
const CONFIG_PATCH = {
  namespace: { name: NS },
  chart: { releaseName: RELEASE },
  delivery: { mode: 'helm', helm: { chartRef: REAL_CHART, executable: HELM_BIN } },
  storage: { home: { storageClassName: HOME_CLASS, provisioner: 'rancher.io/local-path' } },
  profiles: profilesForTestNodes(),
};
const config: ThinkubeConfig = configWith(stringify(CONFIG_PATCH));
let cluster: RunningCluster;
let results: Record<string, SpawnResult>;
/** This install's synthesized and rendered release. */
let dist: string;
let releaseGpus: (() => void) | undefined;
let userScheduler: ChildProcess | undefined;

interface Container {
  image: string;
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext: Record<string, unknown>;
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface Pod {
  metadata: { name: string; labels: Record<string, string> };
  spec: {
    nodeName?: string;
    schedulerName?: string;
    containers: Container[];
    nodeSelector?: Record<string, string>;
    tolerations?: { key: string; effect?: string; operator?: string }[];
    runtimeClassName?: string;
    volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[];
  };
}

/**
 * The chart's user scheduler (kube-scheduler at the chart's pin, the binary its image is built from) with
 * the configuration the release renders into its ConfigMap, run as a process against the cluster: the
 * pods KubeSpawner makes name it as their scheduler. Only the connection (the admin's kubeconfig, no
 * leader election) is this test's.
 */
function startUserScheduler(release: string, dir: string): ChildProcess {
  const configMap = parseAllDocuments(readFileSync(release, 'utf8'))
    .map((d) => d.toJS() as { kind?: string; metadata?: { name?: string }; data?: Record<string, string> })
    .find((o) => o?.kind === 'ConfigMap' && o.metadata?.name === 'user-scheduler');
  const schedulerConfig = parse(configMap?.data?.['config.yaml'] ?? '') as Record<string, unknown> | null;
  if (!schedulerConfig) throw new Error(`${release}: no user-scheduler ConfigMap with config.yaml`);
  const file = join(dir, 'user-scheduler.yaml');
  writeFileSync(
    file,
    stringify({
      ...schedulerConfig,
      clientConnection: { kubeconfig: cluster.kubeconfig },
      leaderElection: { leaderElect: false },
    }),
  );
  return startProcess(
    'kube-spawner-user-scheduler',
    join(TOOLS_BIN, `user-scheduler-${pinnedVersions().USER_SCHEDULER_VERSION}`),
    [`--config=${file}`, '--secure-port=0'],
    {},
  );
}

beforeAll(async () => {
  cluster = runningCluster();
  await removeInstall(cluster, { namespace: NS, release: RELEASE, homeStorageClass: HOME_CLASS });
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-kube-spawner-'));
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, configYamlWith(stringify(CONFIG_PATCH)));
  dist = join(dir, 'dist');
  await projectCommandOk('main.ts', ['--config', configFile, '--out', dist], { cwd: dir });
  await projectCommandOk(
    'cli/render.ts',
    ['--config', configFile, '--chart', REAL_CHART, '--out', join(dist, 'rendered')],
    {
      cwd: dir,
      env: { PATH: `${dirname(HELM_BIN)}:${process.env.PATH}` },
    },
  );
  // The namespace (restricted), the home StorageClass and the shared claim; the release itself is not
  // installed: the hub here is KubeSpawner in this process.
  const platformFiles = readdirSync(join(dist, 'k8s')).filter((f) => /namespace|storage-class|shared-data/.test(f));
  expect(platformFiles).toHaveLength(3);
  for (const file of platformFiles) {
    cluster.kubectl(['apply', '--server-side', '-f', join(dist, 'k8s', file)]);
  }
  await eventually(
    "the namespace's default ServiceAccount",
    () => cluster.kubectl(['-n', NS, 'get', 'serviceaccount', 'default'], { allowFailure: true }).status === 0,
    () => cluster.kubectl(['-n', NS, 'get', 'serviceaccounts'], { allowFailure: true }).stdout,
  );
  userScheduler = startUserScheduler(join(dist, 'rendered', 'jupyterhub.k8s.yaml'), dir);
  // ada's GPU server holds one of the node's GPUs, and a test below cordons the GPU node: the GPUs are
  // this file's until it ends (gpu.e2e counts them whole).
  releaseGpus = await holdGpus('kube-spawner.e2e');
  results = Object.fromEntries(
    spawnUsers([
      { user: 'ada', groups: ['/jupyterhub-admins'], profile: 'gpu' },
      { user: 'gus', groups: ['/jupyterhub-gpu-users'], profile: 'cpu-large' },
      { user: 'bob', groups: ['/jupyterhub-users'], profile: 'cpu-small' },
      { user: 'dee', roles: ['user'], profile: 'cpu-small' },
      { user: 'mal', groups: ['/jupyterhub-users', '/x/jupyterhub-admins'], profile: 'gpu' },
    ]).map((r) => [r.user, r]),
  );
}, 30 * 60_000);

afterAll(async () => {
  if (cluster) await removeInstall(cluster, { namespace: NS, release: RELEASE, homeStorageClass: HOME_CLASS });
  releaseGpus?.();
  if (userScheduler) await stopProcess(userScheduler);
}, 600_000);

/** The real KubeSpawner, configured by the chart, for each request; `kubeconfig` picks the API server. */
function spawnUsers(requests: SpawnRequest[], kubeconfig = cluster.kubeconfig): SpawnResult[] {
  const run = spawnUsersWith(requests, { kubeconfig, release: join(dist, 'rendered', 'jupyterhub.k8s.yaml') });
  lastStderr = run.stderr;
  return run.results;
}
let lastStderr = '';

function pod(user: string): Pod {
  return cluster.getJson<Pod>('pod', '-n', NS, `jupyter-${user}`);
}

function describeNamespace(): string {
  const listed = cluster.kubectl(['-n', NS, 'get', 'pods,pvc,events', '-o', 'wide'], { allowFailure: true }).stdout;
  return `${listed}\n(the user scheduler's log: ${join(ARTIFACTS, 'kube-spawner-user-scheduler.log')})`;
}

describe('KubeSpawner on the running cluster, configured by the chart', () => {
  it('creates the home PVC and the pod of each allowed user, admitted by Pod Security restricted', () => {
    for (const user of ['ada', 'gus', 'bob', 'dee']) {
      expect(results[user], JSON.stringify(results[user])).toEqual({
        user,
        created: [`PersistentVolumeClaim/claim-${user}`, `Pod/jupyter-${user}`],
      });
    }
    const pvc = cluster.getJson<{ spec: { storageClassName: string; resources: { requests: { storage: string } } } }>(
      'pvc',
      '-n',
      NS,
      'claim-bob',
    );
    expect(pvc.spec.storageClassName).toBe(HOME_CLASS);
    expect(pvc.spec.resources.requests.storage).toBe('10Gi');
    const sc = cluster.getJson<{ reclaimPolicy: string }>('storageclass', HOME_CLASS);
    expect(sc.reclaimPolicy).toBe('Retain');
  });

  it('places every pod on a node and the provisioner binds each home there (Retain)', async () => {
    for (const user of ['ada', 'gus', 'bob', 'dee']) {
      const node = await eventually(
        `jupyter-${user} scheduled`,
        () => pod(user).spec.nodeName,
        describeNamespace,
        180_000,
      );
      expect([GPU_NODE.name, CPU_NODE.name]).toContain(node);
      const claim = await eventually(
        `claim-${user} bound`,
        () => {
          const pvc = cluster.getJson<{ spec: { volumeName?: string }; status: { phase: string } }>(
            'pvc',
            '-n',
            NS,
            `claim-${user}`,
          );
          return pvc.status.phase === 'Bound' ? pvc : undefined;
        },
        describeNamespace,
        180_000,
      );
      // The local volume is made on the node the pod was placed on, and kept when its claim goes.
      const volume = cluster.getJson<{
        spec: {
          persistentVolumeReclaimPolicy: string;
          nodeAffinity?: { required: { nodeSelectorTerms: { matchExpressions: { values: string[] }[] }[] } };
        };
      }>('pv', claim.spec.volumeName as string);
      expect(volume.spec.persistentVolumeReclaimPolicy).toBe('Retain');
      expect(volume.spec.nodeAffinity?.required.nodeSelectorTerms[0]?.matchExpressions[0]?.values).toEqual([node]);
    }
  }, 600_000);

  it('sizes each server by its profile, with the node disk limit, the image tag from dist/images', () => {
    const image = notebookImages(config).get('jupyter-notebook')?.reference;
    const bob = pod('bob').spec.containers[0] as Container;
    expect(bob.image).toBe(image);
    expect(bob.resources).toEqual({
      requests: { cpu: '250m', memory: '1073741824', 'ephemeral-storage': '1Gi' },
      limits: { cpu: '2', memory: '4294967296', 'ephemeral-storage': '10Gi' },
    });
    const gus = pod('gus').spec.containers[0] as Container;
    expect(gus.resources.limits).toMatchObject({ cpu: '8', memory: '34359738368' });
    expect(bob.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 1000,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  it('gives the GPU profile its GPU, node selector, tolerations beside the chart ones, runtime class and image', async () => {
    const ada = pod('ada');
    // Placed by the release's user scheduler on the node that has the GPUs.
    await eventually(
      'jupyter-ada on the GPU node',
      () => pod('ada').spec.nodeName === GPU_NODE.name,
      describeNamespace,
    );
    expect(pod('ada').spec.schedulerName).toBe(`${RELEASE}-user-scheduler`);
    const container = ada.spec.containers[0] as Container;
    expect(container.resources.limits).toMatchObject({ 'nvidia.com/gpu': '1', 'ephemeral-storage': '10Gi' });
    expect(container.image).toBe(notebookImages(config).get('jupyter-notebook-gpu')?.reference);
    expect(ada.spec.nodeSelector).toEqual({ 'nvidia.com/gpu.present': 'true' });
    expect(ada.spec.runtimeClassName).toBe('nvidia');
    const tolerations = (ada.spec.tolerations ?? []).map((t) => t.key);
    expect(tolerations).toContain('nvidia.com/gpu');
    expect(tolerations).toContain('hub.jupyter.org/dedicated'); // the chart's own user toleration stays
  }, 240_000);

  it('mounts the shared volume writable for admins and read-only for users', () => {
    const shared = (user: string) => pod(user).spec.containers[0]?.volumeMounts.find((m) => m.name === 'shared');
    expect(shared('ada')?.mountPath).toBe('/home/jovyan/shared');
    expect(shared('ada')?.readOnly ?? false).toBe(false); // false is the API's default, left out
    expect(shared('bob')).toMatchObject({ mountPath: '/home/jovyan/shared', readOnly: true });
    expect(pod('bob').spec.volumes.find((v) => v.name === 'shared')?.persistentVolumeClaim?.claimName).toBe(
      'jupyterhub-shared',
    );
    const sharedClaim = cluster.getJson<{ status: { phase: string }; spec: { accessModes: string[] } }>(
      'pvc',
      '-n',
      NS,
      'jupyterhub-shared',
    );
    expect(sharedClaim.spec.accessModes).toEqual(['ReadWriteMany']);
    expect(sharedClaim.status.phase).toBe('Bound');
  });

  it('creates nothing for a request beyond the role (a subgroup named like the admins group grants nothing)', () => {
    expect(results.mal).toMatchObject({ user: 'mal', refused: 403 });
    expect(results.mal?.reason).toContain("profile 'gpu' is not available to role user");
    expect(cluster.kubectl(['-n', NS, 'get', 'pod', 'jupyter-mal'], { allowFailure: true }).status).not.toBe(0);
    expect(cluster.kubectl(['-n', NS, 'get', 'pvc', 'claim-mal'], { allowFailure: true }).status).not.toBe(0);
  });
});

describe('GPU profiles only when the cluster has GPUs to give (the real policy, the running cluster)', () => {
  const form = (user: string, groups: string[], kubeconfig?: string) =>
    spawnUsers([{ user, groups, action: 'form' }], kubeconfig)[0] as SpawnResult;

  it('offers the GPU profile to a GPU user while a schedulable node has nvidia.com/gpu (the other has none)', () => {
    expect(GPU.resource).toBe('nvidia.com/gpu');
    expect(form('gina', ['/jupyterhub-gpu-users']).profiles).toEqual(['cpu-small', 'cpu-large', 'gpu']);
  });

  it('hides it, saying why, and refuses a GPU spawn with 409 when the only GPU node is cordoned', () => {
    // Held with the GPUs (beforeAll): no other file starts a GPU pod while the node is cordoned.
    cluster.kubectl(['cordon', GPU_NODE.name]);
    try {
      const seen = form('gina', ['/jupyterhub-gpu-users']);
      expect(seen.profiles).toEqual(['cpu-small', 'cpu-large']);
      expect(seen.form).toContain('GPU servers are not offered right now: no GPU node is available.');
      const [refused] = spawnUsers([{ user: 'gina', groups: ['/jupyterhub-gpu-users'], profile: 'gpu' }]);
      expect(refused).toMatchObject({ user: 'gina', refused: 409 });
      expect(refused?.reason).toContain("profile 'gpu' needs 1 nvidia.com/gpu on one node, but no schedulable node");
      expect(cluster.kubectl(['-n', NS, 'get', 'pod', 'jupyter-gina'], { allowFailure: true }).status).not.toBe(0);
    } finally {
      cluster.kubectl(['uncordon', GPU_NODE.name]);
    }
  });

  it('hides it from the form (and keeps the form) when the API fails or hangs, logging why', async () => {
    // Failing: nothing listens. Hanging: a server that accepts connections and never answers.
    const hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    try {
      for (const server of ['https://127.0.0.1:9', `https://127.0.0.1:${port}`]) {
        const kubeconfig = join(mkdtempSync(join(tmpdir(), 'thinkube-badapi-')), 'config');
        const config = parse(readFileSync(cluster.kubeconfig, 'utf8')) as {
          clusters: { cluster: { server: string } }[];
        };
        for (const entry of config.clusters) entry.cluster.server = server;
        writeFileSync(kubeconfig, JSON.stringify(config));
        const started = Date.now();
        const seen = form('gina', ['/jupyterhub-gpu-users'], kubeconfig);
        expect(seen.profiles).toEqual(['cpu-small', 'cpu-large']);
        expect(seen.form).toContain('GPU nodes could not be checked');
        expect(lastStderr).toContain('thinkube: GPU profiles hidden: the node list failed');
        // The hub waits at most its API timeout (3 s), not KubeSpawner's own.
        expect(Date.now() - started).toBeLessThan(15_000);
      }
    } finally {
      hanging.close();
    }
  }, 120_000);
});
