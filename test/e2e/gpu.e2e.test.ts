/**
 * GPUs without GPUs, on the running cluster (issue 21): the node advertises nvidia.com/gpu through a
 * device plugin on kubelet's API (test/cluster/fake-gpu-plugin), so a pod shaped as the default
 * config's GPU servers are (the resource, node selector, tolerations and RuntimeClass of `gpu:`) is
 * scheduled by the GPU count, started under the `nvidia` RuntimeClass and given its own device, and a
 * pod asking for more than the node has left stays Pending with the scheduler saying why. The cluster's
 * second node has no GPUs: the scheduler keeps GPU pods off it, by the profile's node selector and, for
 * a pod that asks only for the resource, by the resource itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { ThinkubeConfig } from '../../config/load.js';
import { CPU_NODE, GPU, NODE_NAME, nodeImage } from '../cluster/layout.js';
import { configWith } from '../support/synth.js';
import { eventually, holdGpus, RESTRICTED_CONTAINER, type RunningCluster, runningCluster } from './support/cluster.js';

const NS = 'gpu-e2e';
let cluster: RunningCluster;
let gpu: ThinkubeConfig['gpu'];
let releaseGpus: (() => void) | undefined;

/**
 * A server-like pod with the GPU profile's scheduling, asking for `gpus`, printing its devices; `bare`:
 * the resource alone (no node selector, tolerations or RuntimeClass), as a hand-made pod might ask.
 */
function gpuPod(
  name: string,
  gpus: number,
  bare = false,
): { metadata: { name: string; namespace: string }; [field: string]: unknown } {
  const scheduling = bare
    ? {}
    : { nodeSelector: gpu.nodeSelector, tolerations: gpu.tolerations, runtimeClassName: gpu.runtimeClassName };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: NS },
    spec: {
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 1,
      ...scheduling,
      containers: [
        {
          name: 'notebook',
          image: nodeImage('busybox'),
          command: ['sh', '-c', 'echo "devices=$NVIDIA_VISIBLE_DEVICES"; exec sleep 3600'],
          resources: { limits: { [gpu.resourceName]: String(gpus) } },
          securityContext: RESTRICTED_CONTAINER,
        },
      ],
    },
  };
}

interface Pod {
  spec: { nodeName?: string };
  status: { phase: string; conditions?: { type: string; status: string; reason?: string; message?: string }[] };
}

/** Applies `pod` and waits for the scheduler to turn it down; its PodScheduled condition (the reason). */
function unschedulable(pod: { metadata: { name: string } }) {
  const { name } = pod.metadata;
  cluster.kubectl(['apply', '-f', '-'], { input: stringify(pod) });
  return eventually(
    `${name} unschedulable`,
    () =>
      cluster
        .getJson<Pod>('pod', '-n', NS, name)
        .status.conditions?.find(
          (c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable',
        ),
    () => cluster.kubectl(['-n', NS, 'describe', 'pod', name], { allowFailure: true }).stdout,
  );
}

async function runningWithDevices(name: string): Promise<string[]> {
  await eventually(
    `pod ${name} Running`,
    () => cluster.getJson<Pod>('pod', '-n', NS, name).status.phase === 'Running',
    () => cluster.kubectl(['-n', NS, 'describe', 'pod', name], { allowFailure: true }).stdout,
  );
  const line = await eventually(
    `pod ${name} printing its devices`,
    () => /devices=(.*)/.exec(cluster.kubectl(['-n', NS, 'logs', name], { allowFailure: true }).stdout)?.[1],
    () => cluster.kubectl(['-n', NS, 'logs', name], { allowFailure: true }).stderr,
  );
  return line.split(',').filter(Boolean);
}

beforeAll(async () => {
  cluster = runningCluster();
  // Every GPU of the node is this file's while it runs (the counts below are the node's whole).
  releaseGpus = await holdGpus('gpu.e2e');
  gpu = configWith('gpu:\n  enabled: true\n  runtimeClassName: nvidia\n').gpu;
  await cluster.deleted(['namespace', NS]);
  cluster.kubectl(['apply', '-f', '-'], {
    input: stringify({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: NS, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
    }),
  });
}, 30 * 60_000);

afterAll(async () => {
  await cluster?.deleted(['namespace', NS]);
  releaseGpus?.();
});

describe('GPUs on the running cluster', () => {
  it("advertises the config's GPU resource on the node, with the label the GPU profile selects", async () => {
    expect(gpu.resourceName).toBe(GPU.resource);
    type Node = { metadata: { labels: Record<string, string> }; status: { allocatable: Record<string, string> } };
    // Eventually: the pods file's fault test may be restarting kubelet, which re-reads the plugins.
    const node = await eventually(
      `${GPU.count} ${gpu.resourceName} allocatable`,
      () => {
        const n = cluster.getJson<Node>('node', NODE_NAME);
        return n.status.allocatable[gpu.resourceName] === String(GPU.count) ? n : undefined;
      },
      () => JSON.stringify(cluster.getJson<Node>('node', NODE_NAME).status.allocatable),
      60_000,
    );
    expect(node.metadata.labels).toMatchObject(gpu.nodeSelector);
    expect(cluster.getJson<{ handler: string }>('runtimeclass', gpu.runtimeClassName as string).handler).toBe('nvidia');
  });

  it('starts a GPU pod under the nvidia RuntimeClass and gives each pod its own device', async () => {
    cluster.kubectl(['apply', '-f', '-'], {
      input: [gpuPod('gpu-a', 1), gpuPod('gpu-b', 1)].map((o) => stringify(o)).join('---\n'),
    });
    const a = await runningWithDevices('gpu-a');
    const b = await runningWithDevices('gpu-b');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]).not.toBe(b[0]);
    expect(cluster.getJson<Pod>('pod', '-n', NS, 'gpu-a').spec.nodeName).toBe(NODE_NAME);
  }, 240_000);

  it('keeps a GPU pod Pending while the node has no GPU left, saying so, and starts it once one is free', async () => {
    const waiting = await unschedulable(gpuPod('gpu-c', 1));
    // Both nodes are weighed: the GPU node is full, and the node without GPUs (idle) is not the profile's.
    expect(waiting.message).toContain('0/2 nodes are available');
    expect(waiting.message).toContain(`1 Insufficient ${gpu.resourceName}`);
    expect(waiting.message).toContain("1 node(s) didn't match Pod's node affinity/selector");
    expect(cluster.getJson<Pod>('pod', '-n', NS, 'gpu-c').status.phase).toBe('Pending');
    // Without the profile's selector, the resource alone keeps it off the node without GPUs.
    const bare = await unschedulable(gpuPod('gpu-bare', 1, true));
    expect(bare.message).toContain(`0/2 nodes are available: 2 Insufficient ${gpu.resourceName}`);
    expect(cluster.getJson<Pod>('pod', '-n', NS, 'gpu-bare').spec.nodeName).toBeUndefined();
    await cluster.deleted(['-n', NS, 'pod', 'gpu-bare']);
    expect(
      cluster.getJson<{ status: { allocatable: Record<string, string> } }>('node', CPU_NODE.name).status.allocatable[
        gpu.resourceName
      ],
    ).toBeUndefined();
    // A server stops: its device goes back, and the waiting pod gets it.
    const freed = (await runningWithDevices('gpu-a'))[0];
    await cluster.deleted(['-n', NS, 'pod', 'gpu-a']);
    expect(await runningWithDevices('gpu-c')).toEqual([freed]);
  }, 240_000);

  it('refuses a pod asking for more GPUs than any node has (the scheduler names the resource)', async () => {
    const condition = await unschedulable(gpuPod('gpu-too-many', GPU.count + 1));
    expect(condition.message).toContain(`Insufficient ${gpu.resourceName}`);
  }, 120_000);
});
