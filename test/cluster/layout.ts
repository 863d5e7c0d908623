/**
 * Where the single-node test cluster lives: its network (a namespace of its own, reached from the host
 * through one veth pair), its addresses and its files. One cluster per machine: the names are fixed.
 *
 *   host  tkn-host 10.243.0.1/30  <-veth->  tkn-node 10.243.0.2/30 (the node IP; API server :6443)
 *   node namespace: bridge tknbr0 10.244.0.1/24 (pods), Services 10.96.0.0/16 (kube-proxy, iptables)
 *   host routes 10.244.0.0/24 and 10.96.0.0/16 via the node, so tests reach pods and ClusterIPs
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
  bridge: 'tknbr0',
  podCidr: '10.244.0.0/24',
  podGateway: '10.244.0.1',
  serviceCidr: '10.96.0.0/16',
  apiServiceIp: '10.96.0.1',
  dnsServiceIp: '10.96.0.10',
  clusterDomain: 'cluster.local',
} as const;

export const NODE_NAME = 'thinkube-node';

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
/** kubelet's health check, on the node's loopback. */
export const KUBELET_HEALTHZ_PORT = 10248;
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
    containerdSocket: join(root, 'containerd', 'containerd.sock'),
    /** containerd's hosts.toml per registry (`<host:port>/hosts.toml`), read at each pull. */
    registryHosts: join(root, 'config', 'registries'),
    adminKubeconfig: join(root, 'pki', 'admin.kubeconfig'),
    /** Written last by `up`: the cluster answered and its node is Ready. */
    readyMarker: join(root, 'ready'),
  };
}

/** The pinned versions (scripts/tools/versions.env), the one place they are written. */
export function pinnedVersions(): Record<string, string> {
  const text = readFileSync(join(PROJECT_ROOT, 'scripts', 'tools', 'versions.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^([A-Z_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

/** The node image references scripts/tools/cluster-images.sh built (`localhost/thinkube-cluster/<name>:<tag>`). */
export const NODE_IMAGES = ['pause', 'busybox', 'coredns', 'local-path-provisioner'] as const;
export type NodeImage = (typeof NODE_IMAGES)[number];

export function nodeImage(name: NodeImage): string {
  return readFileSync(join(NODE_IMAGES_DIR, `${name}.ref`), 'utf8').trim();
}
