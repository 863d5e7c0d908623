/**
 * The chart's three NetworkPolicies (hub, proxy, user servers) as values. The chart's built-in egress
 * rules are all turned off but DNS: each policy states what its pods may reach, and nothing else.
 */
import type { ChartValues } from './chart-values.js';

/** The chart's built-in egress rules, all off but DNS to kube-system: the project states the rest itself. */
export const DNS_ONLY = {
  cloudMetadataServer: false,
  dnsPortsCloudMetadataServer: false,
  dnsPortsKubeSystemNamespace: true,
  dnsPortsPrivateIPs: false,
  nonPrivateIPs: false,
  privateIPs: false,
} as const;

/**
 * IPv4 ranges that are not the public internet: private (RFC 1918), carrier-grade NAT (RFC 6598, which
 * some clusters use for pods), link-local (the cloud metadata server), loopback, "this network",
 * multicast and reserved.
 */
export const NON_PUBLIC_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
] as const;

type HubPolicy = NonNullable<NonNullable<ChartValues['hub']>['networkPolicy']>;
type ProxyPolicy = NonNullable<NonNullable<NonNullable<ChartValues['proxy']>['chp']>['networkPolicy']>;
type SingleuserPolicy = NonNullable<NonNullable<ChartValues['singleuser']>['networkPolicy']>;

/**
 * A NetworkPolicy egress rule as JSON. The chart's schema leaves its policy rules open (`unknown[]`), and
 * cdk8s's Kubernetes types model ports as IntOrString objects, not JSON; this is the part the app writes.
 */
interface NetworkPolicyEgressRule {
  readonly to: readonly Record<string, unknown>[];
  readonly ports?: readonly { readonly port: number | string; readonly protocol: 'TCP' }[];
}

/** Addresses and TCP ports a pod may reach. */
export interface EgressTarget {
  readonly cidrs: readonly string[];
  readonly ports: readonly number[];
}

const tcp = (ports: readonly number[]) => ports.map((port) => ({ port, protocol: 'TCP' as const }));
const inNamespace = (name: string) => ({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } } });

export interface HubNetworkPolicyProps {
  /** The Kubernetes API server (KubeSpawner creates pods and volumes there). */
  readonly kubernetesApi: EgressTarget;
  /** Keycloak: its namespace in the cluster and, when it is outside, its public address range. */
  readonly keycloak: EgressTarget & { readonly namespace: string };
}

/** The hub: only DNS (kube-system), the Kubernetes API and Keycloak; the chart adds the proxy and servers. */
export function hubNetworkPolicy(props: HubNetworkPolicyProps) {
  const keycloakPorts = tcp(props.keycloak.ports);
  const keycloak: NetworkPolicyEgressRule[] = [{ to: [inNamespace(props.keycloak.namespace)], ports: keycloakPorts }];
  if (props.keycloak.cidrs.length > 0) {
    keycloak.push({ to: props.keycloak.cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: keycloakPorts });
  }
  const kubernetesApi: NetworkPolicyEgressRule = {
    to: props.kubernetesApi.cidrs.map((cidr) => ({ ipBlock: { cidr } })),
    ports: tcp(props.kubernetesApi.ports),
  };
  return { enabled: true, egressAllowRules: DNS_ONLY, egress: [...keycloak, kubernetesApi] } satisfies HubPolicy;
}

/**
 * The proxy: reached only from the namespaces given (the Gateway's or the ingress controller's and, by
 * the chart's own rules, the hub); never straight from any pod of the cluster, around the route. It
 * reaches nothing but DNS beyond what the chart allows (the hub and the servers).
 */
export function proxyNetworkPolicy(ingressNamespaces: readonly string[]) {
  return {
    enabled: true,
    allowedIngressPorts: [],
    ingress: [{ from: ingressNamespaces.map(inNamespace), ports: [{ port: 'http' }] }],
    egressAllowRules: DNS_ONLY,
    egress: [],
  } satisfies ProxyPolicy;
}

/** A private address a user server may reach (a lab service), on the ports given. */
export interface PrivateEgressTarget {
  readonly cidr: string;
  readonly ports: readonly number[];
}

/** User servers: public addresses, and only the private ones given; DNS only from kube-system. */
export function singleuserNetworkPolicy(privateEgress: readonly PrivateEgressTarget[]) {
  return {
    enabled: true,
    egressAllowRules: DNS_ONLY,
    egress: [
      { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...NON_PUBLIC_IPV4] } }] },
      ...privateEgress.map((target) => ({ to: [{ ipBlock: { cidr: target.cidr } }], ports: tcp(target.ports) })),
    ],
  } satisfies SingleuserPolicy;
}
