/**
 * The notebook image for real, on a real Harbor v2.15.2 (built from source) with the robots of the
 * project's registry stack (`cdktf deploy registry`): the synthesized Containerfile built with Podman
 * (chroot isolation, vfs storage) on the tests' own Debian base, pip installing from PyPI, pushed by
 * `npm run image` with the push robot (credentials from the stack's outputs, in the environment only),
 * inspected back through Harbor; the cluster stack's pull Secret (on a real kube-apiserver) pulls it and
 * may not push; a wrong robot secret is refused; an unchanged spec pushes nothing, a changed one gets a
 * new tag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyImages } from '../../cli/verify.js';
import {
  type NotebookImageSpec,
  type RenderedImage,
  renderNotebookImage,
  SPEC_HASH_LABEL,
  writeImageFiles,
} from '../../constructs/image/notebook-image.js';
import { configYamlWith, REPO_ROOT } from '../support/synth.js';
import { type HarborServer, startHarbor } from './support/harbor-server.js';
import { type KubeApiServer, startKubeApiServer } from './support/kube-apiserver.js';
import { ensureTestBase, PODMAN_FLAGS, podman, podmanAsync, runInImage, smallImageSpec } from './support/podman.js';
import { projectCommand } from './support/project-command.js';
import { createTerraformProject, type TerraformProject } from './support/terraform-cli.js';

const spec: NotebookImageSpec = smallImageSpec('e2e-notebook');

let harbor: HarborServer;
let cluster: KubeApiServer;
let stacks: TerraformProject;
/** The robots, as `tofu output` of the registry stack gives them. */
let pushRobot: { username: string; password: string };
let pullRobot: { username: string; password: string };

beforeAll(async () => {
  ensureTestBase();
  [harbor, cluster] = await Promise.all([startHarbor(), startKubeApiServer()]);
  // Thinkube's core owns the project; the registry stack adds the robots.
  await harbor.api('POST', '/projects', { project_name: 'thinkube', metadata: { public: 'false' } });
  stacks = createTerraformProject(configYamlWith(`harbor: { registry: "${harbor.host}" }`));
  const harborEnv = { ...harbor.providerEnv, TF_VAR_harbor_url: harbor.url };
  await stacks.cdktf(['deploy', 'registry', '--auto-approve', '--skip-provider-lock'], harborEnv);
  const output = async (name: string) => (await stacks.tofu('registry', ['output', '-raw', name], harborEnv)).stdout;
  pushRobot = { username: await output('push_robot_name'), password: await output('push_robot_secret') };
  pullRobot = { username: await output('pull_robot_name'), password: await output('pull_robot_secret') };
}, 300_000);

afterAll(async () => {
  await Promise.all([harbor?.stop(), cluster?.stop()]);
});

const registry = {
  get host() {
    return harbor.host;
  },
};

function render(s: NotebookImageSpec): { image: RenderedImage; dist: string } {
  const image = renderNotebookImage(s, {
    registry: 'registry.thinkube.example.org',
    project: 'thinkube',
    source: 'https://example.org/src',
  });
  const dist = mkdtempSync(join(tmpdir(), 'thinkube-image-dist-'));
  writeImageFiles(join(dist, 'images'), [image]);
  return { image, dist };
}

/** `npm run image -- <command>` against the test Harbor, with the push robot in the environment only. */
async function imageCli(
  command: string,
  dist: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string; output: string }> {
  const args = [command, '--dist', dist, '--registry', registry.host, '--tls-verify=false', ...PODMAN_FLAGS];
  const result = await projectCommand('cli/image.ts', args, {
    env: { HARBOR_PUSH_USERNAME: pushRobot.username, HARBOR_PUSH_PASSWORD: pushRobot.password, ...env },
  });
  return { ...result, output: `${result.stdout}\n${result.stderr}` };
}

function skopeo(...args: string[]) {
  return spawnSync('skopeo', args, { encoding: 'utf8', timeout: 300_000 });
}

function inspect(reference: string): { Labels: Record<string, string>; Digest: string } {
  const result = skopeo(
    'inspect',
    '--tls-verify=false',
    '--creds',
    `${pushRobot.username}:${pushRobot.password}`,
    `docker://${reference}`,
  );
  if (result.status !== 0) throw new Error(`skopeo inspect ${reference}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The tags of the test image in Harbor, as its API lists them. */
async function tags(): Promise<string[]> {
  const response = await harbor.api('GET', `/projects/thinkube/repositories/${spec.name}/artifacts?with_tag=true`);
  if (response.status === 404) return [];
  const artifacts = (await response.json()) as { tags?: { name: string }[] }[];
  return artifacts.flatMap((a) => (a.tags ?? []).map((t) => t.name)).sort();
}

describe('notebook image build and push', () => {
  const first = render(spec);

  it('refuses to push without the push robot credentials', async () => {
    const run = await imageCli('push', first.dist, { HARBOR_PUSH_USERNAME: '', HARBOR_PUSH_PASSWORD: '' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'image: pushing needs the push robot credentials in HARBOR_PUSH_USERNAME and HARBOR_PUSH_PASSWORD',
    );
  });

  it('builds the synthesized Containerfile and pushes it with a login', async () => {
    expect((await fetch(`${harbor.url}/v2/`)).status).toBe(401); // Harbor really wants a login
    const run = await imageCli('rebuild', first.dist);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`pushing ${registry.host}/thinkube/e2e-notebook:${first.image.tag}`);
    expect(run.output).toContain('How servers pick up the new image');
    expect(await tags()).toEqual([first.image.tag]);
  }, 900_000);

  it('pulled back, the image carries its tag, spec hash, source, revision and a non-root user', () => {
    const info = inspect(`${registry.host}/thinkube/${spec.name}:${first.image.tag}`);
    expect(info.Labels[SPEC_HASH_LABEL]).toBe(first.image.specHash);
    expect(info.Labels['org.opencontainers.image.version']).toBe(first.image.tag);
    expect(info.Labels['org.opencontainers.image.source']).toBe('https://example.org/src');
    expect(info.Labels['org.opencontainers.image.revision']).toMatch(/^[0-9a-f]{40}$/);
    const config = JSON.parse(
      podman('image', 'inspect', `${registry.host}/thinkube/${spec.name}:${first.image.tag}`),
    )[0].Config;
    expect(config.User).toBe('1000:100');
    expect(config.Cmd).toEqual(['jupyterhub-singleuser']);
  });

  it("the cluster stack's pull Secret pulls the image, and may not push", async () => {
    // The pull robot's Secret exactly as the cluster stack writes it: its one resource that needs only
    // the registry stack (a targeted apply; the whole stack, with identity, runs in terraform-stacks.e2e).
    cluster.kubectl(['create', 'namespace', 'jupyterhub']);
    await stacks.cdktf(['synth']);
    const kube = { KUBE_CONFIG_PATH: cluster.kubeconfig };
    await stacks.tofu('cluster', ['init', '-input=false'], kube);
    const clusterStack = JSON.parse(readFileSync(`${stacks.stackDir('cluster')}/cdk.tf.json`, 'utf8'));
    const pullSecret = Object.keys(clusterStack.resource.kubernetes_secret_v1).find((id) =>
      id.startsWith('PullSecret'),
    );
    await stacks.tofu(
      'cluster',
      ['apply', '-auto-approve', '-input=false', `-target=kubernetes_secret_v1.${pullSecret}`],
      kube,
    );

    const secret = JSON.parse(
      cluster.kubectl(['-n', 'jupyterhub', 'get', 'secret', 'harbor-pull-secret', '-o', 'json']).stdout,
    );
    expect(secret.type).toBe('kubernetes.io/dockerconfigjson');
    // A container runtime reads exactly this file; so does skopeo (--authfile).
    const dir = mkdtempSync(join(tmpdir(), 'thinkube-pull-'));
    const authfile = join(dir, 'auth.json');
    writeFileSync(authfile, Buffer.from(secret.data['.dockerconfigjson'], 'base64'), { mode: 0o600 });
    try {
      const source = `docker://${registry.host}/thinkube/${spec.name}:${first.image.tag}`;
      const pulled = skopeo(
        'copy',
        '--src-tls-verify=false',
        '--src-authfile',
        authfile,
        source,
        `oci:${join(dir, 'image')}:pulled`,
      );
      expect(pulled.status, pulled.stderr).toBe(0);
      const pushed = skopeo(
        'copy',
        '--dest-tls-verify=false',
        '--dest-authfile',
        authfile,
        `oci:${join(dir, 'image')}:pulled`,
        `docker://${registry.host}/thinkube/${spec.name}:pushed-by-the-pull-robot`,
      );
      expect(pushed.status).not.toBe(0);
      expect(pushed.stderr).toMatch(/unauthorized|denied|forbidden/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('npm run verify finds the referenced tag in Harbor with the pull robot, and names a missing one', async () => {
    const pull = pullRobot;
    const repository = `${registry.host}/thinkube/${spec.name}`;
    const checks = await verifyImages(
      harbor.url,
      [
        { repository, tag: first.image.tag },
        { repository, tag: 'spec-000000000000' },
      ],
      pull,
    );
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      [`image thinkube/${spec.name}:${first.image.tag}`, 'pass'],
      [`image thinkube/${spec.name}:spec-000000000000`, 'fail'],
    ]);
    expect(checks[0]?.detail).toMatch(/sha256:[0-9a-f]{64}$/);
    expect(checks[1]?.detail).toContain('expected 200, got 404');
    const wrong = await verifyImages(harbor.url, [{ repository, tag: first.image.tag }], {
      ...pull,
      password: 'wrong',
    });
    expect(wrong[0]?.detail).toBe(`the pull robot ${pull.username} may not read it (HTTP 401)`);
  });

  it('npm run pin-bases refuses a base that lacks a platform the images name, then writes the digest Harbor serves for each base tag, comments kept', () => {
    // The image this test pushed stands in for a base in a proxy-cache project: same registry API.
    const dir = mkdtempSync(join(tmpdir(), 'thinkube-pin-'));
    const file = join(dir, 'my-lab.yaml');
    // Its tag names no release: the spec says which (the test image's base is bookworm).
    const base = `base:\n      repository: thinkube/${spec.name}\n      tag: ${first.image.tag}\n      release: bookworm`;
    const original = readFileSync(join(REPO_ROOT, 'config', 'default.yaml'), 'utf8')
      .replace('base:\n      # Harbor', `${base}\n      # Harbor`)
      .replace(/\n {6}repository: dockerhub\/library\/debian\n {6}tag: [^\n]+/, '')
      .replace(/base:\n {6}repository: nvcr\/nvidia\/cuda\n {6}tag: [^\n]+/, base)
      .replace('harbor:\n', `harbor:\n  registry: "${registry.host}"\n`);
    // The default platforms (amd64 and arm64) on this amd64-only base: refused, the file untouched.
    writeFileSync(file, original);
    const pin = () =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', join(REPO_ROOT, 'cli', 'pin-bases.ts'), '--config', file, '--tls-verify=false'],
        {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          env: {
            ...process.env,
            HARBOR_PULL_USERNAME: pullRobot.username,
            HARBOR_PULL_PASSWORD: pullRobot.password,
          },
        },
      );
    const refused = pin();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `images[name=jupyter-notebook] linux/arm64: the base ${registry.host}/thinkube/${spec.name}:${first.image.tag} has linux/amd64`,
    );
    expect(readFileSync(file, 'utf8')).toBe(original);

    // Built for amd64 only, the base fits: pinned.
    const amd64Only = original.replaceAll('platforms: [linux/amd64, linux/arm64]', 'platforms: [linux/amd64]');
    expect(amd64Only).not.toBe(original);
    writeFileSync(file, amd64Only);
    const run = pin();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`pinned 2 base digest(s)`);
    const digest = inspect(`${registry.host}/thinkube/${spec.name}:${first.image.tag}`).Digest;
    const pinned = readFileSync(file, 'utf8');
    expect(pinned.match(/digest: (sha256:[0-9a-f]{64})/g)).toEqual([`digest: ${digest}`, `digest: ${digest}`]);
    expect(pinned).toContain("# Harbor's Docker Hub proxy-cache project");
    expect(pinned.replace(/\n\s+digest: sha256:[0-9a-f]{64}/g, '')).toBe(amd64Only);
    const again = pin();
    expect(again.stdout).toContain('every base digest was already pinned');
    rmSync(dir, { recursive: true, force: true });
  });

  it('a wrong robot secret is refused', () => {
    const wrong = skopeo(
      'inspect',
      '--tls-verify=false',
      '--creds',
      `${pushRobot.username}:${pushRobot.password}x`,
      `docker://${registry.host}/thinkube/${spec.name}:${first.image.tag}`,
    );
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/unauthorized|authentication required/i);
  });

  it('sends pip install --user of a user to the home volume', async () => {
    const out = await runInImage(
      `${registry.host}/thinkube/${spec.name}:${first.image.tag}`,
      [
        'pip install --no-cache-dir idna==3.10 \\',
        " && python -c \"import idna, six, sys; print(idna.__file__); assert idna.__file__.startswith('/home/jovyan/.local/'), idna.__file__; assert six.__file__.startswith('/opt/notebook/')\" \\",
        ' && test "$(id -u)" = 1000',
      ].join('\n'),
    );
    expect(out).toContain('/home/jovyan/.local/lib/python3.11/site-packages/idna/__init__.py');
  }, 300_000);

  it('rebuilds nothing and pushes nothing when the spec is unchanged', async () => {
    const again = render(spec);
    expect(again.image.tag).toBe(first.image.tag);
    const before = inspect(`${registry.host}/thinkube/${spec.name}:${first.image.tag}`).Digest;
    const run = await imageCli('rebuild', again.dist);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('nothing built or pushed');
    expect(run.output).not.toContain('pushing');
    expect(await tags()).toEqual([first.image.tag]);
    expect(inspect(`${registry.host}/thinkube/${spec.name}:${first.image.tag}`).Digest).toBe(before);
  });

  it('gives a changed spec a new tag and pushes it beside the old one', async () => {
    const changed = render({ ...spec, pythonPackages: { ...spec.pythonPackages, idna: '3.10' } });
    expect(changed.image.tag).not.toBe(first.image.tag);
    const run = await imageCli('rebuild', changed.dist);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`pushing ${registry.host}/thinkube/e2e-notebook:${changed.image.tag}`);
    expect(await tags()).toEqual([first.image.tag, changed.image.tag].sort());
    // Built on the layers of the first build: the install step is redone for the new lists (never
    // reused from the cache), and the uv cache that made it fast is not in the image.
    const check = (image: string, script: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'thinkube-layer-check-'));
      writeFileSync(join(dir, 'Containerfile'), `FROM ${image}\nUSER 0\nRUN ${script}\n`);
      return podmanAsync('build', '--no-cache', '--isolation', 'chroot', '--pull=never', dir);
    };
    await check(
      `${registry.host}/thinkube/${spec.name}:${changed.image.tag}`,
      'grep -qx idna==3.10 /opt/notebook/requirements.txt' +
        " && /opt/notebook/bin/python -c \"import idna, importlib.metadata as m; assert m.version('idna') == '3.10'\"" +
        ' && { test ! -e /var/cache/uv || test -z "$(ls -A /var/cache/uv)"; }',
    );
    await expect(
      check(`${registry.host}/thinkube/${spec.name}:${first.image.tag}`, 'grep -q idna /opt/notebook/requirements.txt'),
    ).rejects.toThrow();
  }, 900_000);
});
