/**
 * NetworkPolicies enforced by packets (issue 21): the NetworkPolicies the real chart 4.4.0 renders from
 * the synthesized values, applied on the running cluster, where kube-router's policy controller
 * enforces them, between pods that carry the labels and named ports the chart's hub and proxy and
 * KubeSpawner's user servers carry (busybox web servers standing in for the programs). Each flow is
 * tried by a real connection, once with no policy (every flow connects: the network is not what
 * refuses) and once with the policies; and the unit-test evaluator (test/support/network-policy.ts)
 * must give the same answer for every flow: the evaluator is the fast check, this is the truth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { hubChartValues } from '../../app/hub-values.js';
import { NETWORK, nodeImage } from '../cluster/layout.js';
import { egressAllows, type Flow, ingressAllows, type NetworkPolicyObject } from '../support/network-policy.js';
import { renderRealChart } from '../support/real-chart.js';
import { configWith } from '../support/synth.js';
import { eventually, RESTRICTED_CONTAINER, type RunningCluster, runningCluster } from './support/cluster.js';

const HUB_NS = 'netpol-e2e';
const config = configWith(`namespace:\n  name: ${HUB_NS}\n`);
const KEYCLOAK_NS = config.keycloak.networkEgress.namespace as string;
const GATEWAY_NS = config.exposure.httpRoute.gatewayNamespace;
const OTHER_NS = 'netpol-e2e-elsewhere';
const NAMESPACES = [HUB_NS, KEYCLOAK_NS, GATEWAY_NS, OTHER_NS];

let cluster: RunningCluster;
let policies: NetworkPolicyObject[];

const CHART_LABELS = { app: 'jupyterhub', release: 'jupyterhub' };

interface StandIn {
  namespace: string;
  labels: Record<string, string>;
  ports: { name: string; port: number }[];
}

/**
 * The pods, labelled as the chart labels its hub and proxy (the Deployments' templates) and as
 * KubeSpawner labels a user server under the chart's config (component singleuser-server, the chart's
 * common labels, network-access-hub; its port is named notebook-port).
 */
const PODS: Record<string, StandIn> = {
  hub: { namespace: HUB_NS, labels: {}, ports: [{ name: 'http', port: 8081 }] },
  proxy: {
    namespace: HUB_NS,
    labels: {},
    ports: [
      { name: 'http', port: 8000 },
      { name: 'api', port: 8001 },
    ],
  },
  'user-ada': {
    namespace: HUB_NS,
    labels: { ...CHART_LABELS, component: 'singleuser-server', 'hub.jupyter.org/network-access-hub': 'true' },
    ports: [{ name: 'notebook-port', port: 8888 }],
  },
  'user-bob': {
    namespace: HUB_NS,
    labels: { ...CHART_LABELS, component: 'singleuser-server', 'hub.jupyter.org/network-access-hub': 'true' },
    ports: [{ name: 'notebook-port', port: 8888 }],
  },
  keycloak: { namespace: KEYCLOAK_NS, labels: { app: 'keycloak' }, ports: [{ name: 'http', port: 8080 }] },
  gateway: { namespace: GATEWAY_NS, labels: { app: 'gateway' }, ports: [{ name: 'http', port: 8080 }] },
  elsewhere: { namespace: OTHER_NS, labels: { app: 'other' }, ports: [{ name: 'http', port: 8080 }] },
};

function standInPod(name: string, pod: StandIn): object {
  const servers = pod.ports.map((p) => `httpd -p ${p.port} -h /tmp/www`).join(' && ');
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: pod.namespace, labels: pod.labels },
    spec: {
      terminationGracePeriodSeconds: 1,
      containers: [
        {
          name: 'server',
          image: nodeImage('busybox'),
          command: ['sh', '-c', `mkdir -p /tmp/www && echo ok > /tmp/www/index.html && ${servers} && exec sleep 3600`],
          ports: pod.ports.map((p) => ({ name: p.name, containerPort: p.port })),
          securityContext: RESTRICTED_CONTAINER,
          volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
        },
      ],
      volumes: [{ name: 'tmp', emptyDir: {} }],
    },
  };
}

const podIps: Record<string, string> = {};

/** A flow: from a pod to a pod's port, to an address, or a DNS lookup through the cluster's DNS. */
interface Case {
  from: string;
  to: { pod: string; port: number } | { ip: string; port: number } | 'dns';
  /** What the security model says (docs/security.md). */
  expected: boolean;
}

const CASES: Case[] = [
  { from: 'hub', to: { pod: 'proxy', port: 8001 }, expected: true },
  { from: 'hub', to: { pod: 'user-ada', port: 8888 }, expected: true },
  { from: 'hub', to: 'dns', expected: true },
  { from: 'hub', to: { pod: 'keycloak', port: 8080 }, expected: true },
  { from: 'hub', to: { ip: NETWORK.nodeIp, port: 6443 }, expected: true }, // the Kubernetes API
  { from: 'hub', to: { pod: 'elsewhere', port: 8080 }, expected: false },
  { from: 'user-ada', to: { pod: 'hub', port: 8081 }, expected: true },
  { from: 'user-ada', to: 'dns', expected: true },
  { from: 'user-ada', to: { pod: 'user-bob', port: 8888 }, expected: false },
  { from: 'user-ada', to: { pod: 'keycloak', port: 8080 }, expected: false },
  { from: 'user-ada', to: { ip: NETWORK.nodeIp, port: 6443 }, expected: false },
  { from: 'user-ada', to: { pod: 'proxy', port: 8001 }, expected: false },
  { from: 'user-ada', to: { pod: 'elsewhere', port: 8080 }, expected: false },
  { from: 'gateway', to: { pod: 'proxy', port: 8000 }, expected: true },
  { from: 'gateway', to: { pod: 'hub', port: 8081 }, expected: false },
  { from: 'elsewhere', to: { pod: 'proxy', port: 8000 }, expected: false },
  { from: 'elsewhere', to: { pod: 'user-ada', port: 8888 }, expected: false },
  { from: 'elsewhere', to: { pod: 'hub', port: 8081 }, expected: false },
];

function describeCase(c: Case): string {
  const to = c.to === 'dns' ? 'DNS' : 'pod' in c.to ? `${c.to.pod}:${c.to.port}` : `${c.to.ip}:${c.to.port}`;
  return `${c.from} -> ${to}`;
}

/** One try of the flow from inside the source pod: true when it connected (an answer came back). */
async function connects(c: Case): Promise<boolean> {
  const target = c.to;
  const script =
    target === 'dns'
      ? `timeout 3 nslookup kubernetes.default.svc.${NETWORK.clusterDomain} >/dev/null 2>&1 && echo OPEN || echo BLOCKED`
      : 'pod' in target
        ? `timeout 3 wget -q -O - http://${podIps[target.pod]}:${target.port}/index.html >/dev/null 2>&1 && echo OPEN || echo BLOCKED`
        : // The API speaks TLS, not HTTP: a connection that opens is what counts (busybox nc exits 0
          // once connected and its stdin is at its end, 1 when refused or after -w seconds).
          `echo | timeout 3 nc -w 2 ${target.ip} ${target.port} >/dev/null 2>&1 && echo OPEN || echo BLOCKED`;
  const source = PODS[c.from] as StandIn;
  // exec goes through kubelet, which another file's fault test may be restarting: until the probe
  // answers OPEN or BLOCKED, it is not an answer, so wait for one (a restart takes seconds).
  let last = '';
  const verdict = await eventually(
    `the probe in ${c.from} answering`,
    async () => {
      const run = await cluster.kubectlAsync(['-n', source.namespace, 'exec', c.from, '--', 'sh', '-c', script], {
        allowFailure: true,
      });
      last = run.stderr;
      if (run.stdout.includes('OPEN')) return 'open';
      if (run.stdout.includes('BLOCKED')) return 'blocked';
      return undefined;
    },
    () => `kubectl exec said: ${last}`,
    90_000,
  );
  return verdict === 'open';
}

/** The flow tried twice: a refusal must hold on the second try (a lost first packet is not a verdict). */
async function enforced(c: Case): Promise<boolean> {
  return (await connects(c)) || (await connects(c));
}

/** What the evaluator says: the source's egress policy and the destination's ingress policy both allow. */
function evaluated(c: Case): boolean {
  const source = PODS[c.from] as StandIn;
  const selects = (p: NetworkPolicyObject, pod: StandIn, type: 'Ingress' | 'Egress') => {
    const spec = p.spec as { podSelector?: { matchLabels?: Record<string, string> }; policyTypes?: string[] };
    return (
      p.metadata.namespace === pod.namespace &&
      (spec.policyTypes ?? []).includes(type) &&
      Object.entries(spec.podSelector?.matchLabels ?? {}).every(([k, v]) => pod.labels[k] === v)
    );
  };
  let flow: Flow;
  let destination: StandIn | undefined;
  if (c.to === 'dns') {
    flow = { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' }, port: 53, protocol: 'UDP' };
  } else if ('pod' in c.to) {
    destination = PODS[c.to.pod] as StandIn;
    flow = { namespace: destination.namespace, podLabels: destination.labels, port: c.to.port, ip: podIps[c.to.pod] };
  } else {
    flow = { ip: c.to.ip, port: c.to.port };
  }
  const egress = policies.filter((p) => selects(p, source, 'Egress'));
  const egressOk = egress.length === 0 || egress.some((p) => egressAllows(p, flow));
  if (!destination) return egressOk;
  const ingress = policies.filter((p) => selects(p, destination as StandIn, 'Ingress'));
  const from: Flow = { namespace: source.namespace, podLabels: source.labels, port: flow.port };
  // Ingress rules may name the port (the chart's do): the destination's name for it counts too.
  const namedPort = destination.ports.find((p) => p.port === flow.port)?.name;
  const ingressOk =
    ingress.length === 0 ||
    ingress.some(
      (p) => ingressAllows(p, from) || (namedPort !== undefined && ingressAllows(p, { ...from, port: namedPort })),
    );
  return egressOk && ingressOk;
}

beforeAll(async () => {
  cluster = runningCluster();
  const rendered = renderRealChart(hubChartValues(config), '1.33.0', HUB_NS);
  policies = rendered
    .filter((o) => o.kind === 'NetworkPolicy')
    .map((o) => ({
      ...(o as unknown as NetworkPolicyObject),
      metadata: { ...o.metadata, namespace: HUB_NS } as NetworkPolicyObject['metadata'],
    }));
  // The hub's and the proxy's labels, from the chart's own Deployments.
  for (const name of ['hub', 'proxy']) {
    const deployment = rendered.find((o) => o.kind === 'Deployment' && o.metadata.name === name) as unknown as {
      spec: { template: { metadata: { labels: Record<string, string> } } };
    };
    (PODS[name] as StandIn).labels = deployment.spec.template.metadata.labels;
  }
  for (const ns of NAMESPACES) await cluster.deleted(['namespace', ns]);
  cluster.kubectl(['apply', '-f', '-'], {
    input: [
      ...NAMESPACES.map((name) => ({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
      })),
      ...Object.entries(PODS).map(([name, pod]) => standInPod(name, pod)),
    ]
      .map((o) => stringify(o))
      .join('---\n'),
  });
  for (const [name, pod] of Object.entries(PODS)) {
    podIps[name] = await eventually(
      `pod ${name} Running`,
      () => {
        const p = cluster.getJson<{ status: { phase: string; podIP?: string } }>('pod', '-n', pod.namespace, name);
        return p.status.phase === 'Running' ? p.status.podIP : undefined;
      },
      () => cluster.kubectl(['-n', pod.namespace, 'describe', 'pod', name], { allowFailure: true }).stdout,
    );
  }
}, 300_000);

afterAll(() => {
  for (const ns of NAMESPACES) {
    cluster?.kubectl(['delete', 'namespace', ns, '--ignore-not-found', '--wait=false'], { allowFailure: true });
  }
});

describe('NetworkPolicies enforced on the running cluster (kube-router)', () => {
  it('with no policy, every flow connects (the network itself refuses nothing)', async () => {
    const refused: string[] = [];
    for (const c of CASES) if (!(await enforced(c))) refused.push(describeCase(c));
    expect(refused).toEqual([]);
  }, 300_000);

  it("with the chart's policies, each flow is what the security model says, and what the evaluator says", async () => {
    await cluster.kubectlAsync(['apply', '-f', '-'], { input: policies.map((p) => stringify(p)).join('---\n') });
    // The policies take effect within a second: wait for a flow they refuse to be refused.
    const probe = CASES.find((c) => c.from === 'elsewhere' && !c.expected) as Case;
    await eventually(
      'the policies in force',
      async () => !(await connects(probe)),
      () => cluster.kubectl(['get', 'networkpolicies', '-n', HUB_NS], { allowFailure: true }).stdout,
      60_000,
    );
    const results: { flow: string; enforced: boolean; evaluated: boolean; expected: boolean }[] = [];
    for (const c of CASES) {
      results.push({
        flow: describeCase(c),
        enforced: await enforced(c),
        evaluated: evaluated(c),
        expected: c.expected,
      });
    }
    expect(
      results.filter((r) => r.enforced !== r.evaluated),
      'the evaluator disagrees with the packets',
    ).toEqual([]);
    expect(
      results.filter((r) => r.enforced !== r.expected),
      'not what the security model says',
    ).toEqual([]);
  }, 600_000);
});
