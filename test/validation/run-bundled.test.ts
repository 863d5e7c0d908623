/**
 * npm run synth runs main.ts from a bundle (scripts/run-bundled.mjs). The bundle must never be stale:
 * a changed source is rebuilt before the run, an unchanged one is reused; and the bundle's output is
 * byte for byte what the TypeScript sources produce.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScratchRepository, scratchRepository } from '../support/scratch-repository.js';

let repo: ScratchRepository;
beforeAll(() => {
  repo = scratchRepository();
}, 120_000);
afterAll(() => repo?.remove());

function synthInto(out: string, via: 'bundle' | 'tsx') {
  const args =
    via === 'bundle'
      ? ['scripts/run-bundled.mjs', 'main.ts', '--out', out]
      : ['--import', 'tsx', 'main.ts', '--out', out];
  const run = spawnSync(process.execPath, args, { cwd: repo.dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run;
}

const tree = (dir: string) =>
  spawnSync('bash', ['-c', `cd ${dir} && find . -type f | sort | xargs sha256sum`], { encoding: 'utf8' }).stdout;

describe('scripts/run-bundled.mjs', () => {
  it('the bundle synthesizes exactly what the TypeScript sources do', () => {
    const out = mkdtempSync(join(tmpdir(), 'thinkube-bundled-'));
    synthInto(join(out, 'bundle'), 'bundle');
    synthInto(join(out, 'tsx'), 'tsx');
    expect(tree(join(out, 'bundle'))).not.toBe('');
    expect(tree(join(out, 'bundle'))).toBe(tree(join(out, 'tsx')));
  }, 120_000);

  it('reuses a fresh bundle and rebuilds when a source changes', () => {
    const out = mkdtempSync(join(tmpdir(), 'thinkube-bundled-'));
    synthInto(join(out, 'first'), 'bundle');
    const built = readlinkSync(join(repo.dir, '.build', 'main'));
    synthInto(join(out, 'second'), 'bundle');
    expect(readlinkSync(join(repo.dir, '.build', 'main'))).toBe(built);

    const names = join(repo.dir, 'constructs', 'names.ts');
    writeFileSync(
      names,
      readFileSync(names, 'utf8').replace(
        "'app.kubernetes.io/managed-by': 'cdk8s'",
        "'app.kubernetes.io/managed-by': 'cdk8s-edited'",
      ),
    );
    synthInto(join(out, 'third'), 'bundle');
    expect(readlinkSync(join(repo.dir, '.build', 'main'))).not.toBe(built);
    const namespace = readFileSync(join(out, 'third', 'k8s', '0000-namespace.k8s.yaml'), 'utf8');
    expect(namespace).toContain('app.kubernetes.io/managed-by: cdk8s-edited');
  }, 120_000);
});
