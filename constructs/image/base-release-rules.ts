/**
 * The Debian and Ubuntu releases a notebook image may start from, with what a wheel must fit in them:
 * the CPython their `python3` package is, and their C library (a `manylinux_2_N` wheel needs glibc 2.N
 * or newer). The image's Python comes from the base's apt, so the base's release decides which pinned
 * packages can be installed at all: numpy 2.5 publishes wheels for CPython 3.12 and newer only, which
 * bookworm (3.11) cannot take. A rules module: the config schema imports it (no cdk8s).
 */

export interface BaseRelease {
  /** The release as tags name it. */
  readonly name: string;
  readonly distribution: 'debian' | 'ubuntu';
  /** `major.minor` of the release's python3. */
  readonly python: string;
  /** `major.minor` of the release's glibc. */
  readonly glibc: string;
}

/** From the releases' own python3 and libc6 packages. */
export const BASE_RELEASES: readonly BaseRelease[] = [
  { name: 'bookworm', distribution: 'debian', python: '3.11', glibc: '2.36' },
  { name: 'trixie', distribution: 'debian', python: '3.13', glibc: '2.41' },
  { name: 'jammy', distribution: 'ubuntu', python: '3.10', glibc: '2.35' },
  { name: 'noble', distribution: 'ubuntu', python: '3.12', glibc: '2.39' },
];

/** Ubuntu's version numbers, as image tags write them (`...-ubuntu24.04`), and their release names. */
const UBUNTU_VERSIONS: Readonly<Record<string, string>> = { '22.04': 'jammy', '24.04': 'noble' };

export const BASE_RELEASE_NAMES = BASE_RELEASES.map((r) => r.name);

export function baseReleaseNamed(name: string): BaseRelease | undefined {
  return BASE_RELEASES.find((r) => r.name === name);
}

/**
 * The release a base tag names (`trixie-20261110-slim`, `12.6.3-cudnn-runtime-ubuntu24.04`, `noble`), or
 * undefined when it names none this project knows (then the spec says `base.release`).
 */
export function baseReleaseOfTag(tag: string): BaseRelease | undefined {
  const words = tag.toLowerCase().split(/[-_]/);
  for (const word of words) {
    const named = baseReleaseNamed(word);
    if (named) return named;
    const ubuntu = /^ubuntu(\d\d\.\d\d)$/.exec(word)?.[1];
    const release = ubuntu ? UBUNTU_VERSIONS[ubuntu] : undefined;
    if (release) return baseReleaseNamed(release);
  }
  return undefined;
}
