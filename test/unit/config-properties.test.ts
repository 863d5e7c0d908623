/**
 * Property-based: thousands of mutated configurations (random values at random paths of the embedded
 * default, YAML text mangled) never crash the loader or synth with anything but a ConfigError or a
 * construct's own Error: no TypeError, no stack trace for a user, and everything the loader accepts
 * synthesizes. A fixed seed keeps CI repeatable; a failure prints the shrunk counterexample.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ConfigError, parseConfig } from '../../config/load.js';
import { REPO_ROOT, synth } from '../support/synth.js';

const DEFAULT = parse(readFileSync(join(REPO_ROOT, 'config', 'default.yaml'), 'utf8')) as Record<string, unknown>;

/** Every path (object keys and array indexes) of the default configuration. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return [prefix];
}
const PATHS = pathsOf(DEFAULT).filter((p) => p.length > 0);

const hostile = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '0Gi',
    '-1',
    'kube-system',
    '__proto__',
    'constructor',
    'http://u:p@x.example.org',
    '300.1.1.1/40',
    'a\nb',
    'x\\',
    '1e309',
    'NaN',
    '/jupyterhub-admins',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

/** Runs the loader and, when it accepts, synth: only ConfigError or a construct's Error may escape. */
function loadAndSynth(text: string): 'accepted' | 'refused' {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(text, '<generated>');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    for (const problem of (error as ConfigError).problems) expect(problem).not.toMatch(/\n\s+at /);
    return 'refused';
  }
  try {
    synth(config);
  } catch (error) {
    // A construct refusing its props is allowed, with its own message; an engine error is not.
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(RangeError);
    return 'refused';
  }
  return 'accepted';
}

describe('mutated configurations', () => {
  it('a hostile value at any path is accepted or refused cleanly, never a crash', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), hostile, (path, value) => {
        loadAndSynth(stringify(setAt(DEFAULT, path, value)));
      }),
      { numRuns: 600, seed: 20261126 },
    );
  });

  it('mangled YAML text is refused cleanly, never a crash', () => {
    const text = stringify(DEFAULT);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('&a ', '*a', '<<: *a\n', ':', '{', '[', '- ', '\t', '"', "'", '!!binary ', '? ', '%YAML 1.1\n'),
        (at, cut, insert) => {
          loadAndSynth(text.slice(0, at) + insert + text.slice(at + cut));
        },
      ),
      { numRuns: 400, seed: 20261126 },
    );
  });
});
