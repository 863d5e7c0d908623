/**
 * Which platforms an image has and which this machine can build (cli/support/image-platforms.ts), and
 * npm run verify's check that every node's architecture is among the platforms of the images its servers
 * may run. kubectl and /proc/sys/fs/binfmt_misc are replaced by their answers here; the multi-arch image
 * test builds, pushes and pulls for real.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canRun, listPlatforms, nativePlatform } from '../../cli/support/image-platforms.js';
import type { Kubectl } from '../../cli/support/kubectl.js';
import { clusterChecks } from '../../cli/verify/cluster-checks.js';
import { configWith, defaultConfig, REPO_ROOT } from '../support/synth.js';

describe('listPlatforms', () => {
  it('an OCI index: each entry os/architecture once, attestations (unknown/unknown) left out', () => {
    const index = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
        { platform: { os: 'linux', architecture: 'amd64' } },
        { platform: { os: 'unknown', architecture: 'unknown' } },
      ],
    };
    expect(listPlatforms(JSON.stringify(index))).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it("a Docker manifest list too; one image's manifest is not a list", () => {
    const list = {
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      manifests: [{ platform: { os: 'linux', architecture: 'amd64' } }],
    };
    expect(listPlatforms(JSON.stringify(list))).toEqual(['linux/amd64']);
    const image = { mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] };
    expect(listPlatforms(JSON.stringify(image))).toBeUndefined();
  });
});

describe('canRun', () => {
  const binfmt = (entries: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'thinkube-binfmt-'));
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const foreign = nativePlatform() === 'linux/amd64' ? 'linux/arm64' : 'linux/amd64';
  const machine = foreign === 'linux/arm64' ? 'aarch64' : 'x86_64';

  it("the machine's own platform always; another only through an enabled qemu entry with the F flag", () => {
    expect(canRun(nativePlatform(), binfmt({}))).toBe(true);
    expect(canRun(foreign, binfmt({}))).toBe(false);
    expect(
      canRun(foreign, binfmt({ [`qemu-${machine}`]: 'enabled\ninterpreter /usr/libexec/qemu-binfmt/x\nflags: PF\n' })),
    ).toBe(true);
    // Registered without F, the interpreter is looked up inside the build's chroot, where it is not.
    expect(canRun(foreign, binfmt({ [`qemu-${machine}`]: 'enabled\ninterpreter /usr/bin/qemu\nflags: P\n' }))).toBe(
      false,
    );
    expect(canRun(foreign, binfmt({ [`qemu-${machine}`]: 'disabled\nflags: PF\n' }))).toBe(false);
  });
});

describe("verify: every node's architecture in its images' platforms", () => {
  const node = (name: string, arch: string, allocatable: Record<string, string> = {}) => ({
    metadata: { name, labels: { 'kubernetes.io/arch': arch } },
    spec: {},
    status: { allocatable },
  });
  const kubectl =
    (nodes: object[]): Kubectl =>
    (args) =>
      args[0] === 'get' && args[1] === 'nodes'
        ? { status: 0, stdout: JSON.stringify({ items: nodes }), stderr: '' }
        : { status: 1, stdout: '', stderr: 'not part of this test' };
  const archCheck = async (config: ReturnType<typeof defaultConfig>, nodes: object[]) =>
    (await clusterChecks(config, `${REPO_ROOT}/dist`, kubectl(nodes), 'http://127.0.0.1:9')).find(
      (c) => c.name === "every node's architecture in its images' platforms",
    );

  it('passes when the CPU image covers every node and the GPU image every GPU node, naming each', async () => {
    const check = await archCheck(defaultConfig(), [
      node('x86', 'amd64'),
      node('spark', 'arm64', { 'nvidia.com/gpu': '1' }),
    ]);
    expect(check).toEqual({
      name: "every node's architecture in its images' platforms",
      status: 'pass',
      detail: 'x86 linux/amd64 (jupyter-notebook), spark linux/arm64 (jupyter-notebook, jupyter-notebook-gpu)',
    });
  });

  it('fails naming the node, its platform and the image built without it', async () => {
    const config = configWith(`
images:
  - name: jupyter-notebook
    base: { repository: dockerhub/library/debian, tag: trixie-20261110-slim }
    pythonPackages: { jupyterhub: 5.5.0, jupyterlab: 4.6.6 }
    platforms: [linux/amd64]
notebookImage: { default: jupyter-notebook, gpu: jupyter-notebook }
`);
    const check = await archCheck(config, [node('x86', 'amd64'), node('spark', 'arm64', { 'nvidia.com/gpu': '1' })]);
    expect(check?.status).toBe('fail');
    expect(check?.detail).toBe(
      'spark is linux/arm64, which jupyter-notebook is not built for (linux/amd64): add the platform to images[].platforms',
    );
  });
});
