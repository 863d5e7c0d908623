import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { notebookImages } from '../../app/hub-values.js';
import { defaultConfig, REPO_ROOT } from '../support/synth.js';
import { type KubeApiServer, registerNode, startKubeApiServer } from './support/kube-apiserver.js';
import { type SpawnRequest, type SpawnResult, spawnUsers as spawnUsersWith } from './support/spawn-users.js';

const config = defaultConfig();
let cluster: KubeApiServer;
let results: Record<string, SpawnResult>;

interface Container {
  image: string;
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext: Record<string, unknown>;
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface Pod {
  metadata: { name: string; labels: Record<string, string> };
  spec: {
    containers: Container[];
    nodeSelector?: Record<string, string>;
    tolerations?: { key: string; effect?: string; operator?: string }[];
    runtimeClassName?: string;
    volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[];
  };
}

beforeAll(async () => {
  cluster = await startKubeApiServer();
  for (const file of ['0000-namespace.k8s.yaml', '0001-storage-class.k8s.yaml', '0002-shared-data.k8s.yaml']) {
    cluster.kubectl(['apply', '--server-side', '-f', join(REPO_ROOT, 'dist', 'k8s', file)]);
  }
  cluster.kubectl(['-n', 'jupyterhub', 'create', 'serviceaccount', 'default']);
  // What the NVIDIA GPU operator installs on a GPU cluster: the runtime class GPU servers ask for.
  cluster.kubectl(['apply', '-f', '-'], {
    input: JSON.stringify({
      apiVersion: 'node.k8s.io/v1',
      kind: 'RuntimeClass',
      metadata: { name: 'nvidia' },
      handler: 'nvidia',
    }),
  });
  // A GPU node, as its kubelet would register it: the hub offers and starts GPU servers only while one
  // is there (the policy asks the API through KubeSpawner's client).
  registerNode(cluster, 'gpu-node-1', { 'nvidia.com/gpu': '1' });
  results = Object.fromEntries(
    spawnUsers([
      { user: 'ada', groups: ['/jupyterhub-admins'], profile: 'gpu' },
      { user: 'gus', groups: ['/jupyterhub-gpu-users'], profile: 'cpu-large' },
      { user: 'bob', groups: ['/jupyterhub-users'], profile: 'cpu-small' },
      { user: 'dee', roles: ['user'], profile: 'cpu-small' },
      { user: 'mal', groups: ['/jupyterhub-users', '/x/jupyterhub-admins'], profile: 'gpu' },
    ]).map((r) => [r.user, r]),
  );
}, 300_000);

afterAll(async () => {
  await cluster?.stop();
});

/** The real KubeSpawner, configured by the chart, for each request; `kubeconfig` picks the API server. */
function spawnUsers(requests: SpawnRequest[], kubeconfig = cluster.kubeconfig): SpawnResult[] {
  const run = spawnUsersWith(requests, { kubeconfig });
  lastStderr = run.stderr;
  return run.results;
}
let lastStderr = '';

function pod(user: string): Pod {
  return JSON.parse(cluster.kubectl(['-n', 'jupyterhub', 'get', 'pod', `jupyter-${user}`, '-o', 'json']).stdout);
}

describe('KubeSpawner on a real API server, configured by the chart', () => {
  it('creates the home PVC and the pod of each allowed user, admitted by Pod Security restricted', () => {
    for (const user of ['ada', 'gus', 'bob', 'dee']) {
      expect(results[user], JSON.stringify(results[user])).toEqual({
        user,
        created: [`PersistentVolumeClaim/claim-${user}`, `Pod/jupyter-${user}`],
      });
    }
    const pvc = JSON.parse(cluster.kubectl(['-n', 'jupyterhub', 'get', 'pvc', 'claim-bob', '-o', 'json']).stdout);
    expect(pvc.spec.storageClassName).toBe('jupyterhub-home');
    expect(pvc.spec.resources.requests.storage).toBe('10Gi');
    const sc = JSON.parse(cluster.kubectl(['get', 'storageclass', 'jupyterhub-home', '-o', 'json']).stdout);
    expect(sc.reclaimPolicy).toBe('Retain');
  });

  it('sizes each server by its profile, with the node disk limit, the image tag from dist/images', () => {
    const image = notebookImages(config).get('jupyter-notebook')?.reference;
    const bob = pod('bob').spec.containers[0] as Container;
    expect(bob.image).toBe(image);
    expect(bob.resources).toEqual({
      requests: { cpu: '500m', memory: '1073741824', 'ephemeral-storage': '1Gi' },
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

  it('gives the GPU profile its GPU, node selector, tolerations beside the chart ones, runtime class and image', () => {
    const ada = pod('ada');
    const container = ada.spec.containers[0] as Container;
    expect(container.resources.limits).toMatchObject({ 'nvidia.com/gpu': '1', 'ephemeral-storage': '10Gi' });
    expect(container.image).toBe(notebookImages(config).get('jupyter-notebook-gpu')?.reference);
    expect(ada.spec.nodeSelector).toEqual({ 'nvidia.com/gpu.present': 'true' });
    expect(ada.spec.runtimeClassName).toBe('nvidia');
    const tolerations = (ada.spec.tolerations ?? []).map((t) => t.key);
    expect(tolerations).toContain('nvidia.com/gpu');
    expect(tolerations).toContain('hub.jupyter.org/dedicated'); // the chart's own user toleration stays
  });

  it('mounts the shared volume writable for admins and read-only for users', () => {
    const shared = (user: string) => pod(user).spec.containers[0]?.volumeMounts.find((m) => m.name === 'shared');
    expect(shared('ada')?.mountPath).toBe('/home/jovyan/shared');
    expect(shared('ada')?.readOnly ?? false).toBe(false); // false is the API's default, left out
    expect(shared('bob')).toMatchObject({ mountPath: '/home/jovyan/shared', readOnly: true });
    expect(pod('bob').spec.volumes.find((v) => v.name === 'shared')?.persistentVolumeClaim?.claimName).toBe(
      'jupyterhub-shared',
    );
  });

  it('creates nothing for a request beyond the role (a subgroup named like the admins group grants nothing)', () => {
    expect(results.mal).toMatchObject({ user: 'mal', refused: 403 });
    expect(results.mal?.reason).toContain("profile 'gpu' is not available to role user");
    expect(cluster.kubectl(['-n', 'jupyterhub', 'get', 'pod', 'jupyter-mal'], { allowFailure: true }).status).not.toBe(
      0,
    );
    expect(cluster.kubectl(['-n', 'jupyterhub', 'get', 'pvc', 'claim-mal'], { allowFailure: true }).status).not.toBe(0);
  });
});

describe('GPU profiles only when the cluster has GPUs to give (the real policy, the real API server)', () => {
  const form = (user: string, groups: string[], kubeconfig?: string) =>
    spawnUsers([{ user, groups, action: 'form' }], kubeconfig)[0] as SpawnResult;

  it('offers the GPU profile to a GPU user while a schedulable node has nvidia.com/gpu', () => {
    expect(form('gina', ['/jupyterhub-gpu-users']).profiles).toEqual(['cpu-small', 'cpu-large', 'gpu']);
  });

  it('hides it, saying why, and refuses a GPU spawn with 409 when the only GPU node is cordoned', () => {
    cluster.kubectl(['cordon', 'gpu-node-1']);
    try {
      const seen = form('gina', ['/jupyterhub-gpu-users']);
      expect(seen.profiles).toEqual(['cpu-small', 'cpu-large']);
      expect(seen.form).toContain('GPU servers are not offered right now: no GPU node is available.');
      const [refused] = spawnUsers([{ user: 'gina', groups: ['/jupyterhub-gpu-users'], profile: 'gpu' }]);
      expect(refused).toMatchObject({ user: 'gina', refused: 409 });
      expect(refused?.reason).toContain("profile 'gpu' needs 1 nvidia.com/gpu on one node, but no schedulable node");
      expect(
        cluster.kubectl(['-n', 'jupyterhub', 'get', 'pod', 'jupyter-gina'], { allowFailure: true }).status,
      ).not.toBe(0);
    } finally {
      cluster.kubectl(['uncordon', 'gpu-node-1']);
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
