/**
 * The node's configuration files, written per cluster under its directory. Two settings are this
 * machine's (../shared/CLUSTER-NOTES.md): containerd's `restrict_oom_score_adj` (root here has no
 * CAP_SYS_RESOURCE, so no process may lower its OOM score, and every sandbox would fail without it), and
 * kubelet's `failCgroupV1: false` with the cgroupfs driver (the machine's cgroups are v1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ClusterNode,
  type clusterPaths,
  GPU_RUNTIME_HANDLER,
  NETWORK,
  NODE_NAME,
  nodeImage,
  nodePaths,
} from './layout.js';

/** A runc runtime for containerd's CRI, with its own runc state directory per node. */
function runcRuntime(handler: string, runcRoot: string): string {
  const table = `plugins."io.containerd.grpc.v1.cri".containerd.runtimes.${handler}`;
  return `    [${table}]
      runtime_type = "io.containerd.runc.v2"
      [${table}.options]
        SystemdCgroup = false
        BinaryName = "/usr/sbin/runc"
        Root = "${runcRoot}"
`;
}

/** The files every node shares: the resolver pods with dnsPolicy Default get, and kube-proxy's config. */
export function writeClusterFiles(paths: ReturnType<typeof clusterPaths>): { resolvConf: string; kubeProxy: string } {
  for (const dir of [paths.config, paths.registryHosts]) mkdirSync(dir, { recursive: true });
  // Pods with dnsPolicy Default get this: no upstream resolver (CoreDNS answers cluster names only).
  const resolvConf = join(paths.config, 'resolv.conf');
  writeFileSync(resolvConf, `search ${NETWORK.clusterDomain}\noptions ndots:1\n`);

  const kubeProxy = join(paths.config, 'kube-proxy.yaml');
  writeFileSync(
    kubeProxy,
    JSON.stringify(
      {
        apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
        kind: 'KubeProxyConfiguration',
        clientConnection: { kubeconfig: join(paths.pki, 'kube-proxy.kubeconfig') },
        hostnameOverride: NODE_NAME,
        mode: 'iptables',
        clusterCIDR: NETWORK.podCidr,
        bindAddress: NETWORK.nodeIp,
        healthzBindAddress: '127.0.0.1:10256',
        metricsBindAddress: '127.0.0.1:10249',
        nodePortAddresses: [`${NETWORK.nodeIp}/32`],
        // nf_conntrack_max is host-wide, not the namespace's: leave conntrack sysctls alone.
        conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
      },
      null,
      2,
    ),
  );
  return { resolvConf, kubeProxy };
}

/** One node's containerd, CNI and kubelet files. */
export function writeNodeFiles(
  paths: ReturnType<typeof clusterPaths>,
  node: ClusterNode,
  resolvConf: string,
): { containerd: string; kubelet: string } {
  const own = nodePaths(node, paths.root);
  const dirs = {
    containerd: own.containerdDir,
    cni: join(own.config, 'cni'),
    ipam: join(own.data, 'cni-ipam'),
  };
  for (const dir of [...Object.values(dirs), own.config]) mkdirSync(dir, { recursive: true });

  const containerd = join(own.config, 'containerd.toml');
  const runcRoot = join(dirs.containerd, 'runc');
  writeFileSync(
    containerd,
    `version = 2
root = "${join(own.data, 'containerd')}"
state = "${join(dirs.containerd, 'state')}"
[grpc]
  address = "${own.containerdSocket}"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "${nodeImage('pause')}"
  # This machine's root cannot lower an OOM score (no CAP_SYS_RESOURCE): clamp to containerd's own.
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
${runcRuntime('runc', runcRoot)}${
  node.gpus
    ? `    # The GPU profile's RuntimeClass (handler nvidia, as the GPU operator names it), mapped to plain runc:
    # no GPU is here, the fake device plugin stands in for the devices.
${runcRuntime(GPU_RUNTIME_HANDLER, runcRoot)}`
    : ''
}  # Registries the tests serve (plain HTTP on the node's loopback): test/e2e/support/node-bridge.ts.
  [plugins."io.containerd.grpc.v1.cri".registry]
    config_path = "${paths.registryHosts}"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "${dirs.cni}"
`,
  );

  writeFileSync(
    join(dirs.cni, '10-pods.conflist'),
    JSON.stringify(
      {
        cniVersion: '1.0.0',
        name: 'thinkube-pods',
        plugins: [
          {
            type: 'bridge',
            bridge: node.bridge,
            isGateway: true,
            // No masquerade: the node has no way out, and pod addresses stay visible to policies.
            ipMasq: false,
            hairpinMode: true,
            ipam: {
              type: 'host-local',
              ranges: [[{ subnet: node.podCidr, gateway: node.podGateway }]],
              routes: [{ dst: '0.0.0.0/0' }],
              dataDir: dirs.ipam,
            },
          },
          { type: 'portmap', capabilities: { portMappings: true } },
        ],
      },
      null,
      2,
    ),
  );

  const kubelet = join(own.config, 'kubelet.yaml');
  writeFileSync(
    kubelet,
    JSON.stringify(
      {
        apiVersion: 'kubelet.config.k8s.io/v1beta1',
        kind: 'KubeletConfiguration',
        address: NETWORK.nodeIp,
        port: node.kubeletPort,
        readOnlyPort: 0,
        healthzBindAddress: '127.0.0.1',
        healthzPort: node.kubeletHealthzPort,
        authentication: {
          anonymous: { enabled: false },
          webhook: { enabled: true },
          x509: { clientCAFile: join(paths.pki, 'ca.crt') },
        },
        authorization: { mode: 'Webhook' },
        cgroupDriver: 'cgroupfs',
        cgroupRoot: node.cgroupRoot,
        failCgroupV1: false,
        containerRuntimeEndpoint: `unix://${own.containerdSocket}`,
        imageServiceEndpoint: `unix://${own.containerdSocket}`,
        clusterDNS: [NETWORK.dnsServiceIp],
        clusterDomain: NETWORK.clusterDomain,
        resolvConf,
        podCIDR: node.podCidr,
        podLogsDir: join(own.data, 'pod-logs'),
        failSwapOn: false,
        maxPods: 60,
        serializeImagePulls: false,
        // A test machine's disk is shared with everything else: never evict for disk, never GC images.
        imageGCHighThresholdPercent: 100,
        imageGCLowThresholdPercent: 99,
        evictionHard: {
          'memory.available': '100Mi',
          'nodefs.available': '1%',
          'nodefs.inodesFree': '1%',
          'imagefs.available': '1%',
        },
        nodeStatusReportFrequency: '10s',
        syncFrequency: '10s',
        fileCheckFrequency: '10s',
      },
      null,
      2,
    ),
  );

  return { containerd, kubelet };
}
