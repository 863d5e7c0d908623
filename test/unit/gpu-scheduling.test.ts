import { describe, expect, it } from 'vitest';
import { gpuSpawnerOverride } from '../../constructs/gpu/gpu-scheduling.js';
import { profileList } from '../../constructs/jupyterhub/profile-list.js';

const gpuNodes = {
  nodeSelector: { 'nvidia.com/gpu.present': 'true' },
  tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists' as const, effect: 'NoSchedule' as const }],
};

describe('gpuSpawnerOverride', () => {
  it('defaults: nvidia.com/gpu limit, GPU nodes, their taint tolerated, no runtime class', () => {
    expect(gpuSpawnerOverride(2, gpuNodes)).toEqual({
      extra_resource_limits: { 'nvidia.com/gpu': '2' },
      node_selector: { 'nvidia.com/gpu.present': 'true' },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
    });
  });

  it('custom: another resource name and a runtime class', () => {
    const override = gpuSpawnerOverride(1, { ...gpuNodes, resourceName: 'amd.com/gpu', runtimeClassName: 'rocm' });
    expect(override.extra_resource_limits).toEqual({ 'amd.com/gpu': '1' });
    expect(override.extra_pod_config).toEqual({ runtimeClassName: 'rocm' });
  });

  it('fails if a GPU profile has no GPUs', () => {
    expect(() => gpuSpawnerOverride(0, gpuNodes)).toThrow(
      'a GPU profile needs a whole number of GPUs of at least 1, got 0',
    );
  });
});

describe('profileList', () => {
  const small = {
    slug: 'small',
    displayName: 'Small',
    description: '',
    default: true,
    cpu: { guarantee: 0.5, limit: 2 },
    memory: { guarantee: '512Mi', limit: '4Gi' },
    gpus: 0,
    ephemeralStorage: { guarantee: '1Gi', limit: '10Gi' },
  };
  const gpu = { ...small, slug: 'gpu', default: false, gpus: 1 };

  it('converts sizes to KubeSpawner units and marks the default', () => {
    expect(profileList([small])).toEqual([
      {
        slug: 'small',
        display_name: 'Small',
        description: '',
        default: true,
        kubespawner_override: {
          cpu_guarantee: 0.5,
          cpu_limit: 2,
          mem_guarantee: '512M',
          mem_limit: '4G',
          extra_resource_guarantees: { 'ephemeral-storage': '1Gi' },
          extra_resource_limits: { 'ephemeral-storage': '10Gi' },
        },
      },
    ]);
  });

  it('a GPU profile limits the GPUs and the node disk alike (KubeSpawner replaces the whole dict)', () => {
    const [, withGpu] = profileList([small, gpu], gpuNodes);
    expect(withGpu?.kubespawner_override.extra_resource_limits).toEqual({
      'ephemeral-storage': '10Gi',
      'nvidia.com/gpu': '1',
    });
  });

  it('leaves GPU profiles out without GPU scheduling and keeps them with it', () => {
    expect(profileList([small, gpu]).map((p) => p.slug)).toEqual(['small']);
    expect(profileList([small, gpu], gpuNodes).map((p) => p.slug)).toEqual(['small', 'gpu']);
  });
});
