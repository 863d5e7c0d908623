/**
 * The layout of synth's output folder (dist/ by default), in one place: main.ts writes it, and every
 * command that reads it (image, render, scan, uninstall, verify, diff, rollback) finds its parts here.
 *
 *   dist/k8s/NNNN-<chart id>.k8s.yaml      the manifests, one file per chart, numbered in apply order
 *   dist/images/<name>/                    Containerfile, requirements.txt, lab-extensions.txt, image.json
 *   dist/terraform/stacks/<stack>/         the cdktf stacks (identity, registry, cluster)
 *   dist/rendered/jupyterhub.k8s.yaml      what the chart makes of the values (npm run render)
 *
 * Plain data and paths only: the commands load this without cdk8s or cdktf.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_DESCRIPTION_FILE, type ImageDescription } from '../constructs/image/notebook-image.js';

/** The output folder the commands use unless told otherwise (relative to the working directory). */
export const DEFAULT_DIST = 'dist';

/** The parts of synth's output: what main.ts replaces as a whole. */
export const DIST_SIDES = ['k8s', 'images', 'terraform'] as const;
export type DistSide = (typeof DIST_SIDES)[number];

/**
 * The chart ids, which name the files of dist/k8s (`NNNN-<id>.k8s.yaml`, numbered in apply order);
 * commands that act on one concern (uninstall) find its file by them.
 */
export const CHART_IDS = {
  namespace: 'namespace',
  homeStorage: 'storage-class',
  sharedData: 'shared-data',
  release: 'jupyterhub',
  exposure: 'exposure',
} as const;

/** The file npm run render writes into dist/rendered: one chart, so one file. */
export const RENDERED_FILE = 'jupyterhub.k8s.yaml';

/** The paths of an output folder `root` (dist/, or where --dist points). */
export function distLayout(root: string = DEFAULT_DIST) {
  return {
    root,
    k8s: join(root, 'k8s'),
    images: join(root, 'images'),
    image: (name: string) => join(root, 'images', name),
    terraform: join(root, 'terraform'),
    stacks: join(root, 'terraform', 'stacks'),
    stack: (name: string) => join(root, 'terraform', 'stacks', name),
    rendered: join(root, 'rendered'),
    renderedRelease: join(root, 'rendered', RENDERED_FILE),
  };
}

/** True when `file` (a name in dist/k8s) is chart `id`'s manifest file. */
export function isChartFile(file: string, id: string): boolean {
  return new RegExp(`^\\d{4}-${id}\\.k8s\\.yaml$`).test(file);
}

/** The dist/k8s file of chart `id` in `k8sDir`; undefined when the install has none. */
export function chartFileIn(k8sDir: string, id: string): string | undefined {
  const file = readdirSync(k8sDir).find((f) => isChartFile(f, id));
  return file ? join(k8sDir, file) : undefined;
}

/** Reads an image.json that synth wrote (JSON text, from a file or a git tree). */
export function parseImageDescription(text: string): Partial<ImageDescription> & { name: string } {
  return JSON.parse(text) as Partial<ImageDescription> & { name: string };
}

/** Every image description in `imagesDir`, by folder name order; empty when the folder does not exist. */
export function readImageDescriptions(imagesDir: string): (Partial<ImageDescription> & { name: string })[] {
  if (!existsSync(imagesDir)) return [];
  return readdirSync(imagesDir)
    .sort()
    .map((name) => parseImageDescription(readFileSync(join(imagesDir, name, IMAGE_DESCRIPTION_FILE), 'utf8')));
}
