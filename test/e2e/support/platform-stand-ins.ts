/**
 * What the Thinkube platform runs beside the hub, stood in for on the test cluster so that a release's
 * pods meet them where they would on Thinkube:
 *
 * - a Gateway: a reverse proxy in the gateway's namespace (the only namespace the release's proxy takes
 *   traffic from) to the release's proxy-public Service, reached from the host at its own Service address
 *   (the host routes the Service range into the node). It is configurable-http-proxy from the release's
 *   own proxy image, already on the node, so nothing else is pulled. It answers plain HTTP (for the
 *   tests' own requests) and, for a browser, HTTPS at the hub's public host name with a certificate made
 *   for this run (a real Gateway ends TLS there too; the browser is told to accept it).
 * - Keycloak's in-cluster Service: a Service without a selector whose endpoint is the node's address,
 *   where a port bridge carries connections to the test's Keycloak on the host's 127.0.0.1. The hub calls
 *   it there (keycloak.backchannelUrl); browsers keep using 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crdsEstablished } from '../../cluster/crds.js';
import { NETWORK } from '../../cluster/layout.js';
import { SCHEMAS_DIR } from '../../support/contracts.js';
import { configWith } from '../../support/synth.js';
import { eventually, RESTRICTED_CONTAINER, type RunningCluster } from './cluster.js';
import { bridgeIntoNode } from './node-bridge.js';

/** The ports the gateway stand-in's Service answers on: plain HTTP, and HTTPS at the public host name. */
const GATEWAY_PORT = 80;
const GATEWAY_CONTAINER_PORT = 8000;
const GATEWAY_TLS_PORT = 443;
const GATEWAY_TLS_CONTAINER_PORT = 8443;

export interface GatewayStandIn {
  /** Where the host reaches the hub (plain HTTP, the Service address). */
  readonly url: string;
  /** The Service address: a browser maps the public host name to it (HTTPS on 443). */
  readonly address: string;
  /** `https://<publicHostname>`, as users reach the hub. */
  readonly publicUrl: string;
  /** Resolves once the hub answers through the stand-in (the release may be installed after it). */
  hubAnswering(timeoutMs?: number): Promise<void>;
}

/**
 * A key and a self-signed certificate for `hostname` (an IP address gets an IP subject name), made for
 * this run only (openssl).
 */
export function certificateFor(hostname: string): { cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-gateway-tls-'));
  try {
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${hostname}`,
        '-addext',
        `subjectAltName=${/^[\d.]+$/.test(hostname) ? 'IP' : 'DNS'}:${hostname}`,
        '-keyout',
        join(dir, 'tls.key'),
        '-out',
        join(dir, 'tls.crt'),
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`openssl could not make a certificate for ${hostname}: ${made.stderr}`);
    return { cert: readFileSync(join(dir, 'tls.crt'), 'utf8'), key: readFileSync(join(dir, 'tls.key'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What Thinkube's gateway gives a release before it is installed: the Gateway API's HTTPRoute CRD
 * (v1.6.1, established) and a Gateway's place in `namespace` in front of `releaseNamespace`, answering
 * for the config's public host name. Its proxy is the release's own proxy image (`proxyImage`), pulled
 * from `harbor` with its admin login, as the release's pods pull theirs.
 */
export async function gatewayWithHttpRoutes(
  cluster: RunningCluster,
  options: {
    namespace: string;
    releaseNamespace: string;
    proxyImage: string;
    harbor: { host: string; admin: { username: string; password: string } };
  },
): Promise<GatewayStandIn> {
  cluster.kubectl(['apply', '--server-side', '-f', join(SCHEMAS_DIR, 'gateway-api-v1.6.1/httproutes.yaml')]);
  await crdsEstablished(cluster.kubectl, ['httproutes.gateway.networking.k8s.io']);
  return gatewayStandIn(cluster, {
    namespace: options.namespace,
    releaseNamespace: options.releaseNamespace,
    image: options.proxyImage,
    pull: { registry: options.harbor.host, ...options.harbor.admin },
    publicHostname: configWith('').hostname,
  });
}

/**
 * A Gateway's place in front of the release in `releaseNamespace`, in `namespace` (made here; the caller
 * removes it with the install). `image` is the release's proxy image (configurable-http-proxy), pulled
 * with `pull`'s credentials; `publicHostname` is the config's hostname, which its HTTPS port answers for.
 */
export async function gatewayStandIn(
  cluster: RunningCluster,
  options: {
    namespace: string;
    releaseNamespace: string;
    image: string;
    pull: { registry: string; username: string; password: string };
    publicHostname: string;
  },
): Promise<GatewayStandIn> {
  const labels = { app: 'gateway-stand-in' };
  const tls = certificateFor(options.publicHostname);
  const target = `http://proxy-public.${options.releaseNamespace}.svc.${NETWORK.clusterDomain}:80`;
  /** One configurable-http-proxy in front of the release's proxy: `extra` for its TLS listener. */
  const proxyContainer = (name: string, port: number, extra: string[]) => ({
    name,
    image: options.image,
    command: [
      'configurable-http-proxy',
      '--ip=0.0.0.0',
      `--port=${port}`,
      '--api-ip=127.0.0.1',
      `--api-port=${port + 1}`,
      `--default-target=${target}`,
      ...extra,
    ],
    // Its own API (loopback only) wants a token; nothing calls it.
    env: [{ name: 'CONFIGPROXY_AUTH_TOKEN', value: randomBytes(16).toString('hex') }],
    ports: [{ containerPort: port }],
    readinessProbe: { tcpSocket: { port }, periodSeconds: 2 },
    securityContext: { ...RESTRICTED_CONTAINER, runAsUser: 65534 },
  });
  const auth = Buffer.from(`${options.pull.username}:${options.pull.password}`).toString('base64');
  const dockerConfig = JSON.stringify({ auths: { [options.pull.registry]: { auth } } });
  cluster.apply([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: options.namespace } },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'pull', namespace: options.namespace },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': Buffer.from(dockerConfig).toString('base64') },
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'gateway-tls', namespace: options.namespace },
      type: 'kubernetes.io/tls',
      data: {
        'tls.crt': Buffer.from(tls.cert).toString('base64'),
        'tls.key': Buffer.from(tls.key).toString('base64'),
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'gateway', namespace: options.namespace, labels },
      spec: {
        terminationGracePeriodSeconds: 1,
        imagePullSecrets: [{ name: 'pull' }],
        containers: [
          proxyContainer('gateway', GATEWAY_CONTAINER_PORT, []),
          {
            ...proxyContainer('gateway-tls', GATEWAY_TLS_CONTAINER_PORT, [
              '--ssl-key=/tls/tls.key',
              '--ssl-cert=/tls/tls.crt',
            ]),
            volumeMounts: [{ name: 'tls', mountPath: '/tls', readOnly: true }],
          },
        ],
        // Readable by the proxy's user (65534): the key is this run's, for a test certificate.
        volumes: [{ name: 'tls', secret: { secretName: 'gateway-tls', defaultMode: 0o444 } }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'gateway', namespace: options.namespace },
      spec: {
        selector: labels,
        ports: [
          { name: 'http', port: GATEWAY_PORT, targetPort: GATEWAY_CONTAINER_PORT },
          { name: 'https', port: GATEWAY_TLS_PORT, targetPort: GATEWAY_TLS_CONTAINER_PORT },
        ],
      },
    },
  ]);
  const explain = () =>
    cluster.kubectl(['get', 'pods,svc,endpoints,events', '-n', options.namespace], { allowFailure: true }).stdout;
  // Polled, not `kubectl wait`: that fails at once on a pod whose status has no conditions yet.
  await eventually(
    'the gateway stand-in Ready',
    async () =>
      (
        await cluster.kubectlAsync(
          [
            'get',
            'pod',
            '-n',
            options.namespace,
            'gateway',
            '-o',
            'jsonpath={.status.conditions[?(@.type=="Ready")].status}',
          ],
          { allowFailure: true },
        )
      ).stdout.trim() === 'True',
    explain,
    300_000,
    1_000,
  );
  const { clusterIP } = cluster.getJson<{ spec: { clusterIP: string } }>(
    'service',
    '-n',
    options.namespace,
    'gateway',
  ).spec;
  const url = `http://${clusterIP}`;
  return {
    url,
    address: clusterIP,
    publicUrl: `https://${options.publicHostname}`,
    // Ready is the pod's view; kube-proxy writes the Service's rules a moment later.
    hubAnswering: (timeoutMs = 300_000) =>
      eventually(
        'the hub answering through the gateway stand-in',
        () =>
          fetch(`${url}/hub/health`, { signal: AbortSignal.timeout(5000) }).then(
            (r) => r.status === 200,
            () => false,
          ),
        explain,
        timeoutMs,
      ).then(() => undefined),
  };
}

export interface InClusterKeycloak {
  /** keycloak.backchannelUrl: `http://keycloak.<namespace>.svc.cluster.local:8080`. */
  readonly url: string;
  /** The address and port the hub's packets leave for (keycloak.networkEgress.cidrs and ports). */
  readonly egress: { cidr: string; port: number };
  stop(): Promise<void>;
}

/** Keycloak on the host's 127.0.0.1:`port`, served in the cluster as the Service `keycloak` in `namespace`. */
export async function inClusterKeycloak(
  cluster: RunningCluster,
  options: { namespace: string; port: number },
): Promise<InClusterKeycloak> {
  const bridge = await bridgeIntoNode(`keycloak-${options.port}`, options.port, cluster.nodeIp);
  cluster.apply([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: options.namespace } },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'keycloak', namespace: options.namespace },
      spec: { ports: [{ name: 'http', port: 8080, targetPort: options.port }] },
    },
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'keycloak-node-bridge',
        namespace: options.namespace,
        labels: { 'kubernetes.io/service-name': 'keycloak' },
      },
      addressType: 'IPv4',
      ports: [{ name: 'http', port: options.port, protocol: 'TCP' }],
      endpoints: [{ addresses: [cluster.nodeIp], conditions: { ready: true } }],
    },
  ]);
  return {
    url: `http://keycloak.${options.namespace}.svc.${NETWORK.clusterDomain}:8080`,
    egress: { cidr: `${cluster.nodeIp}/32`, port: options.port },
    stop: () => bridge.stop(),
  };
}
