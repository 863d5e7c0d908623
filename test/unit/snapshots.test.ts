/**
 * One snapshot per cdk8s chart and per Terraform stack of the default configuration: the review
 * artefact for changes to a construct.
 */
import { describe, expect, it } from 'vitest';
import { addHubStacks } from '../../app/hub-stacks.js';
import { TerraformTesting } from '../../constructs/cdktf.js';
import { defaultConfig, synth } from '../support/synth.js';

describe('default configuration', () => {
  const { charts } = synth(defaultConfig());
  it.each(Object.keys(charts))('chart %s', (name) => {
    expect(charts[name]?.toJson()).toMatchSnapshot();
  });

  const stacks = addHubStacks(TerraformTesting.app({ stackTraces: false }), defaultConfig());
  it.each(['identity', 'registry', 'cluster'] as const)('stack %s', (name) => {
    expect(JSON.parse(TerraformTesting.synth(stacks[name]))).toMatchSnapshot();
  });
});
