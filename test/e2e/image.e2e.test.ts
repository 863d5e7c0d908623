/**
 * The notebook image for real: the synthesized Containerfile built with Podman (chroot isolation, vfs
 * storage) on the tests' own Debian base, pip installing from PyPI, pushed by `npm run image` to a real
 * registry that requires a login, inspected back; an unchanged spec pushes nothing, a changed one gets
 * a new tag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type NotebookImageSpec,
  type RenderedImage,
  renderNotebookImage,
  SPEC_HASH_LABEL,
  writeImageFiles,
} from '../../constructs/image/notebook-image.js';
import { REPO_ROOT } from '../support/synth.js';
import { ensureTestBase, PODMAN_FLAGS, podman, smallImageSpec } from './support/podman.js';
import { type RegistryServer, startRegistry } from './support/registry-server.js';

const spec: NotebookImageSpec = smallImageSpec('e2e-notebook');

let registry: RegistryServer;

beforeAll(async () => {
  ensureTestBase();
  registry = await startRegistry();
}, 120_000);

afterAll(async () => {
  await registry?.stop();
});

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

function imageCli(command: string, dist: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'cli', 'image.ts'),
      command,
      '--dist',
      dist,
      '--registry',
      registry.host,
      '--tls-verify=false',
      ...PODMAN_FLAGS,
    ],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, HARBOR_PUSH_USERNAME: registry.username, HARBOR_PUSH_PASSWORD: registry.password, ...env },
      timeout: 900_000,
    },
  );
  return { ...result, output: `${result.stdout}\n${result.stderr}` };
}

function inspect(reference: string): { Labels: Record<string, string>; Digest: string } {
  const result = spawnSync(
    'skopeo',
    ['inspect', '--tls-verify=false', '--creds', `${registry.username}:${registry.password}`, `docker://${reference}`],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`skopeo inspect ${reference}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

async function tags(): Promise<string[]> {
  const basic = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
  const r = await fetch(`${registry.url}/v2/thinkube/${spec.name}/tags/list`, { headers: { authorization: basic } });
  return r.ok ? (((await r.json()) as { tags: string[] }).tags ?? []).sort() : [];
}

describe('notebook image build and push', () => {
  const first = render(spec);
  const pushedRef = `${registry ? registry.host : ''}`;

  it('refuses to push without the push robot credentials', () => {
    const run = imageCli('push', first.dist, { HARBOR_PUSH_USERNAME: '', HARBOR_PUSH_PASSWORD: '' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'image: pushing needs the push robot credentials in HARBOR_PUSH_USERNAME and HARBOR_PUSH_PASSWORD',
    );
    expect(pushedRef).toBe('');
  });

  it('builds the synthesized Containerfile and pushes it with a login', async () => {
    expect((await fetch(`${registry.url}/v2/`)).status).toBe(401); // the registry really wants a login
    const run = imageCli('rebuild', first.dist);
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

  it('sends pip install --user of a user to the home volume', () => {
    // `podman run` cannot work in this sandbox; a RUN step of a derived build runs as the image's user.
    const dir = mkdtempSync(join(tmpdir(), 'thinkube-user-install-'));
    writeFileSync(
      join(dir, 'Containerfile'),
      [
        `FROM ${registry.host}/thinkube/${spec.name}:${first.image.tag}`,
        'RUN pip install --no-cache-dir idna==3.10 \\',
        " && python -c \"import idna, six, sys; print(idna.__file__); assert idna.__file__.startswith('/home/jovyan/.local/'), idna.__file__; assert six.__file__.startswith('/opt/notebook/')\" \\",
        ' && test "$(id -u)" = 1000',
      ].join('\n'),
    );
    const out = podman(
      'build',
      '--no-cache',
      '--isolation',
      'chroot',
      '--pull=never',
      '-t',
      'localhost/thinkube-user-install-check',
      dir,
    );
    expect(out).toContain('/home/jovyan/.local/lib/python3.11/site-packages/idna/__init__.py');
  }, 300_000);

  it('rebuilds nothing and pushes nothing when the spec is unchanged', async () => {
    const again = render(spec);
    expect(again.image.tag).toBe(first.image.tag);
    const before = inspect(`${registry.host}/thinkube/${spec.name}:${first.image.tag}`).Digest;
    const run = imageCli('rebuild', again.dist);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('nothing built or pushed');
    expect(run.output).not.toContain('pushing');
    expect(await tags()).toEqual([first.image.tag]);
    expect(inspect(`${registry.host}/thinkube/${spec.name}:${first.image.tag}`).Digest).toBe(before);
  });

  it('gives a changed spec a new tag and pushes it beside the old one', async () => {
    const changed = render({ ...spec, pythonPackages: { ...spec.pythonPackages, idna: '3.10' } });
    expect(changed.image.tag).not.toBe(first.image.tag);
    const run = imageCli('rebuild', changed.dist);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`pushing ${registry.host}/thinkube/e2e-notebook:${changed.image.tag}`);
    expect(await tags()).toEqual([first.image.tag, changed.image.tag].sort());
  }, 900_000);
});
