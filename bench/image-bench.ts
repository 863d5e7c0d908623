/**
 * npm run bench:image: a cold notebook-image build (an empty Podman store holding only the base)
 * against a warm rebuild after one Python package changed (same store, so the apt, user and venv
 * layers come from cache). Both in this run, same machine; reported as times and their ratio.
 * Uses the end-to-end test's small spec and base (no registry needed: build only).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NotebookImageSpec, renderNotebookImage, writeImageFiles } from '../constructs/image/notebook-image.js';
import { smallImageSpec, TEST_BASE } from '../test/e2e/support/podman.js';
import { CACHE } from '../test/e2e/support/processes.js';
import { REPO_ROOT } from '../test/support/synth.js';

const spec: NotebookImageSpec = smallImageSpec('bench-notebook');

const store = mkdtempSync(join(tmpdir(), 'thinkube-bench-podman-'));
const global = ['--root', join(store, 'storage'), '--runroot', join(store, 'run'), '--storage-driver', 'vfs'];

function sh(command: string): void {
  const result = spawnSync('bash', ['-c', command], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`failed: ${command}`);
}

function timedBuild(s: NotebookImageSpec): number {
  const image = renderNotebookImage(s, { registry: '127.0.0.1:1', project: 'bench', source: 'https://example.org' });
  const dist = mkdtempSync(join(tmpdir(), 'thinkube-bench-dist-'));
  writeImageFiles(join(dist, 'images'), [image]);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'cli', 'image.ts'),
      'build',
      '--dist',
      dist,
      '--podman-root',
      store,
      '--storage-driver',
      'vfs',
      '--isolation',
      'chroot',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const elapsed = (performance.now() - started) / 1000;
  rmSync(dist, { recursive: true, force: true });
  if (result.status !== 0) throw new Error('build failed');
  return elapsed;
}

try {
  // The base is imported into the empty store first and not timed: a cold build on a real machine
  // would pull it from Harbor, which is not part of what the Containerfile order can change.
  sh(
    `tar -C "${join(CACHE, 'image-base', 'rootfs')}" -c . | podman ${global.join(' ')} import - ${TEST_BASE} >/dev/null`,
  );
  const cold = timedBuild(spec);
  const warm = timedBuild({ ...spec, pythonPackages: { ...spec.pythonPackages, idna: '3.10' } });
  console.log(`cold build (empty store, base only): ${cold.toFixed(1)} s`);
  console.log(`warm rebuild, one Python package changed: ${warm.toFixed(1)} s`);
  console.log(`ratio warm/cold: ${(warm / cold).toFixed(2)}`);
} finally {
  spawnSync('bash', ['-c', `podman ${global.join(' ')} system reset --force >/dev/null 2>&1; rm -rf "${store}"`]);
}
