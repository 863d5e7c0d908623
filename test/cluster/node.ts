/**
 * The test cluster whose pods run: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and
 * kube-proxy, and per node (layout.ts NODES: a GPU node and a node without GPUs) a containerd and a
 * kubelet, all as processes inside the cluster's network namespace, with CoreDNS as its first pod. `up`
 * makes everything fresh (certificates, tokens, data); `down` stops every process by PID and removes what
 * they left: pod sandboxes, mounts, the second node's mount namespace, kubelet's cgroups, the routes, the
 * veth pair and the namespace. Needs root (network and mount namespaces, mounts, cgroups).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import {
  ARGOCD,
  argoCdCrdFiles,
  argoCdObjects,
  controllerArgs,
  controllerEnv,
  redisArgs,
  repoServerArgs,
  repoServerEnv,
} from './argocd.js';
import { corednsObjects } from './coredns.js';
import { crdsEstablished } from './crds.js';
import {
  API_PORT,
  type ClusterNode,
  clusterDir,
  clusterPaths,
  GPU,
  GPU_ALLOCATABLE_OUTPUT,
  GPU_NODE,
  GPU_RUNTIME_HANDLER,
  NETWORK,
  NODE_IMAGES,
  NODE_IMAGES_DIR,
  NODES,
  nodePaths,
  pinnedVersions,
  TOOLS_BIN,
} from './layout.js';
import { writeClusterFiles, writeNodeFiles } from './node-files.js';
import { kubeconfigFor, makePki } from './pki.js';
import { POLICY_CONTROLLER, policyControllerArgs, policyControllerObjects } from './policy-controller.js';
import { STORAGE_NAMESPACE, storageObjects } from './storage.js';

const KUBECTL = join(TOOLS_BIN, 'kubectl');
/** Where kubelet's device manager puts its socket (pluginapi.KubeletSocket), not under --root-dir. */
const HOST_KUBELET_DIR = '/var/lib/kubelet';
const madeHostKubeletDir = () => join(clusterPaths().root, 'made-var-lib-kubelet');
const NETNS_PATH = `/run/netns/${NETWORK.namespace}`;
/** The nodes' agents, stopped first (the kubelets last of them), before the pods' sandboxes are removed. */
const NODE_AGENTS = ['kube-router', 'fake-gpu-plugin', 'kubelet-2', 'kubelet'] as const;
/** Argo CD (argocd.ts): stopped before anything it could act on. */
const ARGOCD_PROCESSES = ['argocd-application-controller', 'argocd-repo-server', 'argocd-redis'] as const;
/** Stopped in this order: Argo CD, the nodes (so nothing restarts pods), the control plane last. */
const PROCESSES = [
  ...ARGOCD_PROCESSES,
  ...NODE_AGENTS,
  'containerd-2',
  'containerd',
  'kube-proxy',
  'kube-scheduler',
  'kube-controller-manager',
  'kube-apiserver',
  'etcd',
] as const;
type ProcessName = (typeof PROCESSES)[number];
const kubeletProcess = (node: ClusterNode) => `kubelet${node.processSuffix}` as const;
const containerdProcess = (node: ClusterNode) => `containerd${node.processSuffix}` as const;
/** The nodes that have a mount namespace of their own (every node but the first). */
const ownMountNamespace = (node: ClusterNode) => node !== GPU_NODE;

export class ClusterError extends Error {}

function run(command: string, args: string[], options: { input?: string; allowFailure?: boolean } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', input: options.input });
  const out = {
    status: result.status ?? 1,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? String(result.error ?? ''),
  };
  if (out.status !== 0 && !options.allowFailure) {
    throw new ClusterError(`${command} ${args.join(' ')} failed: ${out.stderr.trim()}`);
  }
  return out;
}

/** kubectl as the cluster's admin. */
export function adminKubectl(args: string[], options: { input?: string; allowFailure?: boolean } = {}) {
  return run(KUBECTL, ['--kubeconfig', clusterPaths().adminKubeconfig, ...args], options);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `ready` until true; fails early with the log's tail when the process it waits on exits. */
async function waitFor(what: string, ready: () => boolean, process: ProcessName | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (process && !alive(process))
      throw new ClusterError(`${process} exited while waiting for ${what}:\n${logTail(process)}`);
    if (Date.now() > deadline) {
      throw new ClusterError(`${what}: not ready in ${timeoutMs / 1000} s${process ? `\n${logTail(process)}` : ''}`);
    }
    await sleep(250);
  }
}

function logTail(name: string): string {
  const file = join(clusterPaths().logs, `${name}.log`);
  if (!existsSync(file)) return `(no log at ${file})`;
  return `last lines of ${file}:\n${readFileSync(file, 'utf8').split('\n').slice(-15).join('\n')}`;
}

function pidOf(name: string): number | undefined {
  const file = join(clusterPaths().pids, `${name}.pid`);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped) answers kill 0: read its state.
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

function alive(name: string): boolean {
  const pid = pidOf(name);
  return pid !== undefined && isRunning(pid);
}

/**
 * Starts `command` inside the cluster's network namespace (and a node's mount namespace, when given),
 * detached, logging to logs/<name>.log.
 */
function startInNode(
  name: ProcessName,
  command: string,
  args: string[],
  options: { mountNamespace?: string; env?: NodeJS.ProcessEnv } = {},
): ChildProcess {
  const { mountNamespace } = options;
  const paths = clusterPaths();
  const log = openSync(join(paths.logs, `${name}.log`), 'a');
  // nsenter --net, not `ip netns exec`: the latter remounts /sys, which hides the cgroups from kubelet.
  const namespaces = [`--net=${NETNS_PATH}`, ...(mountNamespace ? [`--mount=${mountNamespace}`] : [])];
  const child = spawn('nsenter', [...namespaces, command, ...args], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, PATH: `${TOOLS_BIN}:${process.env.PATH}`, ...options.env },
  });
  child.unref();
  writeFileSync(join(paths.pids, `${name}.pid`), String(child.pid));
  return child;
}

async function stopPid(pid: number, graceMs = 15_000): Promise<void> {
  if (!isRunning(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (isRunning(pid) && Date.now() < deadline) await sleep(100);
  if (isRunning(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
    while (isRunning(pid)) await sleep(50);
  }
}

function requireTools(): void {
  const problems: string[] = [];
  if (process.getuid?.() !== 0) problems.push('root is required (network namespaces, mounts, cgroups)');
  for (const tool of [
    'etcd',
    'kube-apiserver',
    'kubectl',
    'kubelet',
    'kube-controller-manager',
    'kube-scheduler',
    'kube-proxy',
    'crictl',
    'fake-gpu-plugin',
    'kube-router',
    'argocd-application-controller',
    'argocd-repo-server',
  ]) {
    if (!existsSync(join(TOOLS_BIN, tool))) problems.push(`${tool} is not built at ${TOOLS_BIN}`);
  }
  for (const file of [
    '/usr/bin/containerd',
    '/usr/sbin/runc',
    '/usr/lib/cni/bridge',
    '/usr/lib/cni/host-local',
    '/usr/lib/cni/portmap',
    '/usr/sbin/ipset',
    '/usr/bin/unshare',
    '/usr/bin/redis-server',
    ...argoCdCrdFiles(),
  ]) {
    if (!existsSync(file)) problems.push(`${file} is missing`);
  }
  for (const image of NODE_IMAGES) {
    if (!existsSync(join(NODE_IMAGES_DIR, `${image}.tar`)))
      problems.push(`the ${image} image is not built in ${NODE_IMAGES_DIR}`);
  }
  if (problems.length > 0) {
    throw new ClusterError(
      `cannot start the cluster:\n  ${problems.join('\n  ')}\nrun: bash scripts/install-tools.sh cluster`,
    );
  }
}

function setUpNetwork(): void {
  const inNode = (args: string[]) => run('ip', ['netns', 'exec', NETWORK.namespace, ...args]);
  run('ip', ['netns', 'add', NETWORK.namespace]);
  run('ip', ['link', 'add', NETWORK.hostLink, 'type', 'veth', 'peer', 'name', NETWORK.nodeLink]);
  run('ip', ['link', 'set', NETWORK.nodeLink, 'netns', NETWORK.namespace]);
  run('ip', ['addr', 'add', `${NETWORK.hostIp}/${NETWORK.linkPrefix}`, 'dev', NETWORK.hostLink]);
  run('ip', ['link', 'set', NETWORK.hostLink, 'up']);
  inNode(['ip', 'link', 'set', 'lo', 'up']);
  inNode(['ip', 'addr', 'add', `${NETWORK.nodeIp}/${NETWORK.linkPrefix}`, 'dev', NETWORK.nodeLink]);
  inNode(['ip', 'link', 'set', NETWORK.nodeLink, 'up']);
  for (const node of NODES) {
    inNode(['ip', 'link', 'add', node.bridge, 'type', 'bridge']);
    inNode(['ip', 'addr', 'add', `${node.podGateway}/${node.podCidr.split('/')[1]}`, 'dev', node.bridge]);
    inNode(['ip', 'link', 'set', node.bridge, 'up']);
  }
  // Forwarding and bridge filtering (kube-proxy's Service rules see bridged pod traffic) in the node only.
  inNode(['sysctl', '-qw', 'net.ipv4.ip_forward=1']);
  inNode(['sysctl', '-qw', 'net.bridge.bridge-nf-call-iptables=1']);
  run('ip', ['route', 'add', NETWORK.podCidr, 'via', NETWORK.nodeIp, 'dev', NETWORK.hostLink]);
  run('ip', ['route', 'add', NETWORK.serviceCidr, 'via', NETWORK.nodeIp, 'dev', NETWORK.hostLink]);
}

function tearDownNetwork(): void {
  for (const cidr of [NETWORK.serviceCidr, NETWORK.podCidr]) {
    run('ip', ['route', 'del', cidr, 'via', NETWORK.nodeIp, 'dev', NETWORK.hostLink], { allowFailure: true });
  }
  run('ip', ['link', 'del', NETWORK.hostLink], { allowFailure: true });
  run('ip', ['netns', 'del', NETWORK.namespace], { allowFailure: true });
}

/** Mount points under the cluster's directory, deepest first. */
function mountsUnder(root: string): string[] {
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => m !== undefined && (m === root || m.startsWith(`${root}/`)))
    .sort((a, b) => b.length - a.length);
}

const CGROUP_BASE = '/sys/fs/cgroup';
/** Where each node's kubelet keeps its pods' cgroups under a v1 controller (cgroupfs: `<root>/kubepods`). */
const kubeletCgroups = (controller: string) =>
  NODES.map((node) => join(CGROUP_BASE, controller, node.cgroupRoot === '/' ? 'kubepods' : node.cgroupRoot));

/**
 * A node's cgroup root under every v1 controller (kubelet refuses a root that does not exist); cpuset's
 * CPUs and memory nodes copied from the top, as a new cpuset takes no task until they are set.
 */
function makeCgroupRoot(node: ClusterNode): void {
  if (node.cgroupRoot === '/') return;
  for (const controller of readdirSync(CGROUP_BASE)) {
    const top = join(CGROUP_BASE, controller);
    if (controller === 'unified' || !existsSync(join(top, 'cgroup.procs'))) continue;
    const dir = join(top, node.cgroupRoot);
    mkdirSync(dir, { recursive: true });
    if (controller === 'cpuset') {
      for (const file of ['cpuset.cpus', 'cpuset.mems']) writeFileSync(join(dir, file), readFileSync(join(top, file)));
    }
  }
}

/** kubelet's cgroups (each node's, under each v1 controller), leaves first. */
function removeKubeletCgroups(): void {
  const base = CGROUP_BASE;
  const removeTree = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const child = join(dir, entry);
      if (statSync(child).isDirectory()) removeTree(child);
    }
    try {
      rmdirSync(dir);
    } catch {}
  };
  if (!existsSync(base)) return;
  for (const controller of readdirSync(base)) {
    for (const dir of kubeletCgroups(controller)) if (existsSync(dir)) removeTree(dir);
  }
}

/**
 * A node's own mount namespace, kept by a bind-mounted file (unshare --mount=<file>), where
 * /var/lib/kubelet is that node's directory: its kubelet and containerd both run in it, so the volumes
 * kubelet mounts are the ones containerd gives the containers. Mounts from the host still propagate in.
 */
function makeMountNamespace(node: ClusterNode): string {
  const own = nodePaths(node);
  const dir = dirname(own.mountNamespace);
  mkdirSync(dir, { recursive: true });
  // A namespace file must sit on a private mount (else the bind would propagate into the namespace itself).
  run('mount', ['--bind', dir, dir]);
  run('mount', ['--make-private', dir]);
  writeFileSync(own.mountNamespace, '');
  const kubeletDir = join(own.data, 'var-lib-kubelet');
  mkdirSync(kubeletDir, { recursive: true });
  run('unshare', [
    `--mount=${own.mountNamespace}`,
    '--propagation',
    'slave',
    'mount',
    '--bind',
    kubeletDir,
    HOST_KUBELET_DIR,
  ]);
  return own.mountNamespace;
}

/** A node's kubelet, as `up` starts it (the files writeNodeFiles wrote, the certificates makePki made). */
function startKubelet(node: ClusterNode): void {
  const paths = clusterPaths();
  const own = nodePaths(node);
  startInNode(
    kubeletProcess(node),
    join(TOOLS_BIN, 'kubelet'),
    [
      `--config=${join(own.config, 'kubelet.yaml')}`,
      `--kubeconfig=${join(paths.pki, `kubelet${node.processSuffix}.kubeconfig`)}`,
      `--root-dir=${join(own.data, 'kubelet')}`,
      `--cert-dir=${join(own.data, 'kubelet-pki')}`,
      `--node-ip=${NETWORK.nodeIp}`,
      `--hostname-override=${node.name}`,
    ],
    { mountNamespace: ownMountNamespace(node) ? own.mountNamespace : undefined },
  );
}

function startContainerd(node: ClusterNode, config: string): void {
  startInNode(containerdProcess(node), '/usr/bin/containerd', ['--config', config], {
    mountNamespace: ownMountNamespace(node) ? nodePaths(node).mountNamespace : undefined,
  });
}

const nodeReady = (node: ClusterNode) =>
  adminKubectl(['get', 'node', node.name, '-o', 'jsonpath={.status.conditions[?(@.type=="Ready")].status}'], {
    allowFailure: true,
  }).stdout === 'True';

/**
 * Stops a node's kubelet (SIGTERM, by PID) and starts it again with the same files, as a node's kubelet
 * restarts after an upgrade or a crash; the pods' containers keep running under containerd meanwhile.
 * Returns once kubelet answers its health check again.
 */
export async function restartKubelet(node: ClusterNode = GPU_NODE): Promise<void> {
  const pid = pidOf(kubeletProcess(node));
  if (pid === undefined || !clusterStatus().up)
    throw new ClusterError('the cluster is not up: run npm run cluster -- up');
  await stopPid(pid);
  startKubelet(node);
  const healthz = () =>
    run(
      'nsenter',
      [
        `--net=${NETNS_PATH}`,
        '/bin/busybox',
        'wget',
        '-q',
        '-O',
        '-',
        `http://127.0.0.1:${node.kubeletHealthzPort}/healthz`,
      ],
      {
        allowFailure: true,
      },
    ).stdout === 'ok';
  await waitFor(`${node.name}'s kubelet /healthz after its restart`, healthz, kubeletProcess(node), 60_000);
}

/**
 * What a cluster would leave on the machine if `down` missed it: its processes (by the PID files and
 * by the binaries' paths), mounts under its directory, kubelet's cgroups, the routes, the veth and the
 * namespace, /var/lib/kubelet when `up` made it. Empty after a clean `down`.
 */
export function leftovers(): string[] {
  const paths = clusterPaths();
  const found: string[] = [];
  for (const name of PROCESSES) {
    const pid = pidOf(name);
    if (pid !== undefined && isRunning(pid)) found.push(`process ${name} (pid ${pid})`);
  }
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    let exe = '';
    try {
      exe = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0] ?? '';
    } catch {
      continue;
    }
    if (exe.startsWith(`${TOOLS_BIN}/`) && PROCESSES.some((name) => exe.endsWith(`/${name}`))) {
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!/^\d+ \(.*\) Z/.test(state)) found.push(`process ${exe} (pid ${entry})`);
    }
  }
  for (const mount of mountsUnder(paths.root)) found.push(`mount ${mount}`);
  if (existsSync(CGROUP_BASE)) {
    for (const controller of readdirSync(CGROUP_BASE)) {
      for (const dir of kubeletCgroups(controller)) if (existsSync(dir)) found.push(`cgroup ${dir}`);
    }
  }
  if (existsSync(NETNS_PATH)) found.push(`network namespace ${NETWORK.namespace}`);
  if (run('ip', ['link', 'show', NETWORK.hostLink], { allowFailure: true }).status === 0)
    found.push(`link ${NETWORK.hostLink}`);
  const routes = run('ip', ['route', 'show'], { allowFailure: true }).stdout;
  for (const cidr of [NETWORK.podCidr, NETWORK.serviceCidr])
    if (routes.includes(`${cidr} via`)) found.push(`route ${cidr}`);
  if (existsSync(madeHostKubeletDir())) found.push(HOST_KUBELET_DIR);
  return found;
}

/** Whether the cluster that `up` made answers now: its processes run, the API is ready, the node Ready. */
export function clusterStatus(): { up: boolean; lines: string[] } {
  const paths = clusterPaths();
  const lines: string[] = [];
  let up = existsSync(paths.readyMarker) && existsSync(NETNS_PATH);
  for (const name of PROCESSES) {
    const running = alive(name);
    up &&= running;
    lines.push(`${name}: ${running ? `running (pid ${pidOf(name)})` : 'not running'}`);
  }
  if (up) {
    for (const node of NODES) {
      const ready = nodeReady(node);
      up &&= ready;
      lines.push(`node ${node.name}: ${ready ? 'Ready' : 'not Ready'}`);
    }
  }
  return { up, lines };
}

export interface UpTimings {
  readonly apiServerReadySeconds: number;
  readonly nodeReadySeconds: number;
  readonly dnsReadySeconds: number;
  readonly storageReadySeconds: number;
  readonly gpusReadySeconds: number;
  readonly policiesReadySeconds: number;
  readonly argoCdReadySeconds: number;
}

/** Argo CD (argocd.ts): its CRDs and objects, then redis, the repo server and the controller. */
async function startArgoCd(): Promise<void> {
  const paths = clusterPaths();
  for (const crd of argoCdCrdFiles()) adminKubectl(['apply', '--server-side', '-f', crd]);
  await crdsEstablished(adminKubectl, ['applications.argoproj.io', 'appprojects.argoproj.io']);
  adminKubectl(['apply', '-f', '-'], {
    input: argoCdObjects()
      .map((o) => stringify(o))
      .join('---\n'),
  });
  const data = join(paths.data, 'argocd');
  for (const dir of ['home', 'tmp']) mkdirSync(join(data, dir), { recursive: true });
  startInNode('argocd-redis', '/usr/bin/redis-server', redisArgs());
  startInNode('argocd-repo-server', join(TOOLS_BIN, 'argocd-repo-server'), repoServerArgs(), {
    env: repoServerEnv(data),
  });
  const kubeconfig = paths.adminKubeconfig;
  startInNode(
    'argocd-application-controller',
    join(TOOLS_BIN, 'argocd-application-controller'),
    controllerArgs(kubeconfig),
    {
      env: controllerEnv(kubeconfig),
    },
  );
  // Ready: the repo server's and the controller's metrics answer inside the node's namespace.
  const answers = (port: number) =>
    run(
      'nsenter',
      [
        `--net=${NETNS_PATH}`,
        process.execPath,
        '-e',
        `fetch('http://127.0.0.1:${port}/metrics').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
      ],
      { allowFailure: true },
    ).status === 0;
  await waitFor('the Argo CD repo server', () => answers(ARGOCD.repoServerMetricsPort), 'argocd-repo-server', 120_000);
  await waitFor(
    'the Argo CD application controller',
    () => answers(ARGOCD.controllerMetricsPort),
    'argocd-application-controller',
    120_000,
  );
}

export async function clusterUp(log: (line: string) => void = console.log): Promise<UpTimings> {
  requireTools();
  if (clusterStatus().up) {
    log(`the cluster is up already (${clusterDir()})`);
    return JSON.parse(readFileSync(clusterPaths().readyMarker, 'utf8')) as UpTimings;
  }
  await clusterDown(() => {}); // whatever a failed or interrupted run left
  const paths = clusterPaths();
  for (const dir of [paths.data]) rmSync(dir, { recursive: true, force: true });
  for (const dir of [paths.pki, paths.pids, paths.logs, paths.data, paths.config]) mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(paths.logs)) rmSync(join(paths.logs, file));
  const t0 = Date.now();
  const since = () => Math.round((Date.now() - t0) / 100) / 10;
  const versions = pinnedVersions();

  makePki(paths.pki);
  const shared = writeClusterFiles(paths);
  const nodeFiles = NODES.map((node) => writeNodeFiles(paths, node, shared.resolvConf));
  setUpNetwork();
  const pki = (file: string) => join(paths.pki, file);
  const kubeconfig = (component: string) => pki(`${component}.kubeconfig`);

  startInNode('etcd', join(TOOLS_BIN, 'etcd'), [
    '--name=node',
    `--data-dir=${join(paths.data, 'etcd')}`,
    '--listen-client-urls=http://127.0.0.1:2379',
    '--advertise-client-urls=http://127.0.0.1:2379',
    '--listen-peer-urls=http://127.0.0.1:2380',
    '--initial-advertise-peer-urls=http://127.0.0.1:2380',
    '--initial-cluster=node=http://127.0.0.1:2380',
    '--listen-metrics-urls=http://127.0.0.1:2381',
  ]);
  startInNode('kube-apiserver', join(TOOLS_BIN, 'kube-apiserver'), [
    '--etcd-servers=http://127.0.0.1:2379',
    `--bind-address=${NETWORK.nodeIp}`,
    `--advertise-address=${NETWORK.nodeIp}`,
    `--secure-port=${API_PORT}`,
    `--tls-cert-file=${pki('apiserver.crt')}`,
    `--tls-private-key-file=${pki('apiserver.key')}`,
    `--client-ca-file=${pki('ca.crt')}`,
    `--kubelet-client-certificate=${pki('apiserver-kubelet-client.crt')}`,
    `--kubelet-client-key=${pki('apiserver-kubelet-client.key')}`,
    // kubelet is reached by its InternalIP: the node has no resolver for its own name.
    '--kubelet-preferred-address-types=InternalIP',
    `--service-cluster-ip-range=${NETWORK.serviceCidr}`,
    '--service-account-issuer=https://kubernetes.default.svc',
    `--service-account-key-file=${pki('sa.pub')}`,
    `--service-account-signing-key-file=${pki('sa.key')}`,
    `--token-auth-file=${pki('tokens.csv')}`,
    '--authorization-mode=Node,RBAC',
    '--enable-admission-plugins=NodeRestriction',
    '--allow-privileged=true',
    `--cert-dir=${join(paths.data, 'apiserver-certs')}`,
  ]);
  await waitFor(
    'kube-apiserver /readyz',
    () => adminKubectl(['get', '--raw', '/readyz'], { allowFailure: true }).status === 0,
    'kube-apiserver',
    120_000,
  );
  const apiServerReadySeconds = since();
  log(`kube-apiserver ready: ${apiServerReadySeconds} s`);

  startInNode('kube-proxy', join(TOOLS_BIN, 'kube-proxy'), [`--config=${shared.kubeProxy}`]);
  startInNode('kube-controller-manager', join(TOOLS_BIN, 'kube-controller-manager'), [
    `--kubeconfig=${kubeconfig('controller-manager')}`,
    `--authentication-kubeconfig=${kubeconfig('controller-manager')}`,
    `--authorization-kubeconfig=${kubeconfig('controller-manager')}`,
    '--bind-address=127.0.0.1',
    '--leader-elect=false',
    '--use-service-account-credentials=true',
    `--service-account-private-key-file=${pki('sa.key')}`,
    `--root-ca-file=${pki('ca.crt')}`,
    `--cluster-signing-cert-file=${pki('ca.crt')}`,
    `--cluster-signing-key-file=${pki('ca.key')}`,
    `--service-cluster-ip-range=${NETWORK.serviceCidr}`,
    `--cert-dir=${join(paths.data, 'controller-manager-certs')}`,
  ]);
  startInNode('kube-scheduler', join(TOOLS_BIN, 'kube-scheduler'), [
    `--kubeconfig=${kubeconfig('scheduler')}`,
    `--authentication-kubeconfig=${kubeconfig('scheduler')}`,
    `--authorization-kubeconfig=${kubeconfig('scheduler')}`,
    '--bind-address=127.0.0.1',
    '--leader-elect=false',
  ]);
  // kubelet's device manager listens at a fixed host path, whatever --root-dir says: note whether this
  // cluster makes /var/lib/kubelet, so that `down` removes it again (the second node binds its own over it).
  if (!existsSync(HOST_KUBELET_DIR)) {
    mkdirSync(HOST_KUBELET_DIR, { recursive: true });
    writeFileSync(madeHostKubeletDir(), HOST_KUBELET_DIR);
  }
  NODES.forEach((node, i) => {
    if (ownMountNamespace(node)) makeMountNamespace(node);
    makeCgroupRoot(node);
    startContainerd(node, (nodeFiles[i] as { containerd: string }).containerd);
  });
  for (const node of NODES) {
    const ctr = (args: string[], allowFailure = false) =>
      run('ctr', ['--address', nodePaths(node).containerdSocket, '--namespace', 'k8s.io', ...args], { allowFailure });
    await waitFor(
      `${node.name}'s containerd`,
      () => ctr(['version'], true).status === 0,
      containerdProcess(node),
      60_000,
    );
    for (const image of NODE_IMAGES) ctr(['images', 'import', join(NODE_IMAGES_DIR, `${image}.tar`)]);
    startKubelet(node);
  }
  for (const node of NODES) {
    await waitFor(`node ${node.name} Ready`, () => nodeReady(node), kubeletProcess(node), 120_000);
  }
  const nodeReadySeconds = since();
  log(
    `nodes ${NODES.map((n) => n.name).join(', ')} Ready: ${nodeReadySeconds} s (Kubernetes ${versions.KUBERNETES_VERSION})`,
  );

  // The cluster's own parts, applied together and then waited for (the GPU count reaches the node's
  // status only on kubelet's next status update, so the waits overlap): GPUs without GPUs (the device
  // plugin, the label GPU feature discovery would set, the RuntimeClass; layout.ts GPU), DNS, storage.
  startInNode('fake-gpu-plugin', join(TOOLS_BIN, 'fake-gpu-plugin'), [
    `--resource=${GPU.resource}`,
    `--count=${GPU.count}`,
  ]);
  adminKubectl([
    'label',
    'node',
    GPU_NODE.name,
    '--overwrite',
    ...Object.entries(GPU.nodeLabels).map(([k, v]) => `${k}=${v}`),
  ]);
  // NetworkPolicies enforced (policy-controller.ts): its ServiceAccount, a token for it, the process.
  adminKubectl(['apply', '-f', '-'], {
    input: policyControllerObjects()
      .map((o) => stringify(o))
      .join('---\n'),
  });
  const token = adminKubectl([
    '-n',
    POLICY_CONTROLLER.namespace,
    'create',
    'token',
    POLICY_CONTROLLER.serviceAccount,
    '--duration=720h',
  ]).stdout.trim();
  const routerKubeconfig = join(paths.pki, 'kube-router.kubeconfig');
  writeFileSync(routerKubeconfig, kubeconfigFor(paths.pki, token), { mode: 0o600 });
  startInNode(
    'kube-router',
    join(TOOLS_BIN, 'kube-router'),
    policyControllerArgs(routerKubeconfig, GPU_NODE.name, NETWORK.serviceCidr),
  );

  const runtimeClass = {
    apiVersion: 'node.k8s.io/v1',
    kind: 'RuntimeClass',
    metadata: { name: GPU.runtimeClass },
    handler: GPU_RUNTIME_HANDLER,
  };
  adminKubectl(['apply', '-f', '-'], {
    input: [runtimeClass, ...corednsObjects(), ...storageObjects(paths.data)].map((o) => stringify(o)).join('---\n'),
  });

  const dnsReady = () =>
    adminKubectl(['-n', 'kube-system', 'get', 'deployment', 'coredns', '-o', 'jsonpath={.status.readyReplicas}'], {
      allowFailure: true,
    }).stdout === '1';
  await waitFor('CoreDNS', dnsReady, 'kubelet', 180_000);
  const dnsReadySeconds = since();
  log(`CoreDNS Ready: ${dnsReadySeconds} s`);

  const provisionersReady = () =>
    adminKubectl(
      [
        '-n',
        STORAGE_NAMESPACE,
        'get',
        'deployments',
        '-o',
        'jsonpath={range .items[*]}{.status.readyReplicas}{" "}{end}',
      ],
      { allowFailure: true },
    ).stdout.trim() === '1 1';
  await waitFor('the storage provisioners', provisionersReady, 'kubelet', 180_000);
  const storageReadySeconds = since();
  log(`storage provisioners Ready: ${storageReadySeconds} s`);

  const gpusAllocatable = () =>
    adminKubectl(['get', 'node', GPU_NODE.name, '-o', GPU_ALLOCATABLE_OUTPUT], { allowFailure: true }).stdout ===
    String(GPU.count);
  await waitFor(
    `${GPU.count} ${GPU.resource} allocatable on ${GPU_NODE.name}`,
    gpusAllocatable,
    'fake-gpu-plugin',
    60_000,
  );
  const gpusReadySeconds = since();
  log(`${GPU.count} ${GPU.resource} allocatable: ${gpusReadySeconds} s`);
  const policyChains = () =>
    run('nsenter', [`--net=${NETNS_PATH}`, 'iptables', '-S', 'KUBE-ROUTER-FORWARD'], { allowFailure: true }).status ===
    0;
  await waitFor('the policy controller iptables chains', policyChains, 'kube-router', 60_000);
  const policiesReadySeconds = since();
  log(`NetworkPolicy controller (kube-router) ready: ${policiesReadySeconds} s`);

  await startArgoCd();
  const argoCdReadySeconds = since();
  log(`Argo CD ${versions.ARGOCD_VERSION} (application controller, repo server) ready: ${argoCdReadySeconds} s`);
  const timings = {
    apiServerReadySeconds,
    nodeReadySeconds,
    dnsReadySeconds,
    storageReadySeconds,
    gpusReadySeconds,
    policiesReadySeconds,
    argoCdReadySeconds,
  };
  writeFileSync(paths.readyMarker, JSON.stringify(timings));
  return timings;
}

/** Stops everything `up` started and removes what it left; `logsTo` keeps a copy of the logs first. */
export async function clusterDown(log: (line: string) => void = console.log, logsTo?: string): Promise<void> {
  const paths = clusterPaths();
  rmSync(paths.readyMarker, { force: true });
  if (logsTo && existsSync(paths.logs)) {
    mkdirSync(logsTo, { recursive: true });
    cpSync(paths.logs, logsTo, { recursive: true });
    log(`cluster logs copied to ${logsTo}`);
  }
  const stop = async (name: ProcessName) => {
    const pid = pidOf(name);
    if (pid !== undefined) {
      await stopPid(pid);
      log(`stopped ${name} (pid ${pid})`);
    }
    rmSync(join(paths.pids, `${name}.pid`), { force: true });
  };
  for (const name of [...ARGOCD_PROCESSES, ...NODE_AGENTS]) await stop(name);
  for (const node of NODES) {
    if (!alive(containerdProcess(node))) continue;
    // The pods: stop and remove every sandbox (containers, CNI teardown, their mounts) while containerd runs.
    const crictl = (args: string[]) =>
      run(
        join(TOOLS_BIN, 'crictl'),
        ['--runtime-endpoint', `unix://${nodePaths(node).containerdSocket}`, '--timeout', '30s', ...args],
        { allowFailure: true },
      );
    const pods = crictl(['pods', '-q']).stdout.split('\n').filter(Boolean);
    if (pods.length > 0) {
      crictl(['stopp', ...pods]);
      crictl(['rmp', '-f', ...pods]);
      log(`removed ${pods.length} pod sandbox(es) of ${node.name}`);
    }
  }
  for (const name of PROCESSES.slice(ARGOCD_PROCESSES.length + NODE_AGENTS.length)) await stop(name);
  // Whatever still runs in the node's namespace (containerd's shims of pods it could not remove).
  if (existsSync(NETNS_PATH)) {
    const leftovers = run('ip', ['netns', 'pids', NETWORK.namespace], { allowFailure: true })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    for (const pid of leftovers) await stopPid(pid, 5_000);
    if (leftovers.length > 0) log(`stopped ${leftovers.length} leftover process(es) of the node namespace`);
  }
  for (const mount of mountsUnder(paths.root)) {
    const result = run('umount', [mount], { allowFailure: true });
    if (result.status !== 0) run('umount', ['-l', mount], { allowFailure: true });
  }
  removeKubeletCgroups();
  if (existsSync(madeHostKubeletDir())) {
    rmSync(HOST_KUBELET_DIR, { recursive: true, force: true });
    rmSync(madeHostKubeletDir());
  }
  tearDownNetwork();
  rmSync(paths.data, { recursive: true, force: true });
}
