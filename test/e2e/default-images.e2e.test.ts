/**
 * The default config's own notebook images (config/default.yaml), as a user builds them: `npm run synth`
 * of the default config, then `npm run image -- check|build`. Only the base is swapped, for a
 * debootstrapped rootfs of the same Debian release (no container registry is reachable here); the
 * packages, pins, extensions and Containerfile are the default's, installing from PyPI.
 *
 * - Every default pin, the GPU image's included, has a wheel for its base's CPython and glibc on amd64
 *   and arm64 (asked of PyPI).
 * - On a bookworm base (Python 3.11) the default pins are refused before any build step, naming numpy
 *   and scipy, their versions and what PyPI has.
 * - The default CPU image builds on trixie, imports its data-science stack at the pinned versions, has
 *   the lab extensions in JupyterLab, and its size is recorded (test-results/e2e/default-images.json).
 *
 * Not built here: the default GPU image (its base is NVIDIA's CUDA image on Ubuntu 24.04, which no
 * archive reachable here can stand in for; its pins are checked).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { configWith, configYamlWith } from '../support/synth.js';
import { holdLock } from './support/cluster.js';
import {
  DEFAULT_CPU_IMAGE,
  DEFAULT_IMAGE_BUILD_LOCK,
  defaultImagesOnTestBase,
  ensureTestBase,
  PODMAN_FLAGS,
  podman,
  podmanAsync,
  runInImage,
  TEST_BASES,
  type TestBaseRelease,
} from './support/podman.js';
import { ARTIFACTS } from './support/processes.js';
import { type CommandResult, projectCommand, projectCommandOk } from './support/project-command.js';

const CPU_IMAGE = DEFAULT_CPU_IMAGE;
const defaults = configWith('');
const cpuSpec = defaults.images.find((i) => i.name === CPU_IMAGE);

/** The default config synthesized into a fresh dist/, the CPU image's base swapped for a test base. */
async function synthWithCpuBase(
  release: TestBaseRelease,
  platforms?: Parameters<typeof defaultImagesOnTestBase>[1],
): Promise<{ dist: string; reference: string }> {
  const images = defaultImagesOnTestBase(release, platforms);
  const dir = mkdtempSync(join(tmpdir(), `thinkube-default-images-${release}-`));
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, configYamlWith(stringify({ images })));
  const dist = join(dir, 'dist');
  await projectCommandOk('main.ts', ['--config', configFile, '--out', dist], { cwd: dir });
  const described = JSON.parse(readFileSync(join(dist, 'images', CPU_IMAGE, 'image.json'), 'utf8')) as {
    reference: string;
  };
  return { dist, reference: described.reference };
}

const image = (command: string, dist: string, ...args: string[]): Promise<CommandResult> =>
  projectCommand('cli/image.ts', [command, '--dist', dist, ...PODMAN_FLAGS, ...args]);

const imageExists = (reference: string) => {
  try {
    podman('image', 'exists', reference);
    return true;
  } catch {
    return false;
  }
};

/** The bytes a pull of the OCI layout's one image transfers: its config and its (compressed) layers. */
function pulledBytes(layout: string): number {
  const blob = (digest: string) => join(layout, 'blobs', ...digest.split(':'));
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
  const manifest = JSON.parse(readFileSync(blob((index.manifests[0] as { digest: string }).digest), 'utf8')) as {
    config: { size: number };
    layers: { size: number }[];
  };
  return manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
}

beforeAll(() => {
  expect(cpuSpec, 'the default config has a jupyter-notebook image').toBeDefined();
});

describe("the default config's images", () => {
  it('have a wheel for every pin on their bases, for amd64 and arm64 (PyPI asked)', async () => {
    // The default's own platforms (amd64 and arm64) for both images; the check reads no base.
    const { dist } = await synthWithCpuBase('trixie', ['linux/amd64', 'linux/arm64']);
    const run = await image('check', dist);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('wheels: every pinned package fits its base on linux/amd64, linux/arm64');
  }, 120_000);

  it("are refused on a bookworm base before any build step: numpy's and scipy's pins need CPython 3.12", async () => {
    const { dist, reference } = await synthWithCpuBase('bookworm');
    const run = await image('build', dist, '--image', CPU_IMAGE);
    expect(run.status).not.toBe(0);
    for (const pin of [`numpy==${cpuSpec?.pythonPackages.numpy}`, `scipy==${cpuSpec?.pythonPackages.scipy}`]) {
      expect(run.stderr).toContain(
        `images[name=${CPU_IMAGE}] ${pin} (base bookworm): no wheel for CPython 3.11 on x86_64 with glibc 2.36`,
      );
    }
    expect(run.stderr).toMatch(/the index has wheels for cp312, cp313/);
    expect(run.stderr).toContain('nothing was built');
    // The packages that do fit are not named.
    expect(run.stderr).not.toContain('pandas==');
    expect(run.stdout).not.toContain('building ');
    expect(imageExists(reference)).toBe(false);
  }, 120_000);

  it('builds the default CPU image on its release (trixie): the stack at its pins, the extensions in the lab', async () => {
    ensureTestBase('trixie');
    const { dist, reference } = await synthWithCpuBase('trixie');
    const release = await holdLock(DEFAULT_IMAGE_BUILD_LOCK, 'default-images.e2e');
    const built = await image('build', dist, '--image', CPU_IMAGE).finally(release);
    expect(built.status, `${built.stdout.slice(-3000)}\n${built.stderr.slice(-3000)}`).toBe(0);

    // The data-science stack by import name, and what the lab must show.
    const modules = {
      numpy: 'numpy',
      pandas: 'pandas',
      scipy: 'scipy',
      'scikit-learn': 'sklearn',
      matplotlib: 'matplotlib',
      pyarrow: 'pyarrow',
      seaborn: 'seaborn',
      jupyterhub: 'jupyterhub',
      jupyterlab: 'jupyterlab',
    };
    const script = [
      'import importlib, json, sys',
      `mods = ${JSON.stringify(modules)}`,
      'print("VERSIONS=" + json.dumps({p: importlib.import_module(m).__version__ for p, m in mods.items()}))',
      'print("PYTHON=" + sys.executable + " " + ".".join(map(str, sys.version_info[:2])))',
    ].join('\n');
    const checked = await runInImage(reference, 'python /tmp/check.py && jupyter labextension list 2>&1', {
      'check.py': script,
    });
    // jupyter colours its list ("enabled", "OK") even into a pipe.
    const out = stripVTControlCharacters(checked);
    const versions = JSON.parse(/VERSIONS=(.*)/.exec(out)?.[1] ?? '{}') as Record<string, string>;
    for (const name of Object.keys(modules)) {
      expect(versions[name], name).toBe(cpuSpec?.pythonPackages[name]);
    }
    expect(out).toContain('PYTHON=/opt/notebook/bin/python 3.13');
    // The configured extensions, enabled in the lab (their prebuilt labextensions).
    expect(out).toMatch(/@jupyterlab\/git v[0-9.]+ enabled OK/);
    expect(out).toMatch(/@jupyter-server\/resource-usage v[0-9.]+ enabled OK/);

    // What a node pulls for a first spawn: the image's layers as a registry serves them (gzip, as a push
    // compresses them), and what they unpack to on the node.
    const unpacked = Number(podman('image', 'inspect', '--format', '{{.Size}}', reference).trim());
    const layout = mkdtempSync(join(tmpdir(), 'thinkube-default-image-oci-'));
    // Asynchronous: compressing 1.7 GB takes over a minute on a loaded machine, longer than a vitest
    // worker may go without answering its RPC.
    await podmanAsync('push', '--compression-format', 'gzip', reference, `oci:${layout}:image`);
    const pulled = pulledBytes(layout);
    rmSync(layout, { recursive: true, force: true });
    expect(pulled).toBeGreaterThan(50_000_000);
    expect(pulled).toBeLessThan(unpacked);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(
      join(ARTIFACTS, 'default-images.json'),
      `${JSON.stringify({ [CPU_IMAGE]: { reference, pulledBytes: pulled, unpackedBytes: unpacked, base: TEST_BASES.trixie.reference } }, null, 2)}\n`,
    );
    console.log(`default CPU image ${reference}: ${pulled} bytes pulled (gzip layers), ${unpacked} unpacked`);
  }, 3_600_000);
});
