import { describe, expect, it } from 'vitest';
import { hubChartValues } from '../../app/hub-values.js';
import { JupyterHubRelease } from '../../constructs/jupyterhub/jupyterhub-release.js';
import { HUB_SECRET, VALUES_HASH_ANNOTATION } from '../../constructs/names.js';
import { REAL_CHART } from '../support/real-chart.js';
import { defaultConfig, HELM_BIN, synthOf, testChart } from '../support/synth.js';

const chart = {
  name: 'jupyterhub',
  version: '4.4.0',
  repository: 'https://hub.jupyter.org/helm-chart',
  releaseName: 'jupyterhub',
};
const values = hubChartValues(defaultConfig());

function helmRelease() {
  return new JupyterHubRelease(testChart(), 'release', {
    namespace: 'jupyterhub',
    mode: 'helm',
    chart,
    values,
    helm: { chartRef: REAL_CHART, executable: HELM_BIN },
  });
}

describe('JupyterHubRelease in argocd mode', () => {
  it('defaults: an Application for the pinned chart, values inline, automated sync', () => {
    const [app] = synthOf(new JupyterHubRelease(testChart(), 'release', { namespace: 'jupyterhub', chart, values }));
    expect(app).toMatchObject({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'jupyterhub', namespace: 'argocd' },
    });
    expect(app.metadata.finalizers).toBeUndefined();
    expect(app.spec.source).toMatchObject({
      repoURL: 'https://hub.jupyter.org/helm-chart',
      chart: 'jupyterhub',
      targetRevision: '4.4.0',
      helm: { releaseName: 'jupyterhub' },
    });
    expect(app.spec.source.helm.valuesObject.hub.config.JupyterHub.authenticator_class).toBe('generic-oauth');
    expect(app.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'jupyterhub' });
    expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(app.spec.syncPolicy.syncOptions).toContain('RespectIgnoreDifferences=true');
  });

  it('defaults: never overwrites the generated hub secrets or the checksums that hash them', () => {
    const [app] = synthOf(new JupyterHubRelease(testChart(), 'release', { namespace: 'jupyterhub', chart, values }));
    const secretRule = app.spec.ignoreDifferences.find((r: { kind: string }) => r.kind === 'Secret');
    expect(secretRule).toMatchObject({ name: 'hub', namespace: 'jupyterhub' });
    expect(secretRule.jsonPointers).toEqual(HUB_SECRET.generatedKeys.map((k) => `/data/${k}`));
    const pointers = app.spec.ignoreDifferences.flatMap((r: { jsonPointers: string[] }) => r.jsonPointers);
    expect(pointers).toContain('/spec/template/metadata/annotations/checksum~1secret');
    expect(pointers).toContain('/spec/template/metadata/annotations/checksum~1auth-token');
  });

  it('custom: another Argo CD namespace and project, manual pruning', () => {
    const [app] = synthOf(
      new JupyterHubRelease(testChart(), 'release', {
        namespace: 'lab',
        chart,
        values,
        argocd: { namespace: 'gitops', project: 'platform', prune: false, selfHeal: false },
      }),
    );
    expect(app.metadata.namespace).toBe('gitops');
    expect(app.spec.project).toBe('platform');
    expect(app.spec.syncPolicy.automated).toEqual({ prune: false, selfHeal: false });
  });
});

describe('JupyterHubRelease from the chart mirrored into Harbor (issue 23)', () => {
  const mirrored = { ...chart, repository: 'oci://registry.thinkube.example.org/thinkube/charts' };

  it('argocd mode: the repoURL names the OCI repository without its scheme, as Argo CD reads a Helm OCI source', () => {
    const [app] = synthOf(
      new JupyterHubRelease(testChart(), 'release', { namespace: 'jupyterhub', chart: mirrored, values }),
    );
    expect(app.spec.source).toMatchObject({
      repoURL: 'registry.thinkube.example.org/thinkube/charts',
      chart: 'jupyterhub',
      targetRevision: '4.4.0',
    });
  });

  it('helm mode: fails without helm.chartRef, naming the OCI chart to put there', () => {
    expect(
      () =>
        new JupyterHubRelease(testChart(), 'release', {
          namespace: 'jupyterhub',
          mode: 'helm',
          chart: mirrored,
          values,
          helm: { executable: HELM_BIN },
        }),
    ).toThrow(
      'chart.repository "oci://registry.thinkube.example.org/thinkube/charts" is an OCI repository: in helm mode name the chart itself in helm.chartRef ("oci://registry.thinkube.example.org/thinkube/charts/jupyterhub")',
    );
  });
});

describe('JupyterHubRelease in helm mode (real helm, the real chart 4.4.0)', () => {
  it('renders the chart with the values, in the namespace', () => {
    const objects = synthOf(helmRelease());
    const hub = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'hub');
    expect(hub.metadata.namespace).toBe('jupyterhub');
    expect(hub.spec.template.spec.containers[0].image).toBe('quay.io/jupyterhub/k8s-hub:4.4.0');
    const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'hub');
    const mounted = Buffer.from(secret.data['values.yaml'], 'base64').toString();
    expect(mounted).toContain(`tag: ${values.singleuser.image.tag}`);
    expect(objects.find((o) => o.kind === 'Service' && o.metadata.name === 'proxy-public').spec.type).toBe('ClusterIP');
  });

  it('cuts the generated secrets and their checksums out, keeping the values hash', () => {
    const objects = synthOf(helmRelease());
    const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'hub');
    expect(Object.keys(secret.data)).toEqual(['values.yaml']);
    const hubAnnotations = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'hub').spec.template
      .metadata.annotations;
    expect(hubAnnotations['checksum/secret']).toBeUndefined();
    expect(hubAnnotations[VALUES_HASH_ANNOTATION]).toBe(values.hub.annotations[VALUES_HASH_ANNOTATION]);
    const proxyAnnotations = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'proxy').spec.template
      .metadata.annotations;
    expect(proxyAnnotations['checksum/auth-token']).toBeUndefined();
  });

  it('renders the same bytes twice although the chart draws new random secrets each time', () => {
    expect(JSON.stringify(synthOf(helmRelease()))).toBe(JSON.stringify(synthOf(helmRelease())));
  });

  it('leaves cluster-scoped objects without a namespace', () => {
    const role = synthOf(helmRelease()).find((o) => o.kind === 'ClusterRole');
    expect(role.metadata.name).toBe('jupyterhub-user-scheduler');
    expect(role.metadata.namespace).toBeUndefined();
  });

  it('fails if the helm CLI is missing, saying what to do', () => {
    expect(
      () =>
        new JupyterHubRelease(testChart(), 'release', {
          namespace: 'jupyterhub',
          mode: 'helm',
          chart,
          values,
          helm: { chartRef: REAL_CHART, executable: '/nonexistent/helm' },
        }),
    ).toThrow('delivery.mode "helm" needs the helm CLI, but "/nonexistent/helm" did not run (ENOENT)');
  });
});
