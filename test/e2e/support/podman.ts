/**
 * Podman as `npm run image` runs it on this project's machines: chroot isolation, the storage it picks
 * (overlay through fuse-overlayfs here), its store under the cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { podmanStorage } from '../../../cli/support/podman-storage.js';
import type { NotebookImageSpec } from '../../../constructs/image/notebook-image.js';
import { CACHE } from './processes.js';

export const PODMAN_FLAGS = ['--storage-driver', 'auto', '--isolation', 'chroot'];
const GLOBAL = [...podmanStorage('auto').globalArgs, '--cgroup-manager', 'cgroupfs'];

export const TEST_BASE = 'localhost/thinkube-test-base:bookworm';

export function podman(...args: string[]): string {
  return execFileSync('podman', [...GLOBAL, ...args], { encoding: 'utf8' });
}

/**
 * The tests' own base image: a Debian bookworm rootfs with python3 made by debootstrap (no container
 * registry is reachable here), imported into Podman. Built once into the cache.
 */
export function ensureTestBase(): void {
  if (spawnSync('podman', [...GLOBAL, 'image', 'exists', TEST_BASE]).status === 0) return;
  const rootfs = join(CACHE, 'image-base', 'rootfs');
  if (!existsSync(join(rootfs, 'usr', 'bin', 'python3'))) {
    throw new Error(`no Debian rootfs at ${rootfs}: run bash scripts/install-tools.sh podman`);
  }
  execFileSync('bash', ['-c', `tar -C "${rootfs}" -c . | podman ${GLOBAL.join(' ')} import - ${TEST_BASE}`], {
    stdio: 'ignore',
  });
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
  };
}
