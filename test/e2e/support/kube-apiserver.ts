/**
 * A real Kubernetes API server (kube-apiserver 1.36.3 and etcd 3.6.8, built from the Go module proxy by
 * scripts/install-tools.sh) on 127.0.0.1, with no nodes: enough to apply manifests for real, run
 * admission (Pod Security) and server-side apply, not to run pods.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeScratchDir, scratchDir } from '../../support/run-registry.js';
import { CACHE, freePort, type Server, startProcess, stopProcess } from './processes.js';

export const KUBE_BIN = join(CACHE, 'bin');
export const KUBECTL = join(KUBE_BIN, 'kubectl');

export interface KubeApiServer extends Server {
  readonly kubeconfig: string;
  /** Runs kubectl against this server; throws with stderr unless `allowFailure`. */
  kubectl(
    args: string[],
    options?: { input?: string; allowFailure?: boolean; env?: NodeJS.ProcessEnv },
  ): {
    status: number;
    stdout: string;
    stderr: string;
  };
}

export async function startKubeApiServer(): Promise<KubeApiServer> {
  for (const tool of ['kube-apiserver', 'etcd', 'kubectl']) {
    if (!existsSync(join(KUBE_BIN, tool))) {
      throw new Error(`${tool} is not built at ${KUBE_BIN}: run bash scripts/install-tools.sh kube`);
    }
  }
  const dir = scratchDir('thinkube-kube-');
  const [etcdClient, etcdPeer, apiPort] = [await freePort(), await freePort(), await freePort()];
  const etcd = startProcess(
    'etcd',
    join(KUBE_BIN, 'etcd'),
    [
      '--name=default',
      `--data-dir=${join(dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
    ],
    {},
  );

  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(join(dir, 'sa.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(dir, 'sa.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  const token = randomBytes(24).toString('hex');
  writeFileSync(join(dir, 'tokens.csv'), `${token},thinkube-admin,1,system:masters\n`);

  const apiserver = startProcess(
    'kube-apiserver',
    join(KUBE_BIN, 'kube-apiserver'),
    [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--cert-dir=${join(dir, 'certs')}`,
      '--service-cluster-ip-range=10.96.0.0/16',
      '--service-account-issuer=https://kubernetes.default.svc',
      `--service-account-key-file=${join(dir, 'sa.pub')}`,
      `--service-account-signing-key-file=${join(dir, 'sa.key')}`,
      `--token-auth-file=${join(dir, 'tokens.csv')}`,
      '--authorization-mode=RBAC',
    ],
    {},
  );

  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        { name: 'test', cluster: { server: `https://127.0.0.1:${apiPort}`, 'insecure-skip-tls-verify': true } },
      ],
      users: [{ name: 'admin', user: { token } }],
      contexts: [{ name: 'test', context: { cluster: 'test', user: 'admin' } }],
      'current-context': 'test',
    }),
  );

  const kubectl: KubeApiServer['kubectl'] = (args, options = {}) => {
    const result = spawnSync(KUBECTL, ['--kubeconfig', kubeconfig, ...args], {
      input: options.input,
      encoding: 'utf8',
      env: { ...process.env, ...options.env },
    });
    const out = { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
    if (out.status !== 0 && !options.allowFailure) throw new Error(`kubectl ${args.join(' ')}: ${out.stderr}`);
    return out;
  };

  const deadline = Date.now() + 120_000;
  while (kubectl(['get', '--raw', '/readyz'], { allowFailure: true }).status !== 0) {
    if (apiserver.exitCode !== null || etcd.exitCode !== null) {
      throw new Error('kube-apiserver or etcd exited; see test-results/e2e/kube-apiserver.log and etcd.log');
    }
    if (Date.now() > deadline)
      throw new Error('kube-apiserver not ready in 120 s; see test-results/e2e/kube-apiserver.log');
    await new Promise((r) => setTimeout(r, 500));
  }
  // The default namespace and service account machinery are not needed; the API is.
  execFileSync(KUBECTL, ['--kubeconfig', kubeconfig, 'version'], { stdio: 'ignore' });

  return {
    url: `https://127.0.0.1:${apiPort}`,
    kubeconfig,
    kubectl,
    async stop() {
      await stopProcess(apiserver);
      await stopProcess(etcd);
      removeScratchDir(dir);
    },
  };
}
