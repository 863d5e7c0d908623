/**
 * npm run bench:image: per platform (amd64 natively, arm64 under emulation on this x86-64 machine), a cold
 * notebook-image build (an empty Podman store holding only the base, and an
 * empty uv build cache) against a warm rebuild after one Python package changed (same store and cache,
 * so the apt, user and venv layers come from the layer cache and uv fetches only the new package).
 * Both in this run, same machine; reported as times, their ratio, and the bytes each build added to
 * the store. Storage as `npm run image` picks it (--storage-driver, default auto: overlay through
 * fuse-overlayfs where /dev/fuse exists, else vfs).
 * Uses the end-to-end test's small spec and base (no registry needed: build only).
 *
 *   npm run bench:image [-- --storage-driver vfs] [--platforms linux/amd64]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nativePlatform } from '../cli/support/image-platforms.js';
import { podmanStorage, STORAGE_CHOICES, type StorageChoice } from '../cli/support/podman-storage.js';
import { IMAGE_PLATFORMS, type ImagePlatform } from '../constructs/image/image-rules.js';
import { type NotebookImageSpec, renderNotebookImage, writeImageFiles } from '../constructs/image/notebook-image.js';
import { smallImageSpec, TEST_BASES } from '../test/e2e/support/podman.js';
import { REPO_ROOT } from '../test/support/synth.js';

const { values } = parseArgs({
  options: {
    'storage-driver': { type: 'string', default: 'auto' },
    platforms: { type: 'string', default: 'linux/amd64,linux/arm64' },
  },
});
const driver = values['storage-driver'] as StorageChoice;
if (!STORAGE_CHOICES.includes(driver)) {
  console.error(`--storage-driver must be one of ${STORAGE_CHOICES.join(', ')}, got "${driver}"`);
  process.exit(1);
}
const platforms = (values.platforms as string).split(',').map((p) => p.trim()) as ImagePlatform[];
const unknown = platforms.filter((p) => !(p in IMAGE_PLATFORMS));
if (unknown.length > 0) {
  console.error(`--platforms must name ${Object.keys(IMAGE_PLATFORMS).join(', ')}, got "${unknown.join(', ')}"`);
  process.exit(1);
}
/** The tests' debootstrapped bookworm base of each platform (the arm64 one made under emulation). */
const BASES: Record<ImagePlatform, keyof typeof TEST_BASES> = {
  'linux/amd64': 'bookworm',
  'linux/arm64': 'bookworm-arm64',
};

const store = mkdtempSync(join(tmpdir(), 'thinkube-bench-podman-'));
const storage = podmanStorage(driver, store);
console.log(`podman: ${storage.description}`);
const buildTmps: string[] = [];

function sh(command: string): void {
  const result = spawnSync('bash', ['-c', command], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`failed: ${command}`);
}

function storeBytes(): number {
  const result = spawnSync('du', ['-sb', '--apparent-size', join(store, 'storage')], { encoding: 'utf8' });
  return Number(result.stdout.split('\t')[0]);
}

function timedBuild(s: NotebookImageSpec, buildTmp: string): { seconds: number; bytes: number } {
  const image = renderNotebookImage(s, { registry: '127.0.0.1:1', project: 'bench', source: 'https://example.org' });
  const dist = mkdtempSync(join(tmpdir(), 'thinkube-bench-dist-'));
  writeImageFiles(join(dist, 'images'), [image]);
  const before = storeBytes();
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
      driver,
      '--isolation',
      'chroot',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TMPDIR: buildTmp } },
  );
  const seconds = (performance.now() - started) / 1000;
  rmSync(dist, { recursive: true, force: true });
  if (result.status !== 0) throw new Error('build failed');
  return { seconds, bytes: storeBytes() - before };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
try {
  for (const platform of platforms) {
    const base = TEST_BASES[BASES[platform]];
    // The base is imported into the store first and not timed: a cold build on a real machine would
    // pull it from Harbor, which is not part of what the Containerfile order can change.
    sh(
      `tar -C "${base.rootfs}" -c . | podman ${storage.globalArgs.join(' ')} import --arch ${base.arch} - ${base.reference} >/dev/null`,
    );
    const [repository, tag] = base.reference.split(':') as [string, string];
    const spec: NotebookImageSpec = {
      ...smallImageSpec(`bench-notebook-${base.arch}`),
      base: { repository, tag, release: 'bookworm' },
      platforms: [platform],
    };
    // Buildah keeps RUN cache mounts (the uv cache) under $TMPDIR/buildah-cache-<uid>: a fresh one per
    // platform, so each cold build starts with an empty cache.
    const buildTmp = mkdtempSync(join(tmpdir(), 'thinkube-bench-tmp-'));
    buildTmps.push(buildTmp);
    const how = platform === nativePlatform() ? 'native' : 'emulated';
    const cold = timedBuild(spec, buildTmp);
    const warm = timedBuild({ ...spec, pythonPackages: { ...spec.pythonPackages, idna: '3.10' } }, buildTmp);
    console.log(`${platform} (${how}):`);
    console.log(
      `  cold build (empty store and uv cache, base only): ${cold.seconds.toFixed(1)} s, ${mib(cold.bytes)} written to the store`,
    );
    console.log(
      `  warm rebuild, one Python package added:         ${warm.seconds.toFixed(1)} s, ${mib(warm.bytes)} written to the store`,
    );
    console.log(
      `  ratio warm/cold: ${(warm.seconds / cold.seconds).toFixed(2)} (time), ${(warm.bytes / cold.bytes).toFixed(2)} (bytes)`,
    );
  }
} finally {
  spawnSync('bash', [
    '-c',
    `podman ${storage.globalArgs.join(' ')} system reset --force >/dev/null 2>&1; rm -rf "${store}" ${buildTmps.map((d) => `"${d}"`).join(' ')}`,
  ]);
}
