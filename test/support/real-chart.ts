/**
 * The official JupyterHub chart 4.4.0 (../shared/charts/jupyterhub-4.4.0, laid out as the published
 * package) rendered by the real helm with the synthesized values: what a cluster really receives.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { type KubeObject, SCHEMAS_DIR } from './contracts.js';
import { HELM_BIN } from './synth.js';

export const REAL_CHART = process.env.THINKUBE_CHART_DIR ?? resolve(SCHEMAS_DIR, '..', 'charts', 'jupyterhub-4.4.0');

/** `helm template jupyterhub <chart>` in the hub namespace; every rendered object, in order. */
export function renderRealChart(values: unknown, kubeVersion = '1.33.0', namespace = 'jupyterhub'): KubeObject[] {
  if (!existsSync(join(REAL_CHART, 'Chart.yaml'))) {
    throw new Error(
      `the z2jh 4.4.0 chart is not at ${REAL_CHART}: see docs/testing.md, "Schemas for the tests" (or set THINKUBE_CHART_DIR)`,
    );
  }
  const file = join(mkdtempSync(join(tmpdir(), 'thinkube-render-')), 'values.json');
  writeFileSync(file, JSON.stringify(values));
  const run = spawnSync(
    HELM_BIN,
    ['template', 'jupyterhub', REAL_CHART, '--namespace', namespace, '--kube-version', kubeVersion, '--values', file],
    { encoding: 'utf8' },
  );
  if (run.error || run.status !== 0) {
    throw new Error(`helm template failed (${HELM_BIN}): ${run.error?.message ?? run.stderr}`);
  }
  return parseAllDocuments(run.stdout)
    .map((doc) => doc.toJS() as KubeObject)
    .filter((object) => object?.kind);
}
