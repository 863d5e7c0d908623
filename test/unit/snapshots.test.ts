/**
 * One snapshot per cdk8s chart and per Terraform stack of the default configuration: the review
 * artefact for changes to a construct.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthTerraform } from '../../app/synth-terraform.js';
import { defaultConfig, synth } from '../support/synth.js';

describe('default configuration', () => {
  const { charts } = synth(defaultConfig());
  it.each(Object.keys(charts))('chart %s', (name) => {
    expect(charts[name]?.toJson()).toMatchSnapshot();
  });

  const outdir = mkdtempSync(join(tmpdir(), 'thinkube-snapshot-'));
  synthTerraform(defaultConfig(), outdir);
  it.each(['identity', 'registry', 'cluster'])('stack %s', (name) => {
    expect(JSON.parse(readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'))).toMatchSnapshot();
  });
});
