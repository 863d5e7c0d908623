/**
 * Storage on the running cluster (issue 21): the project's home StorageClass, pointed at the cluster's
 * dynamic provisioner in this test's config only, binds a home claim when a pod uses it, as KubeSpawner's
 * claims bind on the platform; the default config's shared ReadWriteMany claim binds on the cluster's
 * shared provisioner and two pods see each other's files; `Retain` keeps the volume and its files after
 * the claim is deleted. Nothing is bound by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeImage } from '../cluster/layout.js';
import { NODE_LOCAL_PROVISIONER, SHARED_PROVISIONER } from '../cluster/storage.js';
import type { KubeObject } from '../support/contracts.js';
import { configWith, synth } from '../support/synth.js';
import { eventually, RESTRICTED_CONTAINER, type RunningCluster, runningCluster } from './support/cluster.js';

const NS = 'storage-e2e';
let cluster: RunningCluster;
let homeClass: KubeObject;
let sharedClaim: KubeObject;

interface Claim {
  status: { phase: string };
  spec: { volumeName?: string; accessModes: string[] };
}
interface Volume {
  status: { phase: string };
  spec: {
    persistentVolumeReclaimPolicy: string;
    hostPath?: { path: string };
    local?: { path: string };
    claimRef?: { name: string };
  };
  metadata: { annotations?: Record<string, string> };
}

/** A pod under the home's user and group (as KubeSpawner runs servers) that runs `script` with /data mounted. */
function podWith(name: string, claim: string, script: string): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: NS },
    spec: {
      restartPolicy: 'Never',
      securityContext: { runAsUser: 1000, runAsGroup: 100, fsGroup: 100 },
      containers: [
        {
          name: 'main',
          image: nodeImage('busybox'),
          command: ['sh', '-c', script],
          securityContext: RESTRICTED_CONTAINER,
          volumeMounts: [{ name: 'data', mountPath: '/data' }],
        },
      ],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: claim } }],
    },
  };
}

async function podSucceeded(name: string): Promise<string> {
  await eventually(
    `pod ${name} Succeeded`,
    () => {
      const phase = cluster.getJson<{ status: { phase: string } }>('pod', '-n', NS, name).status.phase;
      if (phase === 'Failed')
        throw new Error(
          `pod ${name} failed: ${cluster.kubectl(['-n', NS, 'logs', name], { allowFailure: true }).stdout}`,
        );
      return phase === 'Succeeded';
    },
    () => cluster.kubectl(['-n', NS, 'describe', 'pod', name], { allowFailure: true }).stdout,
  );
  // Logs come through kubelet, which another file's fault test may be restarting: wait for an answer.
  return await eventually(
    `the logs of ${name}`,
    () => {
      const logs = cluster.kubectl(['-n', NS, 'logs', name], { allowFailure: true });
      return logs.status === 0 ? logs.stdout : undefined;
    },
    () => cluster.kubectl(['-n', NS, 'logs', name], { allowFailure: true }).stderr,
    60_000,
  );
}

function volumePath(volume: Volume): string {
  const path = volume.spec.hostPath?.path ?? volume.spec.local?.path;
  if (!path) throw new Error(`the volume has no node path: ${JSON.stringify(volume.spec)}`);
  return path;
}

beforeAll(async () => {
  cluster = runningCluster();
  await cluster.deleted(['namespace', NS]);
  // The test config points the home StorageClass at the cluster's provisioner; the rest is the default.
  const synthesized = synth(
    configWith(
      `namespace:\n  name: ${NS}\nstorage:\n  home:\n    storageClassName: ${NS}-home\n    provisioner: ${NODE_LOCAL_PROVISIONER}\n`,
    ),
  );
  homeClass = synthesized.byKind('StorageClass');
  sharedClaim = synthesized.byKind('PersistentVolumeClaim');
  cluster.kubectl(['delete', 'storageclass', `${NS}-home`, '--ignore-not-found']);
  cluster.apply([synthesized.byKind('Namespace', NS), homeClass, sharedClaim]);
}, 180_000);

afterAll(async () => {
  if (!cluster) return;
  await cluster.deleted(['namespace', NS]);
  // Retained volumes outlive their claims by design: remove this test's, then its class.
  const volumes = cluster.getJson<{
    items: { metadata: { name: string }; spec: { claimRef?: { namespace?: string } } }[];
  }>('pv');
  for (const volume of volumes.items.filter((v) => v.spec.claimRef?.namespace === NS)) {
    cluster.kubectl(['delete', 'pv', volume.metadata.name, '--wait=false'], { allowFailure: true });
  }
  cluster.kubectl(['delete', 'storageclass', `${NS}-home`, '--ignore-not-found'], { allowFailure: true });
});

describe('storage on the running cluster', () => {
  it("binds a home claim on the project's StorageClass when a server's pod uses it (WaitForFirstConsumer)", async () => {
    expect(homeClass).toMatchObject({ reclaimPolicy: 'Retain', volumeBindingMode: 'WaitForFirstConsumer' });
    cluster.apply([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'claim-ada', namespace: NS },
        spec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: homeClass.metadata.name,
          resources: { requests: { storage: '1Gi' } },
        },
      },
    ]);
    // No consumer yet: the claim waits, as a home claim does before its first server.
    expect(cluster.getJson<Claim>('pvc', '-n', NS, 'claim-ada').status.phase).toBe('Pending');
    cluster.apply([
      podWith(
        'ada-writes',
        'claim-ada',
        'echo "notebook of ada" > /data/notes.txt && stat -c "%u %a" /data/notes.txt /data',
      ),
    ]);
    const out = await podSucceeded('ada-writes');
    // The server's user wrote it. A hostPath volume is not chowned to fsGroup (as on the platform's
    // hostpath provisioner): the provisioner's setup makes the directory 0777 instead.
    expect(out.split('\n').slice(0, 2)).toEqual(['1000 644', '0 777']);
    const claim = cluster.getJson<Claim>('pvc', '-n', NS, 'claim-ada');
    expect(claim.status.phase).toBe('Bound');
    const volume = cluster.getJson<Volume>('pv', claim.spec.volumeName as string);
    expect(volume.metadata.annotations?.['pv.kubernetes.io/provisioned-by']).toBe(NODE_LOCAL_PROVISIONER);
    expect(volume.spec.persistentVolumeReclaimPolicy).toBe('Retain');
  }, 300_000);

  it('binds the shared ReadWriteMany claim of the default config, and two pods share its files', async () => {
    const name = sharedClaim.metadata.name as string;
    const claim = await eventually(
      `the shared claim ${name} Bound`,
      () => {
        const c = cluster.getJson<Claim>('pvc', '-n', NS, name);
        return c.status.phase === 'Bound' ? c : undefined;
      },
      () => cluster.kubectl(['-n', NS, 'describe', 'pvc', name], { allowFailure: true }).stdout,
    );
    expect(claim.spec.accessModes).toEqual(['ReadWriteMany']);
    const volume = cluster.getJson<Volume>('pv', claim.spec.volumeName as string);
    expect(volume.metadata.annotations?.['pv.kubernetes.io/provisioned-by']).toBe(SHARED_PROVISIONER);
    expect(volume.spec.persistentVolumeReclaimPolicy).toBe('Retain');
    cluster.apply([podWith('shared-writer', name, 'echo "dataset v1" > /data/README && echo written')]);
    expect(await podSucceeded('shared-writer')).toContain('written');
    cluster.apply([podWith('shared-reader', name, 'cat /data/README')]);
    expect(await podSucceeded('shared-reader')).toBe('dataset v1\n');
  }, 300_000);

  it('keeps the home volume and its files when the claim is deleted (Retain)', async () => {
    const volumeName = cluster.getJson<Claim>('pvc', '-n', NS, 'claim-ada').spec.volumeName as string;
    await cluster.deleted(['-n', NS, 'pod', 'ada-writes']);
    await cluster.deleted(['-n', NS, 'pvc', 'claim-ada']);
    const volume = await eventually(
      `the volume ${volumeName} Released`,
      () => {
        const v = cluster.getJson<Volume>('pv', volumeName);
        return v.status.phase === 'Released' ? v : undefined;
      },
      () => cluster.kubectl(['describe', 'pv', volumeName], { allowFailure: true }).stdout,
    );
    const file = join(volumePath(volume), 'notes.txt');
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('notebook of ada\n');
  }, 120_000);
});
