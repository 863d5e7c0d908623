/**
 * A notebook image as reviewable files: its Containerfile, requirements and extension lists, rendered
 * from the typed spec, and a tag derived from exactly that content. Change one package and the
 * Containerfile, the tag and the hub values that reference the tag all change in the same PR diff.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BaseRelease, baseReleaseNamed, baseReleaseOfTag } from './base-release-rules.js';
import {
  DEFAULT_IMAGE_PLATFORMS,
  IMAGE_PLATFORMS,
  type ImagePlatform,
  isLabelSafe,
  NOTEBOOK_ENV,
} from './image-rules.js';

/** The typed image spec (config `images[]`). */
export interface NotebookImageSpec {
  readonly name: string;
  readonly description: string;
  readonly base: {
    readonly repository: string;
    readonly tag: string;
    readonly digest?: string;
    /** The base's Debian or Ubuntu release (base-release-rules.ts); read from the tag when not given. */
    readonly release?: string;
  };
  readonly aptPackages: readonly string[];
  readonly devTools: readonly string[];
  readonly pythonPackages: Readonly<Record<string, string>>;
  readonly labExtensions: Readonly<Record<string, string>>;
  /** pip, kept in the image for users' own `pip install --user`. */
  readonly pipVersion: string;
  /** uv, which installs the pinned stack: fast, and with a build cache only what changed is fetched. */
  readonly uvVersion: string;
  readonly gpu: boolean;
  /**
   * The platforms the image is built for, pushed as one manifest list under the tag.
   * @default ['linux/amd64', 'linux/arm64']
   */
  readonly platforms?: readonly ImagePlatform[];
}

export interface NotebookImageProps {
  /** Registry the image is pushed to and bases are mirrored in (Harbor). */
  readonly registry: string;
  /** Harbor project of the notebook images. */
  readonly project: string;
  /** Source repository for the OCI source label. */
  readonly source: string;
}

/** The user the chart runs single-user servers as (singleuser.uid / fsGid). */
export const NOTEBOOK_USER = { name: 'jovyan', uid: 1000, gid: 100, home: '/home/jovyan' } as const;

/**
 * uv installing into the image's venv, with its download and wheel cache on a build cache mount
 * (copied, not linked, into the layer: the cache is another filesystem), trusting the image's own CA
 * store as pip does (a site's TLS-inspecting proxy or private index CA, added to the base, just works).
 */
const UV_INSTALL = `UV_CACHE_DIR=/var/cache/uv UV_LINK_MODE=copy uv pip install --system-certs --python ${NOTEBOOK_ENV}/bin/python --no-config`;
/** Where the pinned lists are mounted from the build context during the install step. */
const LISTS_MOUNT = '/run/thinkube-lists';

/** Label that carries the spec hash, so a pulled image says which spec it was built from. */
export const SPEC_HASH_LABEL = 'io.thinkube.image.spec-sha256';

export interface RenderedImage {
  readonly name: string;
  /** `spec-<first 12 hex of the content hash>` */
  readonly tag: string;
  readonly specHash: string;
  /** registry/project/name */
  readonly repository: string;
  /** registry/project/name:tag */
  readonly reference: string;
  /** The base image as the FROM line names it. */
  readonly baseReference: string;
  /** The base's release: the CPython and glibc every pinned wheel must fit (npm run image checks). */
  readonly baseRelease: BaseRelease;
  /** Every package installed by an exact pin (the stack, the extensions, pip and uv), by name. */
  readonly pinned: Readonly<Record<string, string>>;
  /** The platforms of the tag's manifest list, in a fixed order. */
  readonly platforms: readonly ImagePlatform[];
  readonly files: {
    readonly Containerfile: string;
    readonly 'requirements.txt': string;
    readonly 'lab-extensions.txt': string;
  };
}

/** What image.json holds: the rendered image without its files (the files lie beside it). */
export type ImageDescription = Omit<RenderedImage, 'files'>;
/** The description's file name in each image's folder, read by `npm run image` and `npm run diff`. */
export const IMAGE_DESCRIPTION_FILE = 'image.json';

/** A repository path with a registry host (`localhost/x`, `quay.io/x`, `host:5000/x`) is used as is. */
function hasRegistryHost(repository: string): boolean {
  const first = repository.split('/')[0] ?? '';
  return repository.includes('/') && (first === 'localhost' || first.includes('.') || first.includes(':'));
}

function requirementsOf(packages: Readonly<Record<string, string>>): string {
  const lines = Object.entries(packages)
    .sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()))
    .map(([name, version]) => `${name}==${version}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The base image's repository with its registry host: Harbor's unless the spec names another. */
export function baseImageRepository(base: NotebookImageSpec['base'], registry: string): string {
  return hasRegistryHost(base.repository) ? base.repository : `${registry}/${base.repository}`;
}

export function renderNotebookImage(spec: NotebookImageSpec, props: NotebookImageProps): RenderedImage {
  if (!/^[a-z0-9]+([._-][a-z0-9]+)*$/.test(spec.name)) {
    throw new Error(`images[].name must be an image name such as "jupyter-notebook", got "${spec.name}"`);
  }
  // A newline or a trailing backslash in a label would end or continue the LABEL instruction.
  if (!isLabelSafe(spec.description)) {
    throw new Error(
      `images[].description must be one line without control characters or backslashes, got ${JSON.stringify(spec.description)}`,
    );
  }
  const baseRelease = spec.base.release ? baseReleaseNamed(spec.base.release) : baseReleaseOfTag(spec.base.tag);
  if (!baseRelease) {
    throw new Error(
      `images[name=${spec.name}].base: the tag "${spec.base.tag}" names no release this project knows and base.release is not set`,
    );
  }
  const platforms = [...new Set(spec.platforms ?? DEFAULT_IMAGE_PLATFORMS)].sort();
  const unknownPlatform = platforms.find((platform) => !(platform in IMAGE_PLATFORMS));
  if (platforms.length === 0 || unknownPlatform !== undefined) {
    throw new Error(
      `images[name=${spec.name}].platforms must name one or more of ${Object.keys(IMAGE_PLATFORMS).join(', ')}, got ${JSON.stringify(spec.platforms)}`,
    );
  }
  const baseRepository = baseImageRepository(spec.base, props.registry);
  const baseReference = `${baseRepository}:${spec.base.tag}${spec.base.digest ? `@${spec.base.digest}` : ''}`;
  const systemPackages = [...new Set([...spec.aptPackages, ...spec.devTools])].sort();
  const requirements = requirementsOf(spec.pythonPackages);
  const extensions = requirementsOf(spec.labExtensions);
  const u = NOTEBOOK_USER;

  // Ordered for layer caching: what changes least comes first, so a changed extension rebuilds one layer.
  const body = [
    `FROM ${baseReference}`,
    '',
    '# 1. System packages and developer tools (change least often).',
    'ARG DEBIAN_FRONTEND=noninteractive',
    'RUN apt-get update \\',
    ` && apt-get install -y --no-install-recommends ${systemPackages.join(' ')} \\`,
    ' && rm -rf /var/lib/apt/lists/*',
    '',
    `# 2. The user the chart runs servers as (uid ${u.uid}, gid ${u.gid}); some bases already have a uid ${u.uid}.`,
    `RUN (getent passwd ${u.uid} | cut -d: -f1 | xargs -r userdel -r 2>/dev/null || true) \\`,
    ` && (getent group ${u.gid} >/dev/null || groupadd -g ${u.gid} users) \\`,
    ` && useradd -m -d ${u.home} -u ${u.uid} -g ${u.gid} -s /bin/bash ${u.name}`,
    '',
    '# 3. The Python environment: a venv that still sees user site-packages, so `pip install --user`',
    '#    (the default for users, below) lands in the home volume and survives restarts. uv installs',
    '#    the pinned lists below; pip stays for users.',
    `RUN python3 -m venv --system-site-packages ${NOTEBOOK_ENV} \\`,
    ` && ${NOTEBOOK_ENV}/bin/pip install --no-cache-dir pip==${spec.pipVersion} uv==${spec.uvVersion}`,
    `ENV PATH=${NOTEBOOK_ENV}/bin:$PATH`,
    '',
    '# 4. The Python stack and the JupyterLab extensions, pinned (requirements.txt, lab-extensions.txt),',
    '#    in one layer, so that the usual change (a package bumped or added) redoes one step. The lists are',
    '#    bind-mounted from the build context, not copied (a COPY is a layer of its own), and their hash is',
    '#    part of the step, so the layer cache reuses this layer only for exactly these lists. The uv cache',
    '#    is a build cache mount: kept between builds, never in the image, so a changed pin downloads only',
    '#    that package.',
    `RUN --mount=type=bind,source=requirements.txt,target=${LISTS_MOUNT}/requirements.txt \\`,
    `    --mount=type=bind,source=lab-extensions.txt,target=${LISTS_MOUNT}/lab-extensions.txt \\`,
    '    --mount=type=cache,id=thinkube-uv,target=/var/cache/uv,sharing=locked \\',
    `    LISTS_SHA256=${createHash('sha256').update(requirements).update(extensions).digest('hex').slice(0, 16)} ${UV_INSTALL} \\`,
    `      -r ${LISTS_MOUNT}/requirements.txt -r ${LISTS_MOUNT}/lab-extensions.txt \\`,
    ` && install -m 644 ${LISTS_MOUNT}/requirements.txt ${LISTS_MOUNT}/lab-extensions.txt ${NOTEBOOK_ENV}/`,
    '',
    '# 5. Runtime: a non-root user whose own installs go to the home volume.',
    `ENV HOME=${u.home} SHELL=/bin/bash PYTHONUSERBASE=${u.home}/.local PIP_USER=1 \\`,
    `    PATH=${u.home}/.local/bin:${NOTEBOOK_ENV}/bin:$PATH`,
    `USER ${u.uid}:${u.gid}`,
    `WORKDIR ${u.home}`,
    'EXPOSE 8888',
    'CMD ["jupyterhub-singleuser"]',
  ].join('\n');

  // The labels' inputs count too: an image whose description or source changed is another image.
  const labelInputs = JSON.stringify({ title: spec.name, description: spec.description, source: props.source });
  const specHash = createHash('sha256')
    .update(body)
    .update('\0requirements.txt\0')
    .update(requirements)
    .update('\0lab-extensions.txt\0')
    .update(extensions)
    .update('\0labels\0')
    .update(labelInputs)
    // The tag names a manifest list: the same files for other platforms are another image.
    .update('\0platforms\0')
    .update(platforms.join(','))
    .digest('hex');
  const tag = `spec-${specHash.slice(0, 12)}`;
  const repository = `${props.registry}/${props.project}/${spec.name}`;

  const labels = [
    '',
    '# Labels last: they add no layer. The revision is the git commit, passed in at build time.',
    'ARG REVISION=unknown',
    'LABEL \\',
    `    org.opencontainers.image.title="${spec.name}" \\`,
    `    org.opencontainers.image.description="${spec.description.replaceAll('"', "'")}" \\`,
    `    org.opencontainers.image.source="${props.source}" \\`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Containerfile build-arg, expanded by podman
    '    org.opencontainers.image.revision="${REVISION}" \\',
    `    org.opencontainers.image.version="${tag}" \\`,
    `    org.opencontainers.image.base.name="${baseRepository}:${spec.base.tag}" \\`,
    `    ${SPEC_HASH_LABEL}="${specHash}"`,
    '',
  ].join('\n');

  const header = [
    `# Generated by thinkube-jupyterhub from config images[name=${spec.name}]; do not edit.`,
    `# Build and push: npm run image -- build --image ${spec.name} && npm run image -- push --image ${spec.name}`,
    `# Platforms (one manifest list under the tag): ${platforms.join(', ')}`,
    '',
  ].join('\n');

  return {
    name: spec.name,
    tag,
    specHash,
    repository,
    reference: `${repository}:${tag}`,
    baseReference,
    baseRelease,
    pinned: Object.fromEntries(
      Object.entries({
        ...spec.pythonPackages,
        ...spec.labExtensions,
        pip: spec.pipVersion,
        uv: spec.uvVersion,
      }).sort(([a], [b]) => a.localeCompare(b)),
    ),
    platforms,
    files: {
      Containerfile: `${header}${body}\n${labels}`,
      'requirements.txt': requirements,
      'lab-extensions.txt': extensions,
    },
  };
}

/** Writes `<dir>/<name>/`: the Containerfile, its pinned lists, and image.json for `npm run image`. */
export function writeImageFiles(dir: string, images: Iterable<RenderedImage>): void {
  for (const image of images) {
    const imageDir = join(dir, image.name);
    mkdirSync(imageDir, { recursive: true });
    for (const [file, text] of Object.entries(image.files)) writeFileSync(join(imageDir, file), text);
    const { files: _files, ...description } = image;
    writeFileSync(
      join(imageDir, IMAGE_DESCRIPTION_FILE),
      `${JSON.stringify(description satisfies ImageDescription, null, 2)}\n`,
    );
  }
}
