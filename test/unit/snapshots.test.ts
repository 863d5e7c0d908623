/**
 * Snapshots of what the configuration variants that the committed dist/ does not show change: for each,
 * every field of the charts and Terraform stacks that differs from the default configuration's, before
 * and after (objects keyed by kind and name, so an added object reads as added). The default's own output
 * is dist/ itself (committed, checked fresh by CI), so it is not repeated here.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthTerraform } from '../../app/synth-terraform.js';
import type { ThinkubeConfig } from '../../config/load.js';
import { VALUES_HASH_ANNOTATION } from '../../constructs/names.js';
import { configWith, defaultConfig, synth } from '../support/synth.js';

/** Each variant as a YAML patch over the default configuration. */
const VARIANTS: Record<string, string> = {
  'Ingress with cert-manager': 'exposure: { mode: ingress, ingress: { clusterIssuer: letsencrypt } }',
  'no GPUs': 'gpu: { enabled: false }',
  'no shared volume': 'storage: { shared: { enabled: false } }',
  'the chart from the Harbor OCI mirror':
    'chart: { repository: "oci://registry.thinkube.example.org/thinkube/charts" }',
  'the registry stack makes the Harbor project': 'harbor: { createProject: true }',
  'Terraform state in the cluster': 'terraform: { backend: kubernetes }',
};

const STACKS = ['identity', 'registry', 'cluster'] as const;

interface KubeJson {
  kind: string;
  metadata: { name: string; namespace?: string };
}

/** Every chart's objects (by kind and name) and every stack of `config`, under `chart <id>` / `stack <name>`. */
function outputOf(config: ThinkubeConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, chart] of Object.entries(synth(config).charts)) {
    const objects = chart.toJson() as KubeJson[];
    out[`chart ${name}`] = Object.fromEntries(
      objects.map((o) => [`${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`, o]),
    );
  }
  const outdir = mkdtempSync(join(tmpdir(), 'thinkube-snapshot-'));
  synthTerraform(config, outdir);
  for (const name of STACKS) {
    out[`stack ${name}`] = JSON.parse(readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The fields that differ between `before` and `after`, by JSON path: `{ before, after }` ("absent" where missing). */
function changes(before: unknown, after: unknown, path = ''): Record<string, { before: unknown; after: unknown }> {
  if (JSON.stringify(before) === JSON.stringify(after)) return {};
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return Object.assign({}, ...keys.map((k) => changes(before[k], after[k], path ? `${path} > ${k}` : k)));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return Object.assign({}, ...before.map((b, i) => changes(b, after[i], `${path}[${i}]`)));
  }
  return { [path]: { before: before ?? 'absent', after: after ?? 'absent' } };
}

describe('configuration variants: what each changes from the default', () => {
  const baseline = outputOf(defaultConfig());
  it.each(Object.entries(VARIANTS))('%s', (_name, patch) => {
    // The values hash changes with any value: shown as changed, not as two hashes that churn with each edit.
    const changed = Object.fromEntries(
      Object.entries(changes(baseline, outputOf(configWith(patch)))).map(([path, change]) =>
        path.endsWith(VALUES_HASH_ANNOTATION)
          ? [path, { before: '<hash of the values>', after: '<another>' }]
          : [path, change],
      ),
    );
    // A variant that changes nothing would snapshot nothing: it would not be a variant.
    expect(Object.keys(changed).length).toBeGreaterThan(0);
    expect(changed).toMatchSnapshot();
  });
});
