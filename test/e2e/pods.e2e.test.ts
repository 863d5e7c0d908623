/**
 * The test cluster runs pods (issue 21, first part): two nodes, each a kubelet v1.36.3 on its own
 * containerd and runc, the bridge CNI, kube-proxy's Services, CoreDNS, and the controllers that a bare
 * API server lacks (the namespace's default ServiceAccount, a Deployment's pods). Pods under Pod Security
 * `restricted`, as the hub namespace enforces. Nothing is registered, bound or created by hand. The web
 * pod is pinned to the first node, whose kubelet the fault test restarts; a client on the second node
 * reaches it by its Service's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClusterNode,
  CPU_NODE,
  GPU,
  GPU_ALLOCATABLE_OUTPUT,
  GPU_NODE,
  NETWORK,
  NODE_NAME,
  NODES,
  nodeImage,
  pinnedVersions,
} from '../cluster/layout.js';
import { eventually, RESTRICTED_CONTAINER, type RunningCluster, runningCluster } from './support/cluster.js';

const NS = 'cluster-smoke';
let cluster: RunningCluster;

const onNode = (node: ClusterNode) => ({ 'kubernetes.io/hostname': node.name });

/**
 * `kubectl run` of a one-off busybox pod in the test's namespace on `node`, its container admitted by
 * `restricted`.
 */
function busyboxRun(name: string, command: string[], node: ClusterNode = GPU_NODE): string[] {
  const image = nodeImage('busybox');
  const container = { name, image, stdin: true, command, securityContext: RESTRICTED_CONTAINER };
  return [
    'run',
    name,
    '-n',
    NS,
    '--restart=Never',
    `--image=${image}`,
    '--overrides',
    JSON.stringify({ spec: { nodeSelector: onNode(node), containers: [container] } }),
  ];
}

/**
 * A one-off busybox pod on `node` run to its end; its output, read from its log once it has ended (an
 * attached `kubectl run -i` may fall back to a log read while the command still runs, and lose the rest).
 */
async function runToEnd(name: string, command: string[], node: ClusterNode = GPU_NODE): Promise<string> {
  cluster.kubectl(busyboxRun(name, command, node));
  const describe = () => cluster.kubectl(['-n', NS, 'describe', 'pod', name], { allowFailure: true }).stdout;
  await eventually(
    `pod ${name} ended`,
    () =>
      ['Succeeded', 'Failed'].includes(
        cluster.getJson<{ status: { phase: string } }>('pod', '-n', NS, name).status.phase,
      ),
    describe,
    240_000,
  );
  // Logs come through kubelet, which this file's fault test restarts: an answer is waited for.
  const log = await eventually(
    `the log of ${name}`,
    async () => {
      const got = await cluster.kubectlAsync(['-n', NS, 'logs', name], { allowFailure: true });
      return got.status === 0 ? got.stdout : undefined;
    },
    describe,
  );
  await cluster.deleted(['-n', NS, 'pod', name]);
  return log;
}

beforeAll(async () => {
  cluster = runningCluster();
  await cluster.deleted(['namespace', NS]);
  cluster.apply([
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: NS, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: NS },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            nodeSelector: onNode(GPU_NODE),
            containers: [
              {
                name: 'httpd',
                image: nodeImage('busybox'),
                command: [
                  'sh',
                  '-c',
                  'mkdir -p /tmp/www && echo "hello from $(hostname)" > /tmp/www/index.html && exec httpd -f -p 8080 -h /tmp/www',
                ],
                ports: [{ name: 'http', containerPort: 8080 }],
                readinessProbe: { httpGet: { path: '/index.html', port: 'http' }, periodSeconds: 1 },
                securityContext: RESTRICTED_CONTAINER,
                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: {} }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: NS },
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] },
    },
  ]);
}, 180_000);

afterAll(() => {
  cluster?.kubectl(['delete', 'namespace', NS, '--ignore-not-found', '--wait=false']);
});

describe('the test cluster', () => {
  it('has two Ready nodes, each kubelet v1.36.3 on its own containerd', () => {
    type Node = {
      metadata: { name: string };
      status: {
        nodeInfo: { kubeletVersion: string; containerRuntimeVersion: string; machineID: string; bootID: string };
        addresses: { address: string }[];
        conditions: { type: string; status: string }[];
        daemonEndpoints: { kubeletEndpoint: { Port: number } };
      };
    };
    const nodes = cluster.getJson<{ items: Node[] }>('nodes').items;
    expect(nodes.map((n) => n.metadata.name).sort()).toEqual(NODES.map((n) => n.name).sort());
    for (const spec of NODES) {
      const node = nodes.find((n) => n.metadata.name === spec.name) as Node;
      expect(node.status.conditions.find((c) => c.type === 'Ready')?.status, spec.name).toBe('True');
      expect(node.status.nodeInfo.kubeletVersion).toBe(pinnedVersions().KUBERNETES_VERSION);
      expect(node.status.nodeInfo.containerRuntimeVersion).toMatch(/^containerd:\/\/1\.6\.20/);
      expect(node.status.addresses.map((a) => a.address)).toContain(NETWORK.nodeIp);
      // Its own kubelet: the port the API server reaches it at is that node's.
      expect(node.status.daemonEndpoints.kubeletEndpoint.Port).toBe(spec.kubeletPort);
    }
  });

  it("gives a new namespace its default ServiceAccount (the controller-manager's, not the test's)", async () => {
    await eventually(
      'the default ServiceAccount',
      () => cluster.kubectl(['-n', NS, 'get', 'serviceaccount', 'default'], { allowFailure: true }).status === 0,
      () => cluster.kubectl(['-n', NS, 'get', 'serviceaccounts'], { allowFailure: true }).stdout,
    );
  });

  it('schedules and starts a Deployment under Pod Security restricted, and the host reaches the pod', async () => {
    const podIp = await eventually(
      'the web pod Ready',
      () => {
        const pods = cluster.getJson<{
          items: { status: { podIP?: string; conditions?: { type: string; status: string }[] } }[];
        }>('pods', '-n', NS, '-l', 'app=web').items;
        const ready = pods.find((p) => p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
        return ready?.status.podIP;
      },
      () => cluster.kubectl(['-n', NS, 'describe', 'pods'], { allowFailure: true }).stdout,
    );
    expect(podIp.startsWith(GPU_NODE.podGateway.replace(/\.1$/, '.'))).toBe(true);
    const response = await fetch(`http://${podIp}:8080/index.html`);
    expect(await response.text()).toMatch(/^hello from web-/);
  });

  it('routes a ClusterIP Service (kube-proxy) and resolves it by name from another pod (CoreDNS)', async () => {
    const service = cluster.getJson<{ spec: { clusterIP: string } }>('service', '-n', NS, 'web');
    // kube-proxy writes the Service's rules a moment after the endpoints appear: wait for an answer.
    const fromHost = await eventually(
      'the Service answering from the host',
      async () => {
        try {
          return await (
            await fetch(`http://${service.spec.clusterIP}/index.html`, { signal: AbortSignal.timeout(3000) })
          ).text();
        } catch {
          return undefined;
        }
      },
      () => cluster.kubectl(['-n', NS, 'get', 'endpointslices', '-o', 'yaml'], { allowFailure: true }).stdout,
    );
    expect(fromHost).toMatch(/^hello from web-/);
    const client = await runToEnd('client', [
      'sh',
      '-c',
      `wget -qO- http://web.${NS}.svc.${NETWORK.clusterDomain}/index.html; nslookup example.org >/dev/null 2>&1 && echo OUTSIDE-RESOLVED || echo outside-not-resolved`,
    ]);
    expect(client).toMatch(/hello from web-/);
    // Nothing leaves the node: CoreDNS has no upstream, so an outside name does not resolve.
    expect(client).toContain('outside-not-resolved');
  }, 360_000);

  it("runs a pod on the node without GPUs, in its pod range, reaching the first node's pod by its Service", async () => {
    const client = await runToEnd(
      'client-on-cpu-node',
      ['sh', '-c', `hostname -i; wget -qO- http://web.${NS}.svc.${NETWORK.clusterDomain}/index.html`],
      CPU_NODE,
    );
    expect(client).toMatch(/hello from web-/);
    const ownIp = client.split('\n')[0]?.trim() ?? '';
    expect(ownIp.startsWith(CPU_NODE.podGateway.replace(/\.1$/, '.')), ownIp).toBe(true);
  }, 360_000);

  it('survives a kubelet restart: the running pod keeps its container, the node and its GPUs come back', async () => {
    type Pod = {
      metadata: { name: string; uid: string };
      status: { podIP: string; containerStatuses: { containerID: string; restartCount: number }[] };
    };
    const before = cluster.getJson<{ items: Pod[] }>('pods', '-n', NS, '-l', 'app=web').items[0] as Pod;
    await cluster.restartKubelet();
    await eventually(
      `node ${NODE_NAME} Ready again`,
      () =>
        cluster.kubectl(['get', 'node', NODE_NAME, '-o', 'jsonpath={.status.conditions[?(@.type=="Ready")].status}'])
          .stdout === 'True',
      () => cluster.kubectl(['describe', 'node', NODE_NAME], { allowFailure: true }).stdout,
      60_000,
    );
    const after = cluster.getJson<Pod>('pod', '-n', NS, before.metadata.name);
    expect(after.metadata.uid).toBe(before.metadata.uid);
    expect(after.status.containerStatuses[0]?.containerID).toBe(before.status.containerStatuses[0]?.containerID);
    expect(after.status.containerStatuses[0]?.restartCount).toBe(before.status.containerStatuses[0]?.restartCount);
    expect(await (await fetch(`http://${after.status.podIP}:8080/index.html`)).text()).toMatch(/^hello from web-/);
    // The device plugin registers again with the new kubelet.
    await eventually(
      `${GPU.count} ${GPU.resource} allocatable again`,
      () => cluster.kubectl(['get', 'node', NODE_NAME, '-o', GPU_ALLOCATABLE_OUTPUT]).stdout === String(GPU.count),
      () => cluster.kubectl(['get', 'node', NODE_NAME, '-o', 'jsonpath={.status.allocatable}']).stdout,
      60_000,
    );
    // And the restarted kubelet starts new pods.
    const run = cluster.kubectl(busyboxRun('after-restart', ['true']));
    expect(run.status).toBe(0);
    await eventually(
      'the pod made after the restart Succeeded',
      () =>
        cluster.getJson<{ status: { phase: string } }>('pod', '-n', NS, 'after-restart').status.phase === 'Succeeded',
      () => cluster.kubectl(['-n', NS, 'describe', 'pod', 'after-restart'], { allowFailure: true }).stdout,
    );
  }, 240_000);
});
