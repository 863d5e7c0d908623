/**
 * Where the test cluster lives: its network (a namespace of its own, reached from the host through one
 * veth pair), its two nodes, its addresses and its files. One cluster per machine: the names are fixed.
 *
 *   host  tkn-host 10.243.0.1/30  <-veth->  tkn-node 10.243.0.2/30 (the nodes' IP; API server :6443)
 *   node namespace: bridge tknbr0 10.244.0.1/24 (the GPU node's pods), tknbr1 10.244.1.1/24 (the other
 *   node's pods), Services 10.96.0.0/16 (kube-proxy, iptables)
 *   host routes 10.244.0.0/16 and 10.96.0.0/16 via the node, so tests reach pods and ClusterIPs
 *
 * The node namespace has no default route: nothing a pod sends can leave the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TOOL_CACHE } from '../../config/project-files.js';

export const NETWORK = {
  namespace: 'thinkube-node',
  hostLink: 'tkn-host',
  nodeLink: 'tkn-node',
  hostIp: '10.243.0.1',
  nodeIp: '10.243.0.2',
  linkPrefix: 30,
  /** Every node's pod range (each node has a /24 of it). */
  podCidr: '10.244.0.0/16',
  serviceCidr: '10.96.0.0/16',
  apiServiceIp: '10.96.0.1',
  dnsServiceIp: '10.96.0.10',
  clusterDomain: 'cluster.local',
} as const;

/**
 * A node of the test cluster: a kubelet and a containerd of its own, its own bridge and pod range, and
 * its own kubelet cgroup root (so neither kubelet takes the other's pods for orphans). Both nodes share
 * the network namespace and its address (the way two nodes share nothing else here): one kube-proxy
 * and one policy controller serve both, since kube-router takes a pod as local by its host IP.
 */
export interface ClusterNode {
  readonly name: string;
  /** Appended to its processes' names (PID files, logs): '' for the first node's kubelet and containerd. */
  readonly processSuffix: '' | '-2';
  readonly bridge: string;
  readonly podCidr: string;
  readonly podGateway: string;
  readonly kubeletPort: number;
  /** kubelet's health check, on the namespace's loopback. */
  readonly kubeletHealthzPort: number;
  readonly cgroupRoot: string;
  /** Whether the fake device plugin advertises GPUs on it (and containerd has the `nvidia` handler). */
  readonly gpus: boolean;
}

/** The first node: GPUs (the fake device plugin), the RuntimeClass's handler, the node agents. */
export const GPU_NODE: ClusterNode = {
  name: 'thinkube-node',
  processSuffix: '',
  bridge: 'tknbr0',
  podCidr: '10.244.0.0/24',
  podGateway: '10.244.0.1',
  kubeletPort: 10250,
  kubeletHealthzPort: 10248,
  cgroupRoot: '/',
  gpus: true,
};

/**
 * The second node: no GPUs, no GPU label, no `nvidia` handler, as a CPU node of a mixed cluster. Its
 * kubelet runs in a mount namespace of its own, where /var/lib/kubelet is its own directory: kubelet's
 * device manager always listens at /var/lib/kubelet/device-plugins and empties that directory at start.
 */
export const CPU_NODE: ClusterNode = {
  name: 'thinkube-node-2',
  processSuffix: '-2',
  bridge: 'tknbr1',
  podCidr: '10.244.1.0/24',
  podGateway: '10.244.1.1',
  kubeletPort: 10260,
  kubeletHealthzPort: 10258,
  cgroupRoot: '/thinkube-node-2',
  gpus: false,
};

export const NODES: readonly ClusterNode[] = [GPU_NODE, CPU_NODE];
/** The first node's name: where the GPUs are and where pods pinned to "the node" run. */
export const NODE_NAME = GPU_NODE.name;

/**
 * The node's GPUs, advertised by the fake device plugin (fake-gpu-plugin/) as a GPU node advertises
 * them, with the label GPU feature discovery sets and a RuntimeClass whose handler containerd maps to runc.
 */
export const GPU = {
  resource: 'nvidia.com/gpu',
  count: 2,
  nodeLabels: { 'nvidia.com/gpu.present': 'true' },
  runtimeClass: 'nvidia',
} as const;
export const GPU_RUNTIME_HANDLER = 'nvidia';
/** `kubectl -o` that prints how many of the GPU resource the node offers (the dots escaped for jsonpath). */
export const GPU_ALLOCATABLE_OUTPUT = `jsonpath={.status.allocatable.${GPU.resource.replace(/\./g, '\\.')}}`;
export const API_PORT = 6443;
export const API_URL = `https://${NETWORK.nodeIp}:${API_PORT}`;

/** The tools scripts/install-tools.sh built, and the node images it saved. */
export const TOOLS_BIN = join(TOOL_CACHE, 'bin');
export const NODE_IMAGES_DIR = join(TOOL_CACHE, 'cluster-images');

/** The cluster's own files (state, certificates, logs, data): outside the repository, per machine. */
export function clusterDir(): string {
  return process.env.THINKUBE_CLUSTER_DIR ?? join(TOOL_CACHE, 'cluster');
}

export function clusterPaths(root = clusterDir()) {
  return {
    root,
    pki: join(root, 'pki'),
    pids: join(root, 'pids'),
    logs: join(root, 'logs'),
    data: join(root, 'data'),
    config: join(root, 'config'),
    /** containerd's hosts.toml per registry (`<host:port>/hosts.toml`), read at each pull (every node's). */
    registryHosts: join(root, 'config', 'registries'),
    adminKubeconfig: join(root, 'pki', 'admin.kubeconfig'),
    /** Written last by `up`: the cluster answered and its node is Ready. */
    readyMarker: join(root, 'ready'),
  };
}

/** One node's own files: its containerd (socket, state, data), kubelet's directories, CNI, config files. */
export function nodePaths(node: ClusterNode, root = clusterDir()) {
  const paths = clusterPaths(root);
  const id = `node${node.processSuffix || '-1'}`;
  return {
    containerdDir: join(root, id, 'containerd'),
    containerdSocket: join(root, id, 'containerd', 'containerd.sock'),
    config: join(paths.config, id),
    data: join(paths.data, id),
    /** The persistent mount namespace the second node's kubelet and containerd share (bind-mounted file). */
    mountNamespace: join(root, 'namespaces', `${id}.mnt`),
  };
}

/** The pinned versions (scripts/tools/versions.env), the one place they are written; quotes taken off. */
export function pinnedVersions(): Record<string, string> {
  const text = readFileSync(join(PROJECT_ROOT, 'scripts', 'tools', 'versions.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^([A-Z_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, (m[2] as string).replace(/^"(.*)"$/, '$1')]),
  );
}

/** The node image references scripts/tools/cluster-images.sh built (`localhost/thinkube-cluster/<name>:<tag>`). */
export const NODE_IMAGES = ['pause', 'busybox', 'coredns', 'local-path-provisioner'] as const;
export type NodeImage = (typeof NODE_IMAGES)[number];

export function nodeImage(name: NodeImage): string {
  return readFileSync(join(NODE_IMAGES_DIR, `${name}.ref`), 'utf8').trim();
}
