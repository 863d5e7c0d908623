import { describe, expect, it } from 'vitest';
import { HomeStorageClass } from '../../constructs/storage/home-storage-class.js';
import { SharedDataVolume } from '../../constructs/storage/shared-data-volume.js';
import { synthOf, testChart } from '../support/synth.js';

describe('HomeStorageClass', () => {
  it('defaults: MicroK8s hostpath, volumes retained, bound where the pod lands, expandable', () => {
    const [sc] = synthOf(new HomeStorageClass(testChart(), 'sc', { name: 'jupyterhub-home' }));
    expect(sc).toMatchObject({
      kind: 'StorageClass',
      metadata: { name: 'jupyterhub-home' },
      provisioner: 'microk8s.io/hostpath',
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
    });
    expect(sc.metadata.namespace).toBeUndefined();
  });

  it('custom: another provisioner with parameters', () => {
    const [sc] = synthOf(
      new HomeStorageClass(testChart(), 'sc', {
        name: 'homes-ceph',
        provisioner: 'rbd.csi.ceph.com',
        parameters: { pool: 'homes' },
      }),
    );
    expect(sc.provisioner).toBe('rbd.csi.ceph.com');
    expect(sc.parameters).toEqual({ pool: 'homes' });
    expect(sc.reclaimPolicy).toBe('Retain');
  });
});

describe('SharedDataVolume', () => {
  const props = {
    namespace: 'jupyterhub',
    pvcName: 'jupyterhub-shared',
    storageClassName: 'juicefs-sc',
    capacity: '100Gi',
  };

  it('defaults: a ReadWriteMany claim in the hub namespace that syncs never delete', () => {
    const [pvc] = synthOf(new SharedDataVolume(testChart(), 'shared', props));
    expect(pvc.metadata).toMatchObject({ name: 'jupyterhub-shared', namespace: 'jupyterhub' });
    expect(pvc.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    expect(pvc.spec).toMatchObject({
      accessModes: ['ReadWriteMany'],
      storageClassName: 'juicefs-sc',
      resources: { requests: { storage: '100Gi' } },
    });
  });

  it('custom: another class and a fractional size', () => {
    const [pvc] = synthOf(
      new SharedDataVolume(testChart(), 'shared', { ...props, storageClassName: 'nfs-client', capacity: '1.5Gi' }),
    );
    expect(pvc.spec.storageClassName).toBe('nfs-client');
    expect(pvc.spec.resources.requests.storage).toBe('1.5Gi');
  });

  it('fails if the volume is smaller than 1Gi', () => {
    expect(() => new SharedDataVolume(testChart(), 'shared', { ...props, capacity: '512Mi' })).toThrow(
      'SharedDataVolume capacity must be at least 1Gi, got "512Mi"',
    );
  });
});
