import { Construct } from 'constructs';
import { IntOrString, KubeNetworkPolicy } from '../../imports/k8s.js';

export interface HelperPodPoliciesProps {
  /** Namespace of the release. */
  readonly namespace: string;
  /** Where the Kubernetes API server is, as NetworkPolicy sees it: the user scheduler's only peer. */
  readonly kubernetesApi: { readonly cidrs: readonly string[]; readonly ports: readonly number[] };
}

/** The chart's helper pods, by the `component` label the chart gives them. */
export const HELPER_COMPONENTS = {
  imagePuller: 'continuous-image-puller',
  placeholder: 'user-placeholder',
  userScheduler: 'user-scheduler',
} as const;

/**
 * NetworkPolicies for the pods of the chart that its own `networkPolicy` settings do not cover (it has
 * them for the hub, the proxy and user servers only). The image puller and the user placeholders are
 * pause containers: no traffic in or out. The user scheduler talks to the Kubernetes API and nothing
 * else. With these, every pod of the release is under a policy.
 */
export class HelperPodPolicies extends Construct {
  constructor(scope: Construct, id: string, props: HelperPodPoliciesProps) {
    super(scope, id);
    const policy = (name: string, component: string, egress?: object[]) =>
      new KubeNetworkPolicy(this, name, {
        metadata: { name: `${component}-isolated`, namespace: props.namespace },
        spec: {
          podSelector: { matchLabels: { app: 'jupyterhub', component } },
          policyTypes: ['Ingress', 'Egress'],
          ...(egress ? { egress } : {}),
        },
      });
    policy('ImagePuller', HELPER_COMPONENTS.imagePuller);
    policy('Placeholder', HELPER_COMPONENTS.placeholder);
    policy('UserScheduler', HELPER_COMPONENTS.userScheduler, [
      {
        to: props.kubernetesApi.cidrs.map((cidr) => ({ ipBlock: { cidr } })),
        ports: props.kubernetesApi.ports.map((port) => ({ port: IntOrString.fromNumber(port), protocol: 'TCP' })),
      },
    ]);
  }
}
