/**
 * The deploy workflow (.github/workflows/deploy.yml) run step by step in the default delivery mode,
 * argocd, on the running test cluster with Argo CD beside it (test/cluster/argocd.ts), against this
 * file's own Keycloak 26.7.3 and Harbor v2.15.2. Argo CD fetches chart 4.4.0 from a stand-in of its
 * published Helm repository (support/chart-repository.ts). pipeline.e2e runs the same workflow in helm
 * mode, with uninstall and reinstall; argocd.e2e the operator's path by hand in argocd mode.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { sameJson } from '../../cli/support/argocd-application.js';
import { VALUES_HASH_ANNOTATION } from '../../constructs/names.js';
import { ARGOCD } from '../cluster/argocd.js';
import { type ScratchRepository, scratchRepository } from '../support/scratch-repository.js';
import type { ChartImagesInHarbor } from './support/chart-images.js';
import { type ChartRepository, chartRepository } from './support/chart-repository.js';
import { eventually, type RunningCluster, removeInstall, runningCluster } from './support/cluster.js';
import {
  type DeployWorkflow,
  deployWorkflow,
  explain,
  outcomes,
  platformBeforeInstall,
  stepOutput,
  synthesizeInstall,
} from './support/deploy-workflow.js';
import type { HarborServer } from './support/harbor-server.js';
import type { KeycloakServer } from './support/keycloak-server.js';
import type { GatewayStandIn } from './support/platform-stand-ins.js';
import { requireTerraformTools } from './support/terraform-cli.js';

const NS = 'thinkube-pipeline-argocd';
/** chart.releaseName: the Application's name, and the chart's cluster-wide objects' (unique on the cluster). */
const RELEASE = 'pipeline-argocd';
const STATE_NS = `${NS}-state`;
const GATEWAY_NS = `${NS}-gateway`;
const HOME_CLASS = `${NS}-home`;

let keycloak: KeycloakServer;
let cluster: RunningCluster;
let harbor: HarborServer;
let chartImages: ChartImagesInHarbor;
let gateway: GatewayStandIn;
let repository: ChartRepository;
let repo: ScratchRepository;
let workflow: DeployWorkflow;
const commits: Record<'deployable' | 'broken', string> = { deployable: '', broken: '' };

interface Application {
  spec?: { source?: unknown };
  status?: {
    sync?: { status?: string; comparedTo?: { source?: unknown } };
    health?: { status?: string };
    history?: { source?: unknown }[];
    operationState?: { phase?: string; message?: string };
  };
}

const application = () => cluster.getJson<Application>('application', '-n', ARGOCD.namespace, RELEASE);
const describeApplication = () => {
  const status = application().status ?? {};
  return [
    `sync ${status.sync?.status}, health ${status.health?.status}, operation ${status.operationState?.phase}: ${status.operationState?.message ?? ''}`,
    cluster.kubectl(['get', 'pods', '-n', NS, '-o', 'wide'], { allowFailure: true }).stdout,
  ].join('\n');
};

beforeAll(async () => {
  requireTerraformTools();
  cluster = runningCluster();
  // What the platform has before this project (the cluster brings its GPU node).
  ({ keycloak, harbor, chartImages, gateway } = await platformBeforeInstall(cluster, {
    gatewayNamespace: GATEWAY_NS,
    releaseNamespace: NS,
  }));
  repository = await chartRepository(cluster, RELEASE);

  // The install's repository: the default delivery (argocd), state in the cluster.
  repo = scratchRepository();
  const configFile = join(repo.dir, 'config', 'default.yaml');
  const config = parse(readFileSync(configFile, 'utf8'));
  Object.assign(config, {
    namespace: { ...config.namespace, name: NS },
    chart: { releaseName: RELEASE, repository: repository.url, images: chartImages.config },
    delivery: { mode: 'argocd' },
    harbor: { ...config.harbor, registry: harbor.host },
    keycloak: { ...config.keycloak, url: keycloak.url },
    exposure: { ...config.exposure, httpRoute: { ...config.exposure.httpRoute, gatewayNamespace: GATEWAY_NS } },
    storage: {
      ...config.storage,
      home: { ...config.storage.home, storageClassName: HOME_CLASS, provisioner: 'rancher.io/local-path' },
    },
    terraform: { backend: 'kubernetes', stateNamespace: STATE_NS },
  });
  writeFileSync(configFile, stringify(config));
  await synthesizeInstall(repo);
  commits.deployable = repo.commitAll('deploy with Argo CD, state in the cluster');
  workflow = deployWorkflow({
    repo,
    cluster,
    keycloak,
    harbor,
    verifyFlags: `--hub-url ${gateway.url} --keycloak-url ${keycloak.url}`,
  });
}, 600_000);

afterAll(async () => {
  if (cluster) {
    await removeInstall(cluster, {
      namespace: NS,
      release: RELEASE,
      homeStorageClass: HOME_CLASS,
      extraNamespaces: [STATE_NS, GATEWAY_NS],
    });
  }
  await repository?.stop();
  await chartImages?.stop();
  await Promise.all([keycloak?.stop(), harbor?.stop()]);
  repo?.remove();
}, 420_000);

/** The values hash the hub's pods carry at a commit: in argocd mode, in the Application's values. */
function hubValuesHash(commit: string): string {
  const text = repo.git('show', `${commit}:dist/k8s/0003-jupyterhub.k8s.yaml`);
  for (const doc of parseAllDocuments(text)) {
    const object = doc.toJS() as {
      kind?: string;
      spec?: { source?: { helm?: { valuesObject?: { hub?: { annotations?: Record<string, string> } } } } };
    };
    if (object?.kind === 'Application') {
      return object.spec?.source?.helm?.valuesObject?.hub?.annotations?.[VALUES_HASH_ANNOTATION] ?? '';
    }
  }
  throw new Error(`no Application at ${commit}`);
}

/** The hash on the hub Deployment's pod template, as Argo CD synced it. */
function runningValuesHash(): string | undefined {
  const got = cluster.kubectl(
    [
      'get',
      'deployment',
      '-n',
      NS,
      'hub',
      '-o',
      `jsonpath={.spec.template.metadata.annotations.thinkube\\.io/hub-values-sha256}`,
    ],
    { allowFailure: true },
  );
  return got.status === 0 ? got.stdout : undefined;
}

describe('deploy workflow in argocd mode', () => {
  it("first run: stacks, the Application, Argo CD's sync, Secrets, and verify green", async () => {
    const results = await workflow.deploy(commits.deployable, '0000000000000000000000000000000000000000');
    expect(outcomes(results), explain(results)).toEqual({
      'step-0': 'provided',
      'step-1': 'provided',
      install: 'provided',
      kubeconfig: 'success',
      namespace: 'success',
      stacks: 'success',
      apply: 'success',
      sync: 'success',
      'cluster-stack': 'success',
      verify: 'success',
      rollback: 'skipped',
    });
    expect(stepOutput(results, 'sync')).toMatch(
      new RegExp(`wait-for-sync: argocd/${RELEASE}: sync Synced, health \\w+, revision 4\\.4\\.0`),
    );
    const verify = stepOutput(results, 'verify');
    for (const line of [
      'pass hub health',
      'pass login goes to keycloak with PKCE',
      'pass manifests applied',
      'pass release running: hub 1/1, proxy 1/1, user-scheduler 2/2 Ready, no restarts',
      'pass shared and hub database volumes bound: hub-db-dir Bound, jupyterhub-shared Bound',
    ]) {
      expect(verify).toContain(line);
    }
    // Synced as applied; its health waits on the image puller, which has no notebook image to pull here
    // (the image workflow's job), and verify names it (a warning, as the puller's own check).
    expect(verify).toMatch(
      new RegExp(
        `WARN Argo CD synced the applied Application: argocd/${RELEASE}: sync Synced, health Progressing, revision 4\\.4\\.0, last operation Succeeded, not healthy: DaemonSet/continuous-image-puller Progressing`,
      ),
    );
    // Argo CD made the release from the chart the repository served, with the commit's values.
    expect(repository.requests).toContain('/jupyterhub-4.4.0.tgz');
    expect(runningValuesHash()).toBe(hubValuesHash(commits.deployable));
    for (const result of results) {
      expect(result.output).not.toContain(workflow.keycloakAdmin().password);
      expect(result.output).not.toContain(harbor.admin.password);
    }
  }, 1_200_000);

  it('a broken commit: the rollback step puts the previous Application back and Argo CD syncs the old values', async () => {
    const configFile = join(repo.dir, 'config', 'default.yaml');
    repo.git('checkout', '-q', commits.deployable);
    const config = parse(readFileSync(configFile, 'utf8'));
    config.gpu = { ...config.gpu, resourceName: 'nvidia.com/mig-1g.5gb' };
    writeFileSync(configFile, stringify(config));
    await synthesizeInstall(repo);
    // A bad hand edit of dist/: a route timeout the Gateway API CRD refuses. The Application (file 0003)
    // is applied, and Argo CD syncs its new values, before the route (0004) fails.
    const route = join(repo.dir, 'dist', 'k8s', '0004-exposure.k8s.yaml');
    writeFileSync(route, readFileSync(route, 'utf8').replace('request: 1h', 'request: one hour'));
    commits.broken = repo.commitAll('GPU profiles on MIG slices, and a broken route');
    const good = hubValuesHash(commits.deployable);
    expect(hubValuesHash(commits.broken)).not.toBe(good);
    const syncsBefore = application().status?.history?.length ?? 0;

    const results = await workflow.deploy(commits.broken, commits.deployable);
    expect(outcomes(results), explain(results)).toMatchObject({
      apply: 'failure',
      sync: 'skipped',
      'cluster-stack': 'skipped',
      verify: 'skipped',
      rollback: 'success',
    });
    expect(stepOutput(results, 'apply')).toMatch(/apply dist\/k8s\/0004-exposure\.k8s\.yaml[\s\S]*timeouts\.request/);
    expect(stepOutput(results, 'rollback')).toContain(
      `rolled back to the manifests of ${commits.deployable.slice(0, 7)}`,
    );
    // The Application is the previous commit's again, and Argo CD's own sync put its values in (not an
    // apply behind Argo CD's back, which self-heal would undo): the hub carries the good values' hash, and
    // what it last synced (the newest entry of its history, written when the sync operation ends)
    // is the previous Application's source. Whether it synced the broken values in between depends on
    // how soon the rollback came: if it did, that is one more entry before it.
    await eventually(
      'the previous values synced by Argo CD, the Application Synced on them, its history ending with them',
      async () => {
        const app = application();
        const synced =
          app.status?.sync?.status === 'Synced' && sameJson(app.status.sync.comparedTo?.source, app.spec?.source);
        const last = app.status?.history?.at(-1)?.source;
        return synced && sameJson(last, app.spec?.source) && runningValuesHash() === good;
      },
      describeApplication,
      300_000,
    );
    expect(application().status?.history?.length ?? 0).toBeGreaterThanOrEqual(syncsBefore);
    expect(hubValuesHash(commits.deployable)).toBe(good);
    repo.git('checkout', '-q', commits.deployable);
  }, 900_000);
});
