import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setBaseDigests } from '../../config/edit.js';
import { ConfigError } from '../../config/load.js';
import { REPO_ROOT } from '../support/synth.js';

const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;

function copyOfDefault(): { file: string; text: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'thinkube-edit-')), 'my-lab.yaml');
  const text = readFileSync(join(REPO_ROOT, 'config', 'default.yaml'), 'utf8');
  writeFileSync(file, text);
  return { file, text };
}

describe('setBaseDigests', () => {
  it('adds a digest line under each tag and changes nothing else, byte for byte', () => {
    const { file, text } = copyOfDefault();
    expect(
      setBaseDigests(
        file,
        new Map([
          [0, DIGEST_A],
          [1, DIGEST_B],
        ]),
      ),
    ).toEqual([0, 1]);
    const pinned = readFileSync(file, 'utf8');
    expect(pinned).toContain(`      tag: trixie-20261110-slim\n      digest: ${DIGEST_A}\n`);
    expect(pinned).toContain(`      tag: 12.6.3-cudnn-runtime-ubuntu24.04\n      digest: ${DIGEST_B}\n`);
    expect(pinned.replace(/\n {6}digest: sha256:[ab]{64}/g, '')).toBe(text);
  });

  it('replaces a digest that changed, and leaves a file alone when nothing changed', () => {
    const { file } = copyOfDefault();
    setBaseDigests(file, new Map([[0, DIGEST_A]]));
    expect(setBaseDigests(file, new Map([[0, DIGEST_A]]))).toEqual([]);
    expect(setBaseDigests(file, new Map([[0, DIGEST_B]]))).toEqual([0]);
    const pinned = readFileSync(file, 'utf8');
    expect(pinned).toContain(`digest: ${DIGEST_B}`);
    expect(pinned).not.toContain(DIGEST_A);
  });

  it('adds to a flow-style base in its own style', () => {
    const { file, text } = copyOfDefault();
    writeFileSync(
      file,
      text.replace(
        /base:\n +repository: nvcr\/nvidia\/cuda\n +tag: ([^\n]+)/,
        'base: { repository: nvcr/nvidia/cuda, tag: $1 }',
      ),
    );
    setBaseDigests(file, new Map([[1, DIGEST_B]]));
    expect(readFileSync(file, 'utf8')).toContain(
      `base: { repository: nvcr/nvidia/cuda, tag: 12.6.3-cudnn-runtime-ubuntu24.04, digest: ${DIGEST_B} }`,
    );
  });

  it('fails if the result would not be a valid configuration, and leaves the file as it was', () => {
    const { file, text } = copyOfDefault();
    let error: unknown;
    try {
      setBaseDigests(file, new Map([[0, 'sha256:not-hex']]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'images.0.base.digest: must be a sha256 digest (got "sha256:not-hex")',
    ]);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
