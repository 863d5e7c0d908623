/**
 * The NetworkPolicies the real chart (z2jh 4.4.0 from ../shared/charts, rendered by the real helm with
 * the synthesized values) makes, asked flow by flow: what the hub, the proxy and user servers may reach
 * is what the config says, and nothing else (issue 10.6). Before, the chart's defaults let the hub reach
 * every address, user servers reach carrier-grade NAT and DNS on any private address, and any pod in
 * the cluster reach the proxy around the Gateway.
 */
import { describe, expect, it } from 'vitest';
import { hubChartValues } from '../../app/hub-values.js';
import type { ThinkubeConfig } from '../../config/load.js';
import { egressAllows, type Flow, ingressAllows, type NetworkPolicyObject } from '../support/network-policy.js';
import { renderRealChart } from '../support/real-chart.js';
import { configWith, defaultConfig } from '../support/synth.js';

function renderPolicies(config: ThinkubeConfig): Record<string, NetworkPolicyObject> {
  const policies: Record<string, NetworkPolicyObject> = {};
  for (const object of renderRealChart(hubChartValues(config))) {
    if (object.kind === 'NetworkPolicy') {
      const policy = object as unknown as NetworkPolicyObject;
      policies[policy.metadata.name] = { ...policy, metadata: { ...policy.metadata, namespace: 'jupyterhub' } };
    }
  }
  return policies;
}

const tcp = (ip: string, port: number): Flow => ({ ip, port });
const dns = (ip: string): Flow => ({ ip, port: 53, protocol: 'UDP' });
const pod = (namespace: string, port: number | string, podLabels: Record<string, string> = {}): Flow => ({
  namespace,
  port,
  podLabels,
});
const kubeDns = { ...pod('kube-system', 53, { 'k8s-app': 'kube-dns' }), protocol: 'UDP' as const };

describe('the real chart, rendered with the default values', () => {
  const policies = renderPolicies(defaultConfig());
  const hub = policies.hub as NetworkPolicyObject;
  const proxy = policies.proxy as NetworkPolicyObject;
  const singleuser = policies.singleuser as NetworkPolicyObject;

  it('renders the hub, proxy and singleuser policies', () => {
    expect(Object.keys(policies).sort()).toEqual(expect.arrayContaining(['hub', 'proxy', 'singleuser']));
  });

  it('hub: DNS in kube-system, the Kubernetes API, Keycloak; nothing else', () => {
    expect(egressAllows(hub, kubeDns)).toBe(true);
    expect(egressAllows(hub, tcp('192.168.1.10', 16443))).toBe(true); // MicroK8s API on a node
    expect(egressAllows(hub, tcp('192.168.191.20', 443))).toBe(true); // Keycloak's public address
    expect(egressAllows(hub, pod('keycloak', 8080))).toBe(true);
    expect(
      egressAllows(
        hub,
        pod('jupyterhub', 8888, { component: 'singleuser-server', app: 'jupyterhub', release: 'jupyterhub' }),
      ),
    ).toBe(true);
    for (const refused of [tcp('8.8.8.8', 443), tcp('169.254.169.254', 80), tcp('10.1.2.3', 5432), dns('10.0.0.10')]) {
      expect(egressAllows(hub, refused), JSON.stringify(refused)).toBe(false);
    }
  });

  it('user servers: the public internet and DNS in kube-system; no private, CGNAT, link-local or metadata address', () => {
    expect(egressAllows(singleuser, tcp('8.8.8.8', 443))).toBe(true);
    expect(egressAllows(singleuser, tcp('151.101.0.223', 443))).toBe(true); // PyPI
    expect(egressAllows(singleuser, kubeDns)).toBe(true);
    for (const refused of [
      tcp('100.64.1.1', 443),
      tcp('169.254.169.254', 80),
      tcp('10.152.183.1', 443),
      tcp('192.168.1.1', 22),
      dns('192.168.1.1'),
      tcp('127.0.0.1', 8080),
    ]) {
      expect(egressAllows(singleuser, refused), JSON.stringify(refused)).toBe(false);
    }
  });

  it('proxy: the Gateway namespace and the hub may reach it; another namespace may not', () => {
    expect(ingressAllows(proxy, pod('gateway', 'http'))).toBe(true);
    expect(ingressAllows(proxy, pod('jupyterhub', 'api', { 'hub.jupyter.org/network-access-proxy-api': 'true' }))).toBe(
      true,
    );
    expect(ingressAllows(proxy, pod('attacker', 'http'))).toBe(false);
    expect(ingressAllows(proxy, pod('jupyterhub', 'http'))).toBe(false);
    expect(egressAllows(proxy, tcp('8.8.8.8', 443))).toBe(false);
  });
});

describe('the real chart, rendered with network settings', () => {
  const policies = renderPolicies(
    configWith(`
network:
  kubernetesApi: { cidrs: [192.168.1.10/32], ports: [16443] }
  userPrivateEgress: [{ cidr: 10.20.0.0/16, ports: [11434] }]
  proxyIngressNamespaces: [envoy-gateway-system]
`),
  );

  it('opens exactly what the config names', () => {
    const hub = policies.hub as NetworkPolicyObject;
    const singleuser = policies.singleuser as NetworkPolicyObject;
    const proxy = policies.proxy as NetworkPolicyObject;
    expect(egressAllows(hub, tcp('192.168.1.10', 16443))).toBe(true);
    expect(egressAllows(hub, tcp('192.168.1.11', 16443))).toBe(false);
    expect(egressAllows(singleuser, tcp('10.20.3.4', 11434))).toBe(true);
    expect(egressAllows(singleuser, tcp('10.20.3.4', 22))).toBe(false);
    expect(ingressAllows(proxy, pod('envoy-gateway-system', 'http'))).toBe(true);
    expect(ingressAllows(proxy, pod('gateway', 'http'))).toBe(false);
  });
});

describe('the evaluator (negative control)', () => {
  it('finds the wide-open egress of the chart defaults', () => {
    const wideOpen: NetworkPolicyObject = {
      metadata: { name: 'hub', namespace: 'jupyterhub' },
      spec: { egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }] },
    };
    expect(egressAllows(wideOpen, tcp('8.8.8.8', 443))).toBe(true);
    expect(egressAllows(wideOpen, tcp('10.0.0.1', 443))).toBe(false);
  });
});
