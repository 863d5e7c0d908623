/**
 * npm run render: the effective manifests of the JupyterHub release (what the chart makes of the
 * synthesized values), for review beside dist/k8s, in either delivery mode. In argocd mode the PR shows
 * the values; this shows what they do to the Deployments, NetworkPolicies and RBAC.
 *
 *   npm run render                                      # the chart from chart.repository (or delivery.helm.chartRef)
 *   npm run render -- --chart ./jupyterhub-4.4.0.tgz    # a local directory, .tgz or oci:// reference
 *   npm run render -- --config my-lab.yaml --out some/where --kube-version 1.33.0
 *
 * Writes <out>/jupyterhub.k8s.yaml (default dist/rendered), replacing it only when rendering succeeded.
 * The values the chart would generate at random (the hub's keys, the checksums of them) are cut out,
 * exactly as in helm mode (decision 0002), so two renders are byte-identical.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Chart, YamlOutputType } from 'cdk8s';
import { distLayout, RENDERED_FILE } from '../app/dist-layout.js';
import { hubChartValues } from '../app/hub-values.js';
import { loadConfig } from '../config/load.js';
import { JupyterHubRelease } from '../constructs/jupyterhub/jupyterhub-release.js';
import { command, run } from './support/command.js';

interface RenderOptions {
  config?: string;
  chart?: string;
  out: string;
  kubeVersion?: string;
}

function render(values: RenderOptions): void {
  const config = loadConfig(values.config);
  const chartRef = values.chart ?? config.delivery.helm.chartRef;
  const scratch = mkdtempSync(join(tmpdir(), 'thinkube-render-'));
  try {
    const app = new App({ outdir: scratch, yamlOutputType: YamlOutputType.FILE_PER_CHART });
    // One chart, so one file: jupyterhub.k8s.yaml.
    new JupyterHubRelease(new Chart(app, 'jupyterhub'), 'Release', {
      namespace: config.namespace.name,
      mode: 'helm',
      chart: config.chart,
      values: hubChartValues(config),
      helm: {
        executable: config.delivery.helm.executable,
        kubeVersion: values.kubeVersion ?? config.delivery.helm.kubeVersion,
        ...(chartRef ? { chartRef } : {}),
      },
    });
    app.synth();
    const out = resolve(values.out);
    mkdirSync(out, { recursive: true });
    renameSync(join(scratch, RENDERED_FILE), join(out, RENDERED_FILE));
    console.log(
      `rendered chart ${config.chart.name} ${config.chart.version} (${chartRef ?? config.chart.repository}) into ${join(out, RENDERED_FILE)}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const renderCommand = command('render', 'Renders the JupyterHub chart with the synthesized values, for review.')
  .option('--config <file>', 'the install configuration (default: the embedded one)')
  .option('--chart <ref>', 'chart directory, .tgz or oci:// reference (default: chart.repository)')
  .option('--out <dir>', `where ${RENDERED_FILE} goes`, distLayout().rendered)
  .option('--kube-version <version>', 'Kubernetes version to render for (default: delivery.helm.kubeVersion)')
  .action((options: RenderOptions) => render(options));

if (process.argv[1]?.endsWith('render.ts')) await run('render', renderCommand);
