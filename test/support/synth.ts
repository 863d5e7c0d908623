/** Synthesizes configurations in memory for tests, without touching dist/. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Chart, Testing } from 'cdk8s';
import type { Construct } from 'constructs';
import { parse, stringify } from 'yaml';
import { addHubPlatform } from '../../app/hub-platform.js';
import { loadConfig, parseConfig, type ThinkubeConfig } from '../../config/load.js';
import { TOOL_CACHE } from '../../config/project-files.js';
import { PART_OF_LABELS } from '../../constructs/names.js';
import type { KubeObject } from './contracts.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * The helm CLI for helm-mode tests: HELM_BIN, else the one scripts/install-tools.sh built, else `helm`
 * from PATH. When none runs, the tests fail with the construct's own message saying how to install it.
 */
export const HELM_BIN = process.env.HELM_BIN ?? [join(TOOL_CACHE, 'bin', 'helm')].find((p) => existsSync(p)) ?? 'helm';

/** The embedded default configuration with `patch` (YAML) merged over it, as YAML text. */
export function configYamlWith(patchYaml: string): string {
  const base = readFileSync(join(REPO_ROOT, 'config', 'default.yaml'), 'utf8');
  // Duplicate keys are errors in a YAML map, so merge as data rather than by appending text.
  return stringify(deepMerge(parse(base), parse(patchYaml) ?? {}));
}

/** The embedded default configuration with `patch` (YAML) merged over it. */
export function configWith(patchYaml: string): ThinkubeConfig {
  return parseConfig(configYamlWith(patchYaml), '<test>');
}

export function defaultConfig(): ThinkubeConfig {
  return loadConfig();
}

export interface Synthesized {
  readonly charts: Record<string, Chart>;
  readonly objects: KubeObject[];
  byKind(kind: string, name?: string): KubeObject;
}

export function synth(config: ThinkubeConfig): Synthesized {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'thinkube-test-')) });
  const built = addHubPlatform(app, config);
  const charts: Record<string, Chart> = {};
  for (const [key, chart] of Object.entries(built)) if (chart) charts[key] = chart as Chart;
  const objects = app.charts.flatMap((chart) => chart.toJson() as KubeObject[]);
  return {
    charts,
    objects,
    byKind(kind, name) {
      const found = objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
      if (!found) throw new Error(`no ${kind}${name ? ` named ${name}` : ''} in the synthesized objects`);
      return found;
    },
  };
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (isMap(base) && isMap(override)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(override)) out[k] = k in base ? deepMerge(base[k], v) : v;
    return out;
  }
  return override;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A chart for one construct under test, labelled as the app labels its own charts. */
export function testChart(props: { namespace?: string } = {}): Chart {
  return new Chart(new App({ outdir: mkdtempSync(join(tmpdir(), 'thinkube-test-')) }), 'test', {
    labels: { ...PART_OF_LABELS },
    ...props,
  });
}

/** The objects the chart holding `construct` synthesizes. */
export function synthOf(construct: Construct): ReturnType<typeof Testing.synth> {
  return Testing.synth(Chart.of(construct));
}
