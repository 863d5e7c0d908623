import { describe, expect, it } from 'vitest';
import { HELPER_COMPONENTS, HelperPodPolicies } from '../../constructs/jupyterhub/helper-pod-policies.js';
import { synthOf, testChart } from '../support/synth.js';

describe('HelperPodPolicies', () => {
  const objects = () =>
    synthOf(
      new HelperPodPolicies(testChart(), 'helpers', {
        namespace: 'lab',
        kubernetesApi: { cidrs: ['10.152.183.1/32'], ports: [443] },
      }),
    );

  it('puts every helper component of the chart under a policy of its own, in the release namespace', () => {
    const policies = objects();
    expect(policies.map((p) => p.kind)).toEqual(['NetworkPolicy', 'NetworkPolicy', 'NetworkPolicy']);
    expect(policies.map((p) => p.spec.podSelector.matchLabels.component).sort()).toEqual(
      Object.values(HELPER_COMPONENTS).sort(),
    );
    for (const policy of policies) {
      expect(policy.metadata.namespace).toBe('lab');
      expect(policy.spec.podSelector.matchLabels.app).toBe('jupyterhub');
      expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
      // No ingress rule: nothing may connect to a helper pod.
      expect(policy.spec.ingress).toBeUndefined();
    }
  });

  it('lets the pause containers reach nothing, and the user scheduler only the API server', () => {
    const byComponent = new Map(objects().map((p) => [p.spec.podSelector.matchLabels.component, p]));
    expect(byComponent.get(HELPER_COMPONENTS.imagePuller).spec.egress).toBeUndefined();
    expect(byComponent.get(HELPER_COMPONENTS.placeholder).spec.egress).toBeUndefined();
    expect(byComponent.get(HELPER_COMPONENTS.userScheduler).spec.egress).toEqual([
      { to: [{ ipBlock: { cidr: '10.152.183.1/32' } }], ports: [{ port: 443, protocol: 'TCP' }] },
    ]);
  });
});
