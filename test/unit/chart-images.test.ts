import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hubChartValues } from '../../app/hub-values.js';
import { ConfigError } from '../../config/load.js';
import { CHART_IMAGES } from '../../constructs/jupyterhub/chart-image-rules.js';
import { REAL_CHART } from '../support/real-chart.js';
import { configWith, defaultConfig } from '../support/synth.js';

function problemsOf(patch: string): string[] {
  try {
    configWith(patch);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration was accepted');
}

/** The value at a dotted path of the chart values. */
function at(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);
}

describe("the chart's images", () => {
  it("names each image as chart 4.4.0's values.yaml does", () => {
    const chartValues = parse(readFileSync(join(REAL_CHART, 'values.yaml'), 'utf8'));
    for (const image of Object.values(CHART_IMAGES)) {
      expect(at(chartValues, image.value), image.value).toMatchObject({ name: image.name, tag: image.tag });
    }
  });

  it('leaves them to the chart by default', () => {
    const values = hubChartValues(defaultConfig());
    for (const image of Object.values(CHART_IMAGES)) expect(at(values, image.value), image.value).toBeUndefined();
  });

  it('pulls them through the mirror named for their registry, with a pinned tag and the pull Secret', () => {
    const values = hubChartValues(
      configWith(`chart:
  images:
    mirrors: { quay.io: registry.thinkube.example.org/thinkube/quay, registry.k8s.io: registry.thinkube.example.org/thinkube/k8s }
    tags: { registry.k8s.io/kube-scheduler: v1.30.15 }
    pullWithSecret: true
`),
    );
    const pullSecrets = ['harbor-pull-secret'];
    expect(at(values, 'hub.image')).toEqual({
      name: 'registry.thinkube.example.org/thinkube/quay/jupyterhub/k8s-hub',
      tag: '4.4.0',
      pullSecrets,
    });
    expect(at(values, 'proxy.chp.image')).toEqual({
      name: 'registry.thinkube.example.org/thinkube/quay/jupyterhub/configurable-http-proxy',
      tag: '5.2.0',
      pullSecrets,
    });
    expect(at(values, 'scheduling.userScheduler.image')).toEqual({
      name: 'registry.thinkube.example.org/thinkube/k8s/kube-scheduler',
      tag: 'v1.30.15',
      pullSecrets,
    });
    for (const pause of ['scheduling.userPlaceholder.image', 'prePuller.pause.image']) {
      expect(at(values, pause)).toEqual({
        name: 'registry.thinkube.example.org/thinkube/k8s/pause',
        tag: '3.10.1',
        pullSecrets,
      });
    }
  });

  it('mirrors one registry and leaves the other upstream', () => {
    const values = hubChartValues(
      configWith('chart: { images: { mirrors: { quay.io: registry.lab.example.org/quay } } }'),
    );
    expect(at(values, 'hub.image')).toEqual({ name: 'registry.lab.example.org/quay/jupyterhub/k8s-hub', tag: '4.4.0' });
    expect(at(values, 'scheduling.userScheduler.image')).toBeUndefined();
  });

  it('refuses a mirror the pull robot cannot pull from when the pods pull with its Secret', () => {
    expect(
      problemsOf(
        'chart: { images: { mirrors: { quay.io: registry.thinkube.example.org/quay }, pullWithSecret: true } }',
      ),
    ).toEqual([
      'chart.images.mirrors.quay.io: must be inside registry.thinkube.example.org/thinkube with pullWithSecret (the pull robot may pull from that project only) (got "registry.thinkube.example.org/quay")',
    ]);
  });

  it('refuses an unknown registry or repository, a URL and an unpinned tag, naming the field', () => {
    expect(problemsOf('chart: { images: { mirrors: { ghcr.io: registry.lab.example.org/ghcr } } }')).toEqual([
      'chart.images.mirrors.ghcr.io: must be one of "quay.io", "registry.k8s.io" (got "ghcr.io")',
    ]);
    expect(problemsOf('chart: { images: { mirrors: { quay.io: "https://registry.lab.example.org/quay" } } }')).toEqual([
      'chart.images.mirrors.quay.io: must be a registry host with an optional path, such as "registry.thinkube.example.org/quay" (no scheme) (got "https://registry.lab.example.org/quay")',
    ]);
    expect(problemsOf('chart: { images: { tags: { registry.k8s.io/kube-scheduler: latest } } }')).toEqual([
      'chart.images.tags.registry.k8s.io/kube-scheduler: must be a pinned tag, not "latest" (got "latest")',
    ]);
    expect(problemsOf('chart: { images: { tags: { quay.io/jupyterhub/k8s-singleuser-sample: "4.4.0" } } }')[0]).toMatch(
      /^chart\.images\.tags\.quay\.io\/jupyterhub\/k8s-singleuser-sample: must be one of "quay\.io\/jupyterhub\/k8s-hub", /,
    );
  });
});
