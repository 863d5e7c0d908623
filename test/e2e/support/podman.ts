/**
 * Podman as `npm run image` runs it on this project's machines: chroot isolation, the storage it picks
 * (overlay through fuse-overlayfs here), its store under the cache.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { podmanStorage } from '../../../cli/support/podman-storage.js';
import type { ThinkubeConfig } from '../../../config/load.js';
import type { NotebookImageSpec } from '../../../constructs/image/notebook-image.js';
import { configWith } from '../../support/synth.js';
import { CACHE } from './processes.js';

export const PODMAN_FLAGS = ['--storage-driver', 'auto', '--isolation', 'chroot'];
const GLOBAL = [...podmanStorage('auto').globalArgs, '--cgroup-manager', 'cgroupfs'];

/**
 * The tests' own base images: Debian rootfs made by debootstrap (scripts/install-tools.sh podman), as no
 * container registry is reachable here. bookworm for the small test image and the chart images; trixie,
 * the release of the default config's CPU base, for building the default images themselves.
 */
export const TEST_BASES = {
  bookworm: {
    reference: 'localhost/thinkube-test-base:bookworm',
    rootfs: join(CACHE, 'image-base', 'rootfs'),
    arch: 'amd64',
  },
  trixie: {
    reference: 'localhost/thinkube-test-base:trixie',
    rootfs: join(CACHE, 'image-base', 'trixie', 'rootfs'),
    arch: 'amd64',
  },
  /** bookworm for arm64, debootstrapped under emulation: the multi-arch image test's other platform. */
  'bookworm-arm64': {
    reference: 'localhost/thinkube-test-base:bookworm-arm64',
    rootfs: join(CACHE, 'image-base', 'bookworm-arm64', 'rootfs'),
    arch: 'arm64',
  },
} as const;
export type TestBaseRelease = keyof typeof TEST_BASES;
export const TEST_BASE = TEST_BASES.bookworm.reference;

export function podman(...args: string[]): string {
  return execFileSync('podman', [...GLOBAL, ...args], { encoding: 'utf8' });
}

/** podman without blocking the test's worker (a build takes minutes on a busy machine); its output. */
export function podmanAsync(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'podman',
      [...GLOBAL, ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`podman ${args[0]}: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
}

/**
 * Runs `script` (sh) inside `reference`, as the image's own user, and returns what the step printed:
 * `podman run` cannot work in this sandbox, so it is the RUN step of a derived build (`files` copied to
 * /tmp/ first), without blocking the test's worker. Rejects when the script fails.
 */
export function runInImage(reference: string, script: string, files: Record<string, string> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-run-in-image-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const copies = Object.keys(files).map((name) => `COPY ${name} /tmp/${name}`);
  writeFileSync(join(dir, 'Containerfile'), [`FROM ${reference}`, ...copies, `RUN ${script}`].join('\n'));
  return podmanAsync(
    'build',
    '--no-cache',
    '--isolation',
    'chroot',
    '--pull=never',
    '-t',
    'localhost/thinkube-run-in-image',
    dir,
  );
}

/** What the imported image must match: a hash of the CA certificates and pip.conf trusted in the rootfs. */
function trustOf(rootfs: string): string {
  const hash = createHash('sha256');
  const cas = join(rootfs, 'usr', 'local', 'share', 'ca-certificates');
  for (const name of existsSync(cas) ? readdirSync(cas).sort() : []) {
    hash.update(`${name}\0`).update(readFileSync(join(cas, name)));
  }
  const pipConf = join(rootfs, 'etc', 'pip.conf');
  if (existsSync(pipConf)) hash.update(readFileSync(pipConf));
  return hash.digest('hex').slice(0, 16);
}

const TRUST_LABEL = 'io.thinkube.test-base.trust';

/**
 * A test base imported into Podman from its rootfs: once, and again whenever install-tools has since
 * trusted other CA certificates in the rootfs (the image carries the hash of what it was imported with).
 */
export function ensureTestBase(release: TestBaseRelease = 'bookworm'): string {
  const { reference, rootfs, arch } = TEST_BASES[release];
  if (!existsSync(join(rootfs, 'usr', 'bin', 'python3'))) {
    throw new Error(
      `no Debian ${release} rootfs at ${rootfs}: run bash scripts/install-tools.sh podman` +
        (arch === 'arm64' ? ' as root (it needs arm64 emulation: scripts/tools/emulation.sh)' : ''),
    );
  }
  const trust = trustOf(rootfs);
  const imported = spawnSync(
    'podman',
    [...GLOBAL, 'image', 'inspect', '--format', `{{index .Labels "${TRUST_LABEL}"}}`, reference],
    {
      encoding: 'utf8',
    },
  );
  if (imported.status === 0 && imported.stdout.trim() === trust) return reference;
  execFileSync(
    'bash',
    [
      '-c',
      `tar -C "${rootfs}" -c . | podman ${GLOBAL.join(' ')} import --arch ${arch} --change "LABEL ${TRUST_LABEL}=${trust}" - ${reference}`,
    ],
    { stdio: 'ignore' },
  );
  return reference;
}

/** A small image spec on the test base: quick to build, still pip-installing from PyPI. */
export function smallImageSpec(name: string): NotebookImageSpec {
  const [repository, tag] = TEST_BASE.split(':') as [string, string];
  return {
    name,
    description: 'Small image for the build tests and the build benchmark.',
    base: { repository, tag },
    aptPackages: ['less'],
    devTools: [],
    pythonPackages: { six: '1.17.0' },
    labExtensions: {},
    pipVersion: '25.3',
    uvVersion: '0.13.9',
    gpu: false,
    // The test base is this machine's architecture only (image.e2e builds the arm64 variant on its own base).
    platforms: ['linux/amd64'],
  };
}

/** The default config's CPU notebook image (config/default.yaml): JupyterLab, the PyData stack, the extensions. */
export const DEFAULT_CPU_IMAGE = 'jupyter-notebook';

/**
 * The default config's images with the CPU image's base swapped for the test base of `release` (no
 * container registry is reachable here): everything else as a user builds it, from PyPI. The test base
 * is an amd64 image, so the CPU image is built for amd64 unless `platforms` says otherwise (a wheel check
 * of the default's own platforms needs no base).
 */
export function defaultImagesOnTestBase(
  release: TestBaseRelease,
  platforms: ThinkubeConfig['images'][number]['platforms'] = ['linux/amd64'],
): ThinkubeConfig['images'] {
  const [repository, tag] = TEST_BASES[release].reference.split(':') as [string, string];
  return configWith('').images.map((image) =>
    image.name === DEFAULT_CPU_IMAGE ? { ...image, base: { repository, tag }, platforms } : image,
  );
}

/**
 * The lock held around a build of the default CPU image: two files build it (default-images.e2e, and an
 * install whose users run it), and the second, waiting, then takes every layer from the first's cache
 * instead of building the same 1.7 GB at the same time on the same two cores.
 */
export const DEFAULT_IMAGE_BUILD_LOCK = 'default-cpu-image-build';
