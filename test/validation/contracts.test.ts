/**
 * Every object the project synthesizes, for the default configuration and for variants that switch on
 * every optional path, validated strictly against the real contracts: Kubernetes 1.28 and 1.36, the Argo
 * CD and Gateway API CRDs, and the JupyterHub chart's own values schema (merged over its values.yaml).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubChartValues } from '../../app/hub-values.js';
import {
  crdValidator,
  KUBERNETES_VERSIONS,
  type KubeObject,
  kubernetesValidator,
  SCHEMAS_DIR,
  validateChartValues,
  validateObject,
} from '../support/contracts.js';
import { REAL_CHART, renderRealChart } from '../support/real-chart.js';
import { configWith, defaultConfig, HELM_BIN, synth } from '../support/synth.js';

const variants = {
  'default (argocd, httproute, GPUs)': () => defaultConfig(),
  'ingress with cert-manager, quota, no GPUs, no shared volume': () =>
    configWith(`
exposure: { mode: ingress, ingress: { clusterIssuer: letsencrypt-prod } }
namespace: { quota: { enabled: true }, podSecurity: restricted }
gpu: { enabled: false }
storage: { shared: { enabled: false } }
`),
  'helm mode (the real chart 4.4.0)': () =>
    configWith(`delivery: { mode: helm, helm: { chartRef: "${REAL_CHART}", executable: "${HELM_BIN}" } }`),
};

describe.each(Object.entries(variants))('synthesized objects: %s', (_name, makeConfig) => {
  const { objects } = synth(makeConfig());

  it.each(KUBERNETES_VERSIONS)('are all valid, strictly, for Kubernetes %s', (version) => {
    expect(objects.length).toBeGreaterThan(3);
    const failures = objects.map((o) => validateObject(o, version)).filter((v) => v.errors.length > 0);
    expect(failures).toEqual([]);
  });
});

describe.each(Object.entries(variants))('the real chart 4.4.0 rendered with the values: %s', (_name, makeConfig) => {
  const values = hubChartValues(makeConfig());
  it.each(KUBERNETES_VERSIONS)('every object it renders is valid, strictly, for Kubernetes %s', (version) => {
    const objects = renderRealChart(values, version);
    expect(objects.map((o) => o.kind)).toEqual(
      expect.arrayContaining(['Deployment', 'NetworkPolicy', 'Secret', 'Service']),
    );
    const failures = objects.map((o) => validateObject(o, version)).filter((v) => v.errors.length > 0);
    expect(failures).toEqual([]);
  });
});

describe.each(Object.entries(variants))('chart values: %s', (_name, makeConfig) => {
  it('pass the chart values schema, merged over values.yaml as helm does', () => {
    expect(validateChartValues(hubChartValues(makeConfig()))).toEqual([]);
  });
});

describe('the validators can fail', () => {
  const namespace: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } };

  it('reject an unknown field in a built-in kind', () => {
    const verdict = kubernetesValidator('1.28.0')({ ...namespace, spec: { finalizers: [], color: 'blue' } });
    expect(verdict.errors).toEqual(['/spec must NOT have additional properties "color"']);
  });

  it('reject a kind the Kubernetes version does not have', () => {
    const verdict = kubernetesValidator('1.28.0')({
      apiVersion: 'batch/v1beta1',
      kind: 'CronJob',
      metadata: { name: 'x' },
    });
    expect(verdict.errors[0]).toContain('has no kind batch/v1beta1/CronJob');
  });

  it('reject a wrong type in a custom resource', () => {
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'x' },
      spec: { hostnames: 'one.example.org' },
    };
    expect(crdValidator(join(SCHEMAS_DIR, 'gateway-api-v1.6.1', 'httproutes.yaml'))(route).errors).toContain(
      '/spec/hostnames must be array',
    );
  });

  it('reject chart values the chart does not know', () => {
    expect(validateChartValues({ hub: { cookieSecrett: 'x' } })).toEqual([
      '/hub must NOT have additional properties "cookieSecrett"',
    ]);
  });

  it('reject chart values of the wrong type', () => {
    expect(validateChartValues({ proxy: { service: { type: 'Ingress' } } })[0]).toContain(
      '/proxy/service/type must be equal to one of the allowed values',
    );
  });
});
