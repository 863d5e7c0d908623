/** Podman as this project's machines need it: chroot isolation, vfs storage, a store under the cache. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE } from './processes.js';

export const PODMAN_ROOT = join(CACHE, 'containers');
export const PODMAN_FLAGS = ['--podman-root', PODMAN_ROOT, '--storage-driver', 'vfs', '--isolation', 'chroot'];
const GLOBAL = [
  '--root',
  join(PODMAN_ROOT, 'storage'),
  '--runroot',
  join(PODMAN_ROOT, 'run'),
  '--storage-driver',
  'vfs',
];

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
