import { describe, expect, it } from 'vitest';
import { hubChartValues } from '../../app/hub-values.js';
import { notebookImages } from '../../app/notebook-images.js';
import { type NotebookImageSpec, renderNotebookImage, SPEC_HASH_LABEL } from '../../constructs/image/notebook-image.js';
import { smallImageSpec } from '../e2e/support/podman.js';
import { configWith, defaultConfig } from '../support/synth.js';

const spec: NotebookImageSpec = {
  name: 'nb',
  description: 'test image',
  base: { repository: 'dockerhub/library/debian', tag: 'bookworm-slim' },
  aptPackages: ['python3', 'python3-venv', 'ca-certificates'],
  devTools: ['git', 'vim-tiny', 'git'],
  pythonPackages: { pandas: '3.1.1', jupyterhub: '5.5.0', Jinja2: '3.1.6' },
  labExtensions: { 'jupyterlab-git': '0.55.0' },
  pipVersion: '25.3',
  uvVersion: '0.13.9',
  gpu: false,
};
const props = { registry: 'harbor.example.org', project: 'thinkube', source: 'https://example.org/repo' };

describe('renderNotebookImage', () => {
  it('defaults: base from the Harbor mirror, layers ordered for caching, non-root, labelled', () => {
    const image = renderNotebookImage(spec, props);
    const file = image.files.Containerfile;
    expect(file).toContain('FROM harbor.example.org/dockerhub/library/debian:bookworm-slim\n');
    const order = [
      'apt-get install',
      'useradd',
      'python3 -m venv',
      'source=requirements.txt',
      'uv pip install',
      'USER 1000:100',
      'LABEL',
    ];
    const positions = order.map((step) => file.indexOf(step));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(file).toContain('--no-install-recommends ca-certificates git python3 python3-venv vim-tiny \\');
    expect(file).toContain('PYTHONUSERBASE=/home/jovyan/.local PIP_USER=1');
    expect(file).toContain(`${SPEC_HASH_LABEL}="${image.specHash}"`);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Containerfile build-arg, literally
    expect(file).toContain('org.opencontainers.image.revision="${REVISION}"');
    expect(file).toContain('org.opencontainers.image.source="https://example.org/repo"');
    expect(image.files['requirements.txt']).toBe('Jinja2==3.1.6\njupyterhub==5.5.0\npandas==3.1.1\n');
    expect(image.files['lab-extensions.txt']).toBe('jupyterlab-git==0.55.0\n');
    expect(image.reference).toBe(`harbor.example.org/thinkube/nb:${image.tag}`);
    expect(image.tag).toBe(`spec-${image.specHash.slice(0, 12)}`);
  });

  it('installs both pinned lists in one step, keyed by their hash, with the uv cache outside the image', () => {
    const file = renderNotebookImage(spec, props).files.Containerfile;
    // One layer for the stack and the extensions: no COPY of the lists (each COPY is a layer).
    expect(file).not.toMatch(/^COPY /m);
    expect(file.match(/uv pip install/g)).toHaveLength(1);
    expect(file).toContain('--mount=type=cache,id=thinkube-uv,target=/var/cache/uv');
    expect(file).toContain('uv==0.13.9');
    // A changed list changes the step's text, so the layer cache cannot serve the old layer.
    const hashOf = (text: string) => /LISTS_SHA256=([0-9a-f]{16})/.exec(text)?.[1];
    const bumped = renderNotebookImage(
      { ...spec, labExtensions: { ...spec.labExtensions, 'jupyterlab-git': '0.55.1' } },
      props,
    ).files.Containerfile;
    expect(hashOf(file)).toBeDefined();
    expect(hashOf(bumped)).toBeDefined();
    expect(hashOf(bumped)).not.toBe(hashOf(file));
  });

  it('custom: a base with its own registry host and a digest is used as is', () => {
    const image = renderNotebookImage(
      {
        ...spec,
        base: { repository: 'localhost/base', tag: 'v1', digest: `sha256:${'a'.repeat(64)}`, release: 'noble' },
      },
      props,
    );
    expect(image.files.Containerfile).toContain(`FROM localhost/base:v1@sha256:${'a'.repeat(64)}\n`);
    // The release given, as the tag names none: what its wheels must fit.
    expect(image.baseRelease).toMatchObject({ name: 'noble', python: '3.12', glibc: '2.39' });
  });

  it('records the base release and every exact pin (the stack, the extensions, pip, uv) for npm run image', () => {
    const image = renderNotebookImage(spec, props);
    expect(image.baseRelease).toMatchObject({ name: 'bookworm', python: '3.11', glibc: '2.36' });
    expect(Object.keys(image.pinned)).toEqual([...Object.keys(image.pinned)].sort());
    expect(image.pinned).toMatchObject({ pip: spec.pipVersion, uv: spec.uvVersion, ...spec.pythonPackages });
    expect(() => renderNotebookImage({ ...spec, base: { repository: 'localhost/base', tag: 'v1' } }, props)).toThrow(
      'images[name=nb].base: the tag "v1" names no release this project knows and base.release is not set',
    );
  });

  it('derives the tag from the content: same spec same tag, one package more a new tag', () => {
    const a = renderNotebookImage(spec, props);
    expect(renderNotebookImage({ ...spec }, props).tag).toBe(a.tag);
    expect(
      renderNotebookImage({ ...spec, pythonPackages: { ...spec.pythonPackages, six: '1.17.0' } }, props).tag,
    ).not.toBe(a.tag);
    expect(renderNotebookImage({ ...spec, labExtensions: {} }, props).tag).not.toBe(a.tag);
    expect(renderNotebookImage({ ...spec, devTools: ['git'] }, props).tag).not.toBe(a.tag);
    // The package order in the file is sorted, so the order in the config does not matter.
    const reordered = { jupyterhub: '5.5.0', Jinja2: '3.1.6', pandas: '3.1.1' };
    expect(renderNotebookImage({ ...spec, pythonPackages: reordered }, props).tag).toBe(a.tag);
  });

  it('defaults to amd64 and arm64 under one tag, said in the Containerfile; the platforms are part of the tag (issue 24)', () => {
    const both = renderNotebookImage(spec, props);
    expect(both.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(both.files.Containerfile).toContain(
      '# Platforms (one manifest list under the tag): linux/amd64, linux/arm64\n',
    );
    const amd64 = renderNotebookImage({ ...spec, platforms: ['linux/amd64'] }, props);
    expect(amd64.platforms).toEqual(['linux/amd64']);
    expect(amd64.tag).not.toBe(both.tag);
    // Order and repeats do not make another image.
    const reordered = renderNotebookImage({ ...spec, platforms: ['linux/arm64', 'linux/amd64', 'linux/arm64'] }, props);
    expect(reordered.tag).toBe(both.tag);
  });

  it('fails if a platform is not one images are built for', () => {
    expect(() => renderNotebookImage({ ...spec, platforms: ['linux/s390x' as 'linux/amd64'] }, props)).toThrow(
      'images[name=nb].platforms must name one or more of linux/amd64, linux/arm64, got ["linux/s390x"]',
    );
    expect(() => renderNotebookImage({ ...spec, platforms: [] }, props)).toThrow(
      'images[name=nb].platforms must name one or more of linux/amd64, linux/arm64, got []',
    );
  });

  it('fails if the image name is not a repository name', () => {
    expect(() => renderNotebookImage({ ...spec, name: 'Bad Name' }, props)).toThrow(
      'images[].name must be an image name such as "jupyter-notebook", got "Bad Name"',
    );
  });
});

describe('the hub runs exactly the images the specs describe', () => {
  it('singleuser.image is the default image at its content tag; GPU profiles run the GPU image', () => {
    const config = defaultConfig();
    const images = notebookImages(config);
    const values = hubChartValues(config);
    const cpu = images.get('jupyter-notebook');
    const gpu = images.get('jupyter-notebook-gpu');
    expect(values.singleuser.image).toMatchObject({ name: cpu?.repository, tag: cpu?.tag });
    const gpuProfile = values.singleuser.profileList.find((p) => p.slug === 'gpu');
    expect(gpuProfile?.kubespawner_override.image).toBe(gpu?.reference);
    const cpuProfile = values.singleuser.profileList.find((p) => p.slug === 'cpu-small') as {
      kubespawner_override: object;
    };
    expect(cpuProfile.kubespawner_override).not.toHaveProperty('image');
  });

  it('a package change shows in the values too', () => {
    const before = hubChartValues(defaultConfig()).singleuser.image.tag;
    const config = defaultConfig();
    const changed = {
      ...config,
      images: config.images.map((i, n) =>
        n === 0 ? { ...i, pythonPackages: { ...i.pythonPackages, six: '1.17.0' } } : i,
      ),
    };
    expect(hubChartValues(changed).singleuser.image.tag).not.toBe(before);
  });

  it('without a GPU image, GPU profiles run the default image', () => {
    const values = hubChartValues(configWith('notebookImage: { gpu: jupyter-notebook }'));
    const gpuProfile = values.singleuser.profileList.find((p) => p.slug === 'gpu') as { kubespawner_override: object };
    expect(gpuProfile.kubespawner_override).not.toHaveProperty('image');
  });
});

describe('image labels (issue 10.11)', () => {
  const props = { registry: 'registry.example.org', project: 'thinkube', source: 'https://example.org/src' };
  const spec = smallImageSpec('labels');

  it('a changed description or source is a new tag', () => {
    const tag = renderNotebookImage(spec, props).tag;
    expect(renderNotebookImage({ ...spec, description: 'other' }, props).tag).not.toBe(tag);
    expect(renderNotebookImage(spec, { ...props, source: 'https://example.org/other' }).tag).not.toBe(tag);
  });

  it('fails if a description would break the LABEL instruction', () => {
    expect(() => renderNotebookImage({ ...spec, description: 'two\nlines' }, props)).toThrow(
      'images[].description must be one line without control characters or backslashes, got "two\\nlines"',
    );
    expect(() => renderNotebookImage({ ...spec, description: 'ends with \\' }, props)).toThrow('got "ends with \\\\"');
  });
});
