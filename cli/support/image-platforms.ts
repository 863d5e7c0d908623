/**
 * The platforms of images: which ones a manifest (a list, or one image) holds, and whether this machine
 * can build one (natively, or under qemu user-mode emulation registered with binfmt_misc). Read by
 * `npm run image` (before any build step), `npm run pin-bases` and `npm run verify`.
 */
import { readFileSync } from 'node:fs';
import { IMAGE_PLATFORMS, type ImagePlatform } from '../../constructs/image/image-rules.js';

/** Media types of a manifest list (OCI image index, Docker manifest list). */
const LIST_MEDIA_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

interface ManifestJson {
  mediaType?: string;
  manifests?: { platform?: { os?: string; architecture?: string; variant?: string } }[];
}

/** `os/architecture` of each entry of a manifest list, or undefined when `raw` is one image's manifest. */
export function listPlatforms(raw: string): string[] | undefined {
  const manifest = JSON.parse(raw) as ManifestJson;
  const isList = LIST_MEDIA_TYPES.has(manifest.mediaType ?? '') || Array.isArray(manifest.manifests);
  if (!isList) return undefined;
  return [
    ...new Set(
      (manifest.manifests ?? [])
        .map((m) => m.platform)
        // Attestations and other artifacts in an index carry unknown/unknown.
        .filter((p) => p?.os && p.architecture && p.os !== 'unknown')
        .map((p) => `${p?.os}/${p?.architecture}`),
    ),
  ].sort();
}

/** The platform of this machine, as images name it. */
export function nativePlatform(): ImagePlatform {
  return process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';
}

/**
 * Whether this machine runs `platform`'s programs: its own, or through a qemu binfmt_misc entry that is
 * enabled and carries the F flag (the interpreter opened at registration, so it works in a build's chroot).
 */
export function canRun(platform: ImagePlatform, binfmtDir = '/proc/sys/fs/binfmt_misc'): boolean {
  if (platform === nativePlatform()) return true;
  try {
    const entry = readFileSync(`${binfmtDir}/qemu-${IMAGE_PLATFORMS[platform]}`, 'utf8');
    return /^enabled$/m.test(entry) && /^flags: .*F/m.test(entry);
  } catch {
    return false;
  }
}
