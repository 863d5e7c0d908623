/**
 * User servers for real: the real KubeSpawner 7.0.0, configured by the chart's own jupyterhub_config.py
 * and z2jh.py from the release the real chart rendered (dist/rendered), with the access policy the
 * values carry, creates each user's home PVC and pod on a real kube-apiserver 1.36.3 whose hub namespace
 * enforces Pod Security "restricted" (test/e2e/chart_hub/). No kubelet runs: the pods are admitted and
 * stored, not started. A request beyond a role's caps creates nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notebookImages } from '../../app/hub-values.js';
import { REAL_CHART } from '../support/real-chart.js';
import { defaultConfig, REPO_ROOT } from '../support/synth.js';
import { type KubeApiServer, startKubeApiServer } from './support/kube-apiserver.js';
import { CACHE } from './support/processes.js';

interface SpawnResult {
  user: string;
  created?: string[];
  refused?: number;
  reason?: string;
  error?: string;
}

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
  const requests = [
    { user: 'ada', groups: ['/jupyterhub-admins'], profile: 'gpu' },
    { user: 'gus', groups: ['/jupyterhub-gpu-users'], profile: 'cpu-large' },
    { user: 'bob', groups: ['/jupyterhub-users'], profile: 'cpu-small' },
    { user: 'dee', roles: ['user'], profile: 'cpu-small' },
    { user: 'mal', groups: ['/jupyterhub-users', '/x/jupyterhub-admins'], profile: 'gpu' },
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'thinkube-spawn-')), 'requests.json');
  writeFileSync(file, JSON.stringify(requests));
  const run = spawnSync(
    join(CACHE, 'hub-venv', 'bin', 'python'),
    [
      join(REPO_ROOT, 'test', 'e2e', 'chart_hub', 'spawn_users.py'),
      join(REPO_ROOT, 'dist', 'rendered', 'jupyterhub.k8s.yaml'),
      REAL_CHART,
      file,
    ],
    { encoding: 'utf8', env: { ...process.env, KUBECONFIG: cluster.kubeconfig }, timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`spawn_users.py failed: ${run.stderr}`);
  results = Object.fromEntries(
    run.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as SpawnResult)
      .map((r) => [r.user, r]),
  );
}, 300_000);

afterAll(async () => {
  await cluster?.stop();
});

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
