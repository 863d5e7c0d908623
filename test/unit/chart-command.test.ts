/**
 * npm run chart -- mirror refuses before it logs in or pushes anything: a config whose chart is not
 * mirrored into Harbor, a missing push robot, a chart that is not the pinned one. What it pushes and how
 * Argo CD reads it is shown on the running cluster (argocd.e2e).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_CHART } from '../support/real-chart.js';
import { configYamlWith, HELM_BIN, REPO_ROOT } from '../support/synth.js';

const MIRROR = 'oci://registry.thinkube.example.org/thinkube/charts';

function mirror(configPatch: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-chart-cli-'));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, configYamlWith(configPatch));
  const result = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'scripts', 'run-bundled.mjs'),
      'cli/chart.ts',
      'mirror',
      '--config',
      config,
      '--helm',
      HELM_BIN,
      ...args,
    ],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, HARBOR_PUSH_USERNAME: '', HARBOR_PUSH_PASSWORD: '', TMPDIR: dir, ...env },
    },
  );
  return { ...result, dir };
}

const robot = { HARBOR_PUSH_USERNAME: 'robot$thinkube+jupyterhub-push', HARBOR_PUSH_PASSWORD: 'not-a-real-secret' };

describe('npm run chart -- mirror: what it refuses', () => {
  it('a chart.repository that is a Helm repository: says what to set instead', () => {
    const run = mirror('', [], robot);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'chart: chart.repository is "https://hub.jupyter.org/helm-chart", a Helm repository Argo CD reads itself; ' +
        'to serve the chart from Harbor, set it to "oci://registry.thinkube.example.org/thinkube/charts" and mirror again',
    );
  });

  it('no push robot in the environment: names the variables and where they come from', () => {
    const run = mirror(`chart: { repository: "${MIRROR}" }`, ['--from', REAL_CHART]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'chart: HARBOR_PUSH_USERNAME and HARBOR_PUSH_PASSWORD must hold the push robot (the registry stack outputs ' +
        'push_robot_name and push_robot_secret: tofu output -raw)',
    );
  });

  it('a chart that is not the pinned version: nothing pushed, and the temporary folder removed', () => {
    const source = mkdtempSync(join(tmpdir(), 'thinkube-chart-other-'));
    const chart = join(source, 'jupyterhub');
    cpSync(REAL_CHART, chart, { recursive: true });
    const chartYaml = join(chart, 'Chart.yaml');
    writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace(/^version: .*$/m, 'version: 4.3.0'));
    const run = mirror(`chart: { repository: "${MIRROR}" }`, ['--from', chart], robot);
    expect(run.stderr.trim()).toBe(
      `chart: the chart from ${chart} is jupyterhub 4.3.0; chart.name and chart.version pin jupyterhub 4.4.0: nothing was pushed`,
    );
    expect(run.status).toBe(1);
    expect(readdirSync(run.dir).filter((entry) => entry.startsWith('thinkube-chart-mirror-'))).toEqual([]);
  });

  it('a --from that is neither a chart folder nor a packaged chart', () => {
    const run = mirror(`chart: { repository: "${MIRROR}" }`, ['--from', join(REAL_CHART, 'Chart.yaml')], robot);
    expect(run.stderr.trim()).toBe(
      `chart: --from ${join(REAL_CHART, 'Chart.yaml')}: must be a chart folder or a packaged chart (.tgz)`,
    );
    expect(run.status).toBe(1);
  });
});
