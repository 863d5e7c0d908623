import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthTerraform } from '../../app/synth-terraform.js';
import { STACKS } from '../../constructs/names.js';
import { HubNamespace } from '../../constructs/namespace/hub-namespace.js';
import { STATE_NAMESPACE_LABEL } from '../../constructs/terraform-state/state-namespace.js';
import { configWith, synth, synthOf, testChart } from '../support/synth.js';

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

describe('the Terraform state namespace (terraform.backend kubernetes, issue 20.6)', () => {
  it("keeps every stack's state out of the hub namespace, in a labelled namespace applied with the hub's", () => {
    const config = configWith('terraform: { backend: kubernetes }');
    const namespaces = (synth(config).charts.namespace?.toJson() ?? []).filter(
      (o: { kind: string }) => o.kind === 'Namespace',
    );
    expect(namespaces.map((n: { metadata: { name: string } }) => n.metadata.name)).toEqual([
      'jupyterhub',
      'thinkube-jupyterhub-state',
    ]);
    expect(namespaces[1].metadata.labels).toMatchObject({
      ...STATE_NAMESPACE_LABEL,
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
    const outdir = mkdtempSync(join(tmpdir(), 'thinkube-state-'));
    synthTerraform(config, outdir);
    for (const stack of Object.values(STACKS)) {
      const json = JSON.parse(readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
      expect(json.terraform.backend.kubernetes).toEqual({
        namespace: 'thinkube-jupyterhub-state',
        secret_suffix: `thinkube-jupyterhub-${stack}`,
      });
    }
  });

  it('is left out with the local backend, and refused as the hub namespace', () => {
    const names = synth(configWith(''))
      .charts.namespace?.toJson()
      .filter((o: { kind: string }) => o.kind === 'Namespace')
      .map((n: { metadata: { name: string } }) => n.metadata.name);
    expect(names).toEqual(['jupyterhub']);
    expect(() => configWith('terraform: { backend: kubernetes, stateNamespace: jupyterhub }')).toThrow(
      'terraform.stateNamespace: must not be the hub\'s namespace (namespace.name): the hub\'s Role reads every Secret there (got "jupyterhub")',
    );
  });
});
