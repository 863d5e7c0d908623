/**
 * NetworkPolicies enforced by packets: kube-router's network policy controller (firewall only: no
 * routing, no service proxy, no CNI) as a node process inside the node's network namespace, with
 * iptables and ipset there. The bridge CNI has no policy engine; this is the one the tests meet.
 *
 * It runs as a ServiceAccount of its own (kube-system/kube-router) with read access to what it watches
 * and nothing else; its token comes from the TokenRequest API, valid for the cluster's life.
 */

export const POLICY_CONTROLLER = {
  namespace: 'kube-system',
  serviceAccount: 'kube-router',
  healthPort: 20244,
} as const;

export function policyControllerObjects(): object[] {
  const { namespace, serviceAccount } = POLICY_CONTROLLER;
  const name = 'thinkube-test:kube-router';
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: serviceAccount, namespace } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name },
      rules: [
        {
          apiGroups: [''],
          resources: ['namespaces', 'pods', 'services', 'nodes', 'endpoints'],
          verbs: ['get', 'list', 'watch'],
        },
        { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ kind: 'ServiceAccount', name: serviceAccount, namespace }],
    },
  ];
}

export function policyControllerArgs(kubeconfig: string, nodeName: string, serviceCidr: string): string[] {
  return [
    `--kubeconfig=${kubeconfig}`,
    `--hostname-override=${nodeName}`,
    '--run-firewall=true',
    '--run-router=false',
    '--run-service-proxy=false',
    '--enable-cni=false',
    '--enable-ipv4=true',
    '--enable-ipv6=false',
    `--service-cluster-ip-range=${serviceCidr}`,
    `--health-port=${POLICY_CONTROLLER.healthPort}`,
    '--metrics-port=0',
  ];
}
