import { describe, expect, it } from 'vitest';
import { HubNamespace } from '../../constructs/namespace/hub-namespace.js';
import { synthOf, testChart } from '../support/synth.js';

const limitRange = { defaultCpu: '1', defaultMemory: '1Gi', defaultCpuRequest: '100m', defaultMemoryRequest: '256Mi' };

describe('HubNamespace', () => {
  it('defaults: baseline enforced, restricted audited and warned, container defaults, no quota', () => {
    const chart = new HubNamespace(testChart(), 'ns', { name: 'jupyterhub', limitRange });
    const objects = synthOf(chart);
    const ns = objects.find((o) => o.kind === 'Namespace');
    expect(ns.metadata.name).toBe('jupyterhub');
    expect(ns.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'baseline',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
    });
    const lr = objects.find((o) => o.kind === 'LimitRange');
    expect(lr.metadata.namespace).toBe('jupyterhub');
    expect(lr.spec.limits[0]).toEqual({
      type: 'Container',
      default: { cpu: '1', memory: '1Gi' },
      defaultRequest: { cpu: '100m', memory: '256Mi' },
    });
    expect(objects.some((o) => o.kind === 'ResourceQuota')).toBe(false);
  });

  it('custom: restricted namespace with a quota that counts GPUs by their resource name', () => {
    const chart = new HubNamespace(testChart(), 'ns', {
      name: 'lab',
      podSecurity: 'restricted',
      limitRange,
      quota: {
        cpu: '16',
        memory: '64Gi',
        gpus: 1,
        gpuResourceName: 'nvidia.com/gpu',
        storage: '500Gi',
        persistentVolumeClaims: 50,
      },
    });
    const objects = synthOf(chart);
    expect(objects.find((o) => o.kind === 'Namespace').metadata.labels['pod-security.kubernetes.io/enforce']).toBe(
      'restricted',
    );
    const quota = objects.find((o) => o.kind === 'ResourceQuota');
    expect(quota.metadata).toMatchObject({ name: 'jupyterhub-quota', namespace: 'lab' });
    expect(quota.spec.hard).toEqual({
      'limits.cpu': '16',
      'limits.memory': '64Gi',
      'requests.nvidia.com/gpu': 1,
      'requests.storage': '500Gi',
      persistentvolumeclaims: 50,
    });
  });
});
