/**
 * Where and how Podman stores image layers for the image commands. Overlay storage keeps only what a
 * layer changed; vfs copies the whole filesystem for every layer, so a rebuild after a one-line change
 * rewrites the image once per later instruction. Overlay needs the kernel's overlayfs (rootful Podman
 * on a normal machine) or, where that is not allowed (containers, sandboxes), fuse-overlayfs, which
 * needs /dev/fuse.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { TOOL_CACHE } from '../../config/project-files.js';

export const STORAGE_CHOICES = ['auto', 'fuse-overlayfs', 'overlay', 'vfs', 'podman-default'] as const;
export type StorageChoice = (typeof STORAGE_CHOICES)[number];

export interface PodmanStorage {
  /** Global podman arguments: --root/--runroot and the driver. Empty for podman-default. */
  readonly globalArgs: readonly string[];
  /** What was chosen and why, for the user. */
  readonly description: string;
}

/** `name` on PATH, or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The storage for `choice`. `auto`: fuse-overlayfs where /dev/fuse and the fuse-overlayfs binary exist,
 * else vfs (said so). The project keeps its own store per driver (a store cannot change driver), under
 * THINKUBE_CACHE, unless `root` names one; `podman-default` uses Podman's own configuration and store.
 */
export function podmanStorage(choice: StorageChoice, root?: string): PodmanStorage {
  if (choice === 'podman-default') {
    return { globalArgs: root ? rootArgs(root) : [], description: "Podman's own storage configuration" };
  }
  let driver: 'fuse-overlayfs' | 'overlay' | 'vfs' = choice === 'auto' ? 'vfs' : choice;
  let description: string;
  const fuseOverlayfs = onPath('fuse-overlayfs');
  if (choice === 'auto') {
    if (existsSync('/dev/fuse') && fuseOverlayfs) {
      driver = 'fuse-overlayfs';
      description = 'overlay storage through fuse-overlayfs (layers keep only what they change)';
    } else {
      description =
        `vfs storage: ${existsSync('/dev/fuse') ? 'no fuse-overlayfs on PATH' : 'no /dev/fuse'}, so every layer is a ` +
        'full copy of the image and rebuilds are slow (install fuse-overlayfs, or pass --storage-driver overlay ' +
        'where the kernel allows overlayfs)';
    }
  } else {
    description = `${driver} storage (as asked)`;
  }
  const store = root ?? join(TOOL_CACHE, 'podman', driver);
  // Podman refuses an overlay runroot longer than 50 characters; run state is transient anyway.
  const runroot = root ? join(root, 'run') : join(tmpdir(), `thinkube-podman-${process.getuid?.() ?? 'user'}`, driver);
  const driverArgs =
    driver === 'fuse-overlayfs'
      ? [
          '--storage-driver',
          'overlay',
          '--storage-opt',
          `overlay.mount_program=${fuseOverlayfs ?? '/usr/bin/fuse-overlayfs'}`,
        ]
      : ['--storage-driver', driver];
  return {
    globalArgs: ['--root', join(store, 'storage'), '--runroot', runroot, ...driverArgs],
    description: `${description}; store ${store}`,
  };
}

function rootArgs(root: string): string[] {
  return ['--root', join(root, 'storage'), '--runroot', join(root, 'run')];
}
