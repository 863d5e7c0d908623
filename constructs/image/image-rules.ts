/**
 * What a notebook image spec may say, in a module of its own so that the config schema checks the same
 * rules the image builder relies on without loading the builder.
 */

/** The platforms notebook images are built for, and the machine name (uname -m, wheel tags) of each. */
export const IMAGE_PLATFORMS = { 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' } as const;
export type ImagePlatform = keyof typeof IMAGE_PLATFORMS;
/** Thinkube's nodes: x86-64 servers and arm64 machines. */
export const DEFAULT_IMAGE_PLATFORMS: readonly ImagePlatform[] = ['linux/amd64', 'linux/arm64'];

/** A node's architecture (its `kubernetes.io/arch` label) as an image platform. */
export function platformOfArchitecture(architecture: string): string {
  return `linux/${architecture}`;
}

/** The image's Python environment (a venv over the base's Python): no volume may be mounted over it. */
export const NOTEBOOK_ENV = '/opt/notebook';

/**
 * True when `text` can stand inside a quoted Containerfile LABEL value: one line, no control characters,
 * no backslash (a newline ends the instruction, a trailing backslash continues it into the next line).
 */
export function isLabelSafe(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return false;
  }
  return true;
}
