/** One snapshot per chart of the default configuration: the review artefact for changes to a construct. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, synth } from '../support/synth.js';

describe('default configuration', () => {
  const { charts } = synth(defaultConfig());
  it.each(Object.keys(charts))('chart %s', (name) => {
    expect(charts[name]?.toJson()).toMatchSnapshot();
  });
});
