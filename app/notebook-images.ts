/**
 * The config's notebook images, rendered: what synth writes into dist/images, what the values and the
 * spawn form name, and what `npm run verify` looks for in Harbor.
 */
import type { ThinkubeConfig } from '../config/load.js';
import { type RenderedImage, renderNotebookImage } from '../constructs/image/notebook-image.js';

/** Every notebook image of the config, rendered (Containerfile, tag), by name. */
export function notebookImages(config: ThinkubeConfig): Map<string, RenderedImage> {
  return new Map(
    config.images.map((spec) => [
      spec.name,
      renderNotebookImage(spec, {
        registry: config.harbor.registry,
        project: config.harbor.project,
        source: config.notebookImage.source,
      }),
    ]),
  );
}
