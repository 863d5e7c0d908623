/**
 * The synthesized manifests applied for real: a kube-apiserver 1.36.3 with etcd (no nodes) takes every
 * object of dist/k8s with server-side apply, enforces the namespace's Pod Security level, and rolls back
 * to an earlier commit's manifests. The Secrets the values reference (and the chart's generated hub
 * keys) belong to the Terraform cluster stack: test/e2e/terraform-stacks.e2e.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { argoCdCrdFile } from '../cluster/argocd.js';
import { crdsEstablished } from '../cluster/crds.js';
import { SCHEMAS_DIR } from '../support/contracts.js';
import { REPO_ROOT } from '../support/synth.js';
import { KUBECTL, type KubeApiServer, startKubeApiServer } from './support/kube-apiserver.js';

let cluster: KubeApiServer;

beforeAll(async () => {
  cluster = await startKubeApiServer();
  // What the cluster has before this project: the Argo CD and Gateway API CRDs, Argo CD's namespace.
  for (const crd of [argoCdCrdFile('application-crd.yaml'), join(SCHEMAS_DIR, 'gateway-api-v1.6.1/httproutes.yaml')]) {
    cluster.kubectl(['apply', '--server-side', '-f', crd]);
  }
  await crdsEstablished(cluster.kubectl, ['applications.argoproj.io', 'httproutes.gateway.networking.k8s.io']);
  cluster.kubectl(['create', 'namespace', 'argocd']);
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
}, 60_000);

function applyDir(dir: string): string[] {
  const files = readdirSync(dir).sort();
  for (const file of files) cluster.kubectl(['apply', '--server-side', '-f', join(dir, file)]);
  return files;
}

/** Runs one of the project's commands (cli/<name>.ts) against the test cluster. */
function runCli(name: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'cli', `${name}.ts`), ...args, '--kubeconfig', cluster.kubeconfig],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, KUBECTL, ...env },
    },
  );
}

const runRollback = (...args: string[]) => runCli('rollback', args);

describe('dist/k8s on a real API server', () => {
  it('takes every committed manifest, in file order, with server-side apply', () => {
    const files = applyDir(join(REPO_ROOT, 'dist', 'k8s'));
    expect(files).toEqual([
      '0000-namespace.k8s.yaml',
      '0001-storage-class.k8s.yaml',
      '0002-shared-data.k8s.yaml',
      '0003-jupyterhub.k8s.yaml',
      '0004-exposure.k8s.yaml',
    ]);
    const app = JSON.parse(cluster.kubectl(['-n', 'argocd', 'get', 'application', 'jupyterhub', '-o', 'json']).stdout);
    expect(app.spec.source.targetRevision).toBe('4.4.0');
    const route = JSON.parse(
      cluster.kubectl(['-n', 'jupyterhub', 'get', 'httproute', 'jupyterhub', '-o', 'json']).stdout,
    );
    expect(route.spec.rules[0].timeouts.request).toBe('1h');
    const sc = JSON.parse(cluster.kubectl(['get', 'storageclass', 'jupyterhub-home', '-o', 'json']).stdout);
    expect(sc.reclaimPolicy).toBe('Retain');
  });

  it("lets the hub's ServiceAccount read nodes (GPU availability) and nothing more about them", () => {
    const can = (verb: string, resource: string) =>
      cluster
        .kubectl(['auth', 'can-i', verb, resource, '--as=system:serviceaccount:jupyterhub:hub'], { allowFailure: true })
        .stdout.trim();
    expect(can('list', 'nodes')).toBe('yes');
    expect(can('get', 'nodes')).toBe('yes');
    expect(can('patch', 'nodes')).toBe('no');
    expect(can('delete', 'nodes')).toBe('no');
    expect(can('list', 'secrets')).toBe('no'); // the binding grants nodes only (the chart's Role is not applied here)
  });

  it('enforces Pod Security restricted in the hub namespace', () => {
    // No controller manager runs here to create the namespace's default service account.
    cluster.kubectl(['-n', 'jupyterhub', 'create', 'serviceaccount', 'default']);
    // A container running as root with the default capabilities: allowed by the API server and by
    // "baseline", refused by "restricted".
    const rootPod = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'as-root', namespace: 'jupyterhub' },
      spec: { containers: [{ name: 'c', image: 'busybox:1.37' }] },
    });
    const refused = cluster.kubectl(['apply', '--dry-run=server', '-f', '-'], { input: rootPod, allowFailure: true });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('violates PodSecurity "restricted:latest"');
  });

  it('a second apply of the same files changes nothing', () => {
    const resourceVersion = () =>
      cluster.kubectl([
        '-n',
        'argocd',
        'get',
        'application',
        'jupyterhub',
        '-o',
        'jsonpath={.metadata.resourceVersion}',
      ]).stdout;
    const before = resourceVersion();
    applyDir(join(REPO_ROOT, 'dist', 'k8s'));
    expect(resourceVersion()).toBe(before);
  });
});

describe('the release the real chart renders (dist/rendered)', () => {
  const rendered = join(REPO_ROOT, 'dist', 'rendered', 'jupyterhub.k8s.yaml');
  const objects = () =>
    parseAllDocuments(readFileSync(rendered, 'utf8'))
      .map((d) => d.toJS() as { kind: string; metadata: { name: string }; spec?: { template?: { spec: unknown } } })
      .filter((o) => o?.kind);

  it('is taken whole with server-side apply after the namespace and storage, and a second apply changes nothing', () => {
    cluster.kubectl(['apply', '--server-side', '-f', rendered]);
    const versions = () =>
      cluster.kubectl([
        '-n',
        'jupyterhub',
        'get',
        'deployments,services,networkpolicies,configmaps,secrets,serviceaccounts',
        '-o',
        'jsonpath={range .items[*]}{.metadata.name}={.metadata.resourceVersion} {end}',
      ]).stdout;
    const before = versions();
    expect(before).toContain('hub=');
    cluster.kubectl(['apply', '--server-side', '-f', rendered]);
    expect(versions()).toBe(before);
  });

  it("every pod of the chart's workloads is admitted by the namespace's Pod Security level (restricted, enforced)", () => {
    // No controllers run here, so the pods are made from the workloads' templates and sent through
    // admission as the controllers would send them.
    const workloads = objects().filter((o) => o.spec?.template);
    expect(workloads.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'DaemonSet/continuous-image-puller',
      'Deployment/hub',
      'Deployment/proxy',
      'Deployment/user-scheduler',
      'StatefulSet/user-placeholder',
    ]);
    for (const workload of workloads) {
      const pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `${workload.metadata.name}-admission`, namespace: 'jupyterhub' },
        spec: workload.spec?.template?.spec,
      };
      const run = cluster.kubectl(['apply', '--dry-run=server', '-f', '-'], {
        input: JSON.stringify(pod),
        allowFailure: true,
      });
      expect(run.status, `${workload.kind}/${workload.metadata.name}: ${run.stderr}`).toBe(0);
    }
  });
});

describe('npm run rollback', () => {
  it('puts the cluster back to the manifests of an earlier commit', () => {
    // A repository with two states of dist/: the committed one, then one with a longer route timeout.
    const repo = mkdtempSync(join(tmpdir(), 'thinkube-rollback-'));
    const sh = (cmd: string) => {
      const r = spawnSync('bash', ['-c', cmd], { cwd: repo, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`);
      return r.stdout;
    };
    sh(
      `git init -q && git config user.email t@example.org && git config user.name test && mkdir -p dist && cp -r "${join(REPO_ROOT, 'dist', 'k8s')}" dist/ && git add -A && git commit -qm before`,
    );
    sh(
      `sed -i 's/request: 1h/request: 8h/; s/backendRequest: 1h/backendRequest: 8h/' dist/k8s/0004-exposure.k8s.yaml && git commit -qam after`,
    );
    cluster.kubectl(['apply', '--server-side', '-f', join(repo, 'dist', 'k8s', '0004-exposure.k8s.yaml')]);
    const timeout = () =>
      cluster.kubectl([
        '-n',
        'jupyterhub',
        'get',
        'httproute',
        'jupyterhub',
        '-o',
        'jsonpath={.spec.rules[0].timeouts.request}',
      ]).stdout;
    expect(timeout()).toBe('8h');

    const dry = runRollback('HEAD~1', '--dry-run', '--repo', repo);
    expect(dry.status, dry.stderr).toBe(0);
    expect(timeout()).toBe('8h');

    const run = runRollback('HEAD~1', '--repo', repo);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/rolled back to the manifests of [0-9a-f]{7}/);
    expect(timeout()).toBe('1h');
  });
});
