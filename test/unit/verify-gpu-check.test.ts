/**
 * npm run verify's GPU check reads the nodes through kubectl: capacity per node and resource when a
 * schedulable node has the GPU resource, a warning (not a failure: the hub hides GPU profiles then)
 * when none does, not applicable without GPU profiles. kubectl is replaced by its answers here; the
 * pipeline test runs the same check against a real API server.
 */
import { describe, expect, it } from 'vitest';
import type { Kubectl } from '../../cli/support/kubectl.js';
import { clusterChecks } from '../../cli/verify/cluster-checks.js';
import { configWith, defaultConfig, REPO_ROOT } from '../support/synth.js';

function kubectlAnswering(nodes: object[]): Kubectl {
  return (args) => {
    if (args[0] === 'get' && args[1] === 'nodes')
      return { status: 0, stdout: JSON.stringify({ items: nodes }), stderr: '' };
    return { status: 1, stdout: '', stderr: 'not part of this test' };
  };
}

const node = (name: string, allocatable: Record<string, string>, unschedulable = false) => ({
  metadata: { name },
  spec: { unschedulable },
  status: { allocatable },
});

async function gpuCheck(config = defaultConfig(), nodes: object[] = []) {
  const checks = await clusterChecks(config, `${REPO_ROOT}/dist`, kubectlAnswering(nodes), 'http://127.0.0.1:9');
  return checks.find((c) => c.name === 'GPU nodes for the GPU profiles');
}

describe('verify: GPU nodes', () => {
  it('reports capacity per node and resource', async () => {
    const check = await gpuCheck(defaultConfig(), [
      node('gpu-a', { 'nvidia.com/gpu': '2' }),
      node('cpu-b', { cpu: '8' }),
      node('gpu-c', { 'nvidia.com/gpu': '1' }),
    ]);
    expect(check).toEqual({
      name: 'GPU nodes for the GPU profiles',
      status: 'pass',
      detail: 'gpu-a: nvidia.com/gpu=2, gpu-c: nvidia.com/gpu=1',
    });
  });

  it('warns, naming cordoned GPU nodes, when no schedulable node has the resource', async () => {
    const check = await gpuCheck(defaultConfig(), [node('gpu-a', { 'nvidia.com/gpu': '2' }, true), node('cpu-b', {})]);
    expect(check?.status).toBe('warn');
    expect(check?.detail).toBe(
      'GPU profiles gpu are configured, but no schedulable node of 2 advertises nvidia.com/gpu (cordoned: gpu-a); the hub hides them until one does',
    );
  });

  it('does not apply without GPU profiles', async () => {
    const check = await gpuCheck(configWith('gpu: { enabled: false }'), []);
    expect(check).toMatchObject({ status: 'n/a', detail: 'no GPU profile is configured' });
  });
});
