/**
 * Certificates and tokens, made fresh for every cluster (openssl): a CA, the API server's serving
 * certificate, its client certificate towards kubelet, the service-account keys, and one static token
 * per component. Kubernetes' built-in RBAC bindings grant each component user what it needs.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_URL, CPU_NODE, GPU_NODE, NETWORK } from './layout.js';

/** The component users of the static token file; `admin` is in system:masters. */
export const COMPONENT_USERS = {
  admin: { user: 'thinkube-admin', groups: ['system:masters'] },
  // One identity per node (the Node authorizer and NodeRestriction hold each kubelet to its own node).
  kubelet: { user: `system:node:${GPU_NODE.name}`, groups: ['system:nodes'] },
  'kubelet-2': { user: `system:node:${CPU_NODE.name}`, groups: ['system:nodes'] },
  'controller-manager': { user: 'system:kube-controller-manager', groups: [] },
  scheduler: { user: 'system:kube-scheduler', groups: [] },
  'kube-proxy': { user: 'system:kube-proxy', groups: [] },
} as const;
export type Component = keyof typeof COMPONENT_USERS;

function openssl(dir: string, args: string[]): void {
  const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${run.stderr}`);
}

/** A key and a certificate signed by the CA, with the given subject and extensions. */
function signed(dir: string, name: string, subject: string, extensions: string): void {
  writeFileSync(join(dir, `${name}.ext`), extensions);
  openssl(dir, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    subject,
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    `${name}.crt`,
    '-days',
    '30',
    '-extfile',
    `${name}.ext`,
  ]);
}

export function kubeconfigFor(dir: string, token: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'thinkube', cluster: { server: API_URL, 'certificate-authority': join(dir, 'ca.crt') } }],
    users: [{ name: 'user', user: { token } }],
    contexts: [{ name: 'thinkube', context: { cluster: 'thinkube', user: 'user' } }],
    'current-context': 'thinkube',
  });
}

/** Writes the cluster's PKI into `dir`, with a kubeconfig per component (`<component>.kubeconfig`). */
export function makePki(dir: string): void {
  mkdirSync(dir, { recursive: true });
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '30',
    '-subj',
    '/CN=thinkube-test-cluster-ca',
  ]);
  const sans = [
    `IP:${NETWORK.nodeIp}`,
    `IP:${NETWORK.apiServiceIp}`,
    'DNS:kubernetes',
    'DNS:kubernetes.default',
    'DNS:kubernetes.default.svc',
    `DNS:kubernetes.default.svc.${NETWORK.clusterDomain}`,
  ];
  signed(dir, 'apiserver', '/CN=kube-apiserver', `subjectAltName=${sans.join(',')}\nextendedKeyUsage=serverAuth\n`);
  signed(
    dir,
    'apiserver-kubelet-client',
    '/O=system:masters/CN=kube-apiserver-kubelet-client',
    'extendedKeyUsage=clientAuth\n',
  );
  openssl(dir, ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'sa.key']);
  openssl(dir, ['pkey', '-in', 'sa.key', '-pubout', '-out', 'sa.pub']);

  const lines: string[] = [];
  Object.entries(COMPONENT_USERS).forEach(([component, { user, groups }], i) => {
    const token = randomBytes(24).toString('hex');
    lines.push([token, user, String(i + 1), ...(groups.length > 0 ? [`"${groups.join(',')}"`] : [])].join(','));
    writeFileSync(join(dir, `${component}.kubeconfig`), kubeconfigFor(dir, token), { mode: 0o600 });
  });
  writeFileSync(join(dir, 'tokens.csv'), `${lines.join('\n')}\n`, { mode: 0o600 });
}
