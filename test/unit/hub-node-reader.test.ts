import { describe, expect, it } from 'vitest';
import { HubNodeReader } from '../../constructs/jupyterhub/hub-node-reader.js';
import { synthOf, testChart } from '../support/synth.js';

describe('HubNodeReader', () => {
  it("lets the hub's ServiceAccount get and list nodes, and nothing else", () => {
    const reader = new HubNodeReader(testChart(), 'reader', { namespace: 'lab' });
    const [role, binding] = synthOf(reader);
    expect(reader.clusterRoleName).toBe('lab-hub-node-reader');
    expect(role.kind).toBe('ClusterRole');
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list'] }]);
    expect(binding.kind).toBe('ClusterRoleBinding');
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'lab-hub-node-reader',
    });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'hub', namespace: 'lab' }]);
  });

  it('binds another ServiceAccount when named, under a name per namespace (two installs do not collide)', () => {
    const [, binding] = synthOf(
      new HubNodeReader(testChart(), 'reader', { namespace: 'other', serviceAccount: 'my-hub' }),
    );
    expect(binding.metadata.name).toBe('other-hub-node-reader');
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'my-hub', namespace: 'other' }]);
  });
});
