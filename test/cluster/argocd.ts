/**
 * Argo CD beside the test cluster, as Thinkube runs it for the default delivery (delivery.mode argocd):
 * the application controller and the repo server of the pinned release (scripts/tools/argocd.sh), with
 * Debian's redis, as node processes inside the cluster's network namespace. No API server, UI, Dex or
 * notifications: nothing here needs them, Applications are objects the tests apply.
 *
 * What an install of Argo CD would otherwise make, made here: its CRDs (Application, AppProject, from the
 * same release), the `argocd` namespace, the settings objects its settings manager reads (only those
 * labelled part-of argocd) and the `default` AppProject that argocd-server creates at its start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_CACHE } from '../../config/project-files.js';
import { pinnedVersions } from './layout.js';

export const ARGOCD = {
  namespace: 'argocd',
  /** On the node namespace's loopback: only the node's own processes reach them. */
  redisPort: 16379,
  repoServerPort: 18081,
  repoServerMetricsPort: 18084,
  /** The controller binds its metrics to 0.0.0.0 whatever the flags say: inside the node namespace only. */
  controllerMetricsPort: 18082,
  /**
   * How often the controller compares each Application with its source (argocd-cm's
   * timeout.reconciliation; Argo CD's default is 180 s). A change to the Application itself is compared
   * at once.
   */
  reconciliationSeconds: 180,
  /** The controller's full resync of every Application (its --app-resync flag, the same period). */
  resyncSeconds: 180,
} as const;

/**
 * The CRDs of the pinned release, copied from its Go module by scripts/tools/argocd-crds.sh: what the
 * cluster installs, and what the tests validate the project's Application against.
 */
export const ARGOCD_CRDS_DIR = join(TOOL_CACHE, 'argocd', pinnedVersions().ARGOCD_VERSION ?? '', 'crds');
const ARGOCD_CRDS = ['application-crd.yaml', 'appproject-crd.yaml'] as const;

/** Where the CRD files are (the cluster's start checks that they are there). */
export function argoCdCrdFiles(): string[] {
  return ARGOCD_CRDS.map((name) => join(ARGOCD_CRDS_DIR, name));
}

/** One CRD file, or an error that says how to get it. */
export function argoCdCrdFile(name: (typeof ARGOCD_CRDS)[number]): string {
  const file = join(ARGOCD_CRDS_DIR, name);
  if (!existsSync(file)) {
    throw new Error(
      `Argo CD CRD ${file} is missing: run bash scripts/install-tools.sh argocd-crds (a module download)`,
    );
  }
  return file;
}

const labelled = (name: string) => ({
  name,
  namespace: ARGOCD.namespace,
  labels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'argocd' },
});

/** The namespace, settings and default project (applied after the CRDs are Established). */
export function argoCdObjects(): object[] {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ARGOCD.namespace } },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: labelled('argocd-cm'),
      data: {
        'application.resourceTrackingMethod': 'annotation',
        'timeout.reconciliation': `${ARGOCD.reconciliationSeconds}s`,
      },
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: labelled('argocd-rbac-cm'), data: { 'policy.default': '' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: labelled('argocd-cmd-params-cm'), data: {} },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: labelled('argocd-secret'),
      type: 'Opaque',
      // The API server's signing key, which no part run here uses; made per cluster all the same.
      stringData: { 'server.secretkey': randomBytes(32).toString('base64url') },
    },
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AppProject',
      metadata: { name: 'default', namespace: ARGOCD.namespace },
      spec: {
        sourceRepos: ['*'],
        destinations: [{ namespace: '*', server: '*' }],
        clusterResourceWhitelist: [{ group: '*', kind: '*' }],
      },
    },
  ];
}

export function redisArgs(): string[] {
  return ['--bind', '127.0.0.1', '--port', String(ARGOCD.redisPort), '--save', '', '--appendonly', 'no'];
}

/** The repo server: plaintext gRPC on the node's loopback, no GnuPG, helm from the tool cache on PATH. */
export function repoServerArgs(): string[] {
  return [
    '--address=127.0.0.1',
    `--port=${ARGOCD.repoServerPort}`,
    '--metrics-address=127.0.0.1',
    `--metrics-port=${ARGOCD.repoServerMetricsPort}`,
    '--disable-tls',
    // v3.6 refuses --disable-tls while --client-ca-path names a file, and its default names one.
    '--client-ca-path=',
    `--redis=127.0.0.1:${ARGOCD.redisPort}`,
    '--logformat=text',
  ];
}

export function repoServerEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ARGOCD_GPG_ENABLED: 'false',
    ARGOCD_ASK_PASS_SOCK: join(dataDir, 'askpass.sock'),
    // helm's caches and repositories, and the checkouts, in the cluster's data (removed by `down`).
    HOME: join(dataDir, 'home'),
    TMPDIR: join(dataDir, 'tmp'),
  };
}

/**
 * The application controller. In-cluster (`https://kubernetes.default.svc`, the Application's
 * destination) is the kubeconfig given: ARGOCD_FAKE_IN_CLUSTER, as no pod's ServiceAccount is there.
 */
export function controllerArgs(kubeconfig: string): string[] {
  return [
    `--kubeconfig=${kubeconfig}`,
    `--namespace=${ARGOCD.namespace}`,
    `--repo-server=127.0.0.1:${ARGOCD.repoServerPort}`,
    '--repo-server-plaintext',
    `--redis=127.0.0.1:${ARGOCD.redisPort}`,
    `--metrics-port=${ARGOCD.controllerMetricsPort}`,
    `--app-resync=${ARGOCD.resyncSeconds}`,
    // Health per resource in the Application's status, as the tests read it (v3 keeps it elsewhere).
    '--persist-resource-health',
    '--logformat=text',
  ];
}

export function controllerEnv(kubeconfig: string): NodeJS.ProcessEnv {
  return { ARGOCD_FAKE_IN_CLUSTER: 'true', KUBECONFIG: kubeconfig };
}
