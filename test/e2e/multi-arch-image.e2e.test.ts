/**
 * A notebook image for every node, amd64 and arm64 under one tag, on this x86-64 machine: the arm64 steps
 * run under qemu user-mode emulation (scripts/tools/emulation.sh). The base is what Harbor's Docker Hub
 * proxy cache serves for a multi-arch Debian tag, stood in for by a manifest list of the tests' two
 * debootstrapped bookworm rootfs (amd64, and arm64 made under emulation) pushed to this file's Harbor.
 *
 * `npm run pin-bases` pins the base's manifest-list digest and names its platforms (and refuses a base
 * without one); `npm run image -- build` builds both platforms, `push` sends one manifest list whose
 * entries both carry the spec's labels; the arm64 image's Python imports numpy and prints `aarch64`;
 * `verify` finds both platforms under the tag; the test cluster's node pulls the tag (the manifest list's
 * digest) and runs its amd64 entry (`x86_64`).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { verifyImages } from '../../cli/verify.js';
import { SPEC_HASH_LABEL } from '../../constructs/image/notebook-image.js';
import { configYamlWith } from '../support/synth.js';
import { eventually, type RunningCluster, runningCluster } from './support/cluster.js';
import { type HarborServer, startHarbor } from './support/harbor-server.js';
import { bridgeIntoNode, pullOverHttp } from './support/node-bridge.js';
import { ensureTestBase, PODMAN_FLAGS, podmanAsync, TEST_BASES } from './support/podman.js';
import { type CommandResult, projectCommand } from './support/project-command.js';

const IMAGE = 'multiarch-notebook';
const NS = 'thinkube-multi-arch';
/** numpy's last release with wheels for bookworm's CPython 3.11 on both architectures. */
const NUMPY = '2.2.6';

let harbor: HarborServer;
let cluster: RunningCluster;
let dir: string;
let configFile: string;
let dist: string;
/** What the cluster test set up for the node to reach Harbor, undone after. */
const cleanups: (() => unknown)[] = [];
let described: { reference: string; repository: string; tag: string; specHash: string; platforms: string[] };

const admin = () => ({ HARBOR_PUSH_USERNAME: harbor.admin.username, HARBOR_PUSH_PASSWORD: harbor.admin.password });
const creds = () => `${harbor.admin.username}:${harbor.admin.password}`;

/** The image's config for this file's Harbor: the base from its public `dockerhub` project (as a proxy-cache project), both platforms. */
function imagesConfig(baseTag: string) {
  return {
    harbor: { registry: harbor.host, project: 'thinkube' },
    images: [
      {
        name: IMAGE,
        description: 'Multi-arch test image.',
        base: { repository: 'dockerhub/test-base', tag: baseTag, release: 'bookworm' },
        aptPackages: ['python3', 'python3-venv'],
        pythonPackages: { jupyterhub: '5.5.0', jupyterlab: '4.6.6', numpy: NUMPY },
        platforms: ['linux/amd64', 'linux/arm64'],
      },
    ],
    notebookImage: { default: IMAGE, gpu: IMAGE },
  };
}

function command(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return projectCommand(entry, args, { env: { ...env } });
}

const output = (run: CommandResult) => `${run.stdout}\n${run.stderr}`;

async function synth(): Promise<void> {
  const run = await command('main.ts', ['--config', configFile, '--out', dist]);
  expect(run.status, output(run)).toBe(0);
  described = JSON.parse(readFileSync(join(dist, 'images', IMAGE, 'image.json'), 'utf8'));
}

/** `skopeo inspect` of the pushed tag (optionally one platform's entry), as the admin. */
function inspect(args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      'skopeo',
      ['inspect', ...args, '--tls-verify=false', '--creds', creds(), `docker://${described.reference}`],
      { encoding: 'utf8' },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)),
    ),
  );
}

beforeAll(async () => {
  ensureTestBase('bookworm');
  ensureTestBase('bookworm-arm64');
  cluster = runningCluster();
  harbor = await startHarbor();
  await harbor.api('POST', '/projects', { project_name: 'dockerhub', metadata: { public: 'true' } });
  await harbor.api('POST', '/projects', { project_name: 'thinkube', metadata: { public: 'false' } });
  // The base as a proxy-cache project serves a Debian tag: one manifest list, an image per architecture.
  const base = `${harbor.host}/dockerhub/test-base`;
  const push = ['--tls-verify=false', '--creds', creds()];
  for (const [arch, local] of [
    ['amd64', TEST_BASES.bookworm.reference],
    ['arm64', TEST_BASES['bookworm-arm64'].reference],
  ] as const) {
    await podmanAsync('push', ...push, local, `docker://${base}:bookworm-${arch}`);
  }
  await podmanAsync('manifest', 'rm', 'localhost/thinkube-test-base-list').catch(() => undefined); // from a run before
  await podmanAsync('manifest', 'create', 'localhost/thinkube-test-base-list');
  for (const arch of ['amd64', 'arm64']) {
    await podmanAsync(
      'manifest',
      'add',
      '--tls-verify=false',
      'localhost/thinkube-test-base-list',
      `docker://${base}:bookworm-${arch}`,
    );
  }
  await podmanAsync(
    'manifest',
    'push',
    '--all',
    ...push,
    'localhost/thinkube-test-base-list',
    `docker://${base}:bookworm`,
  );
  dir = mkdtempSync(join(tmpdir(), 'thinkube-multi-arch-'));
  configFile = join(dir, 'config.yaml');
  dist = join(dir, 'dist');
  writeFileSync(configFile, configYamlWith(stringify(imagesConfig('bookworm'))));
}, 900_000);

afterAll(async () => {
  cluster?.kubectl(['delete', 'namespace', NS, '--ignore-not-found', '--wait=false'], { allowFailure: true });
  for (const cleanup of cleanups.reverse()) await cleanup();
  await harbor?.stop();
}, 300_000);

describe('images for every node: amd64 and arm64 under one tag', () => {
  it("npm run pin-bases pins the base's manifest list and names its platforms; a base without arm64 is refused", async () => {
    const single = join(dir, 'amd64-only.yaml');
    writeFileSync(single, configYamlWith(stringify(imagesConfig('bookworm-amd64'))));
    const refused = await command('cli/pin-bases.ts', ['--config', single, '--tls-verify=false']);
    expect(refused.stderr).toContain(
      `images[name=${IMAGE}] linux/arm64: the base ${harbor.host}/dockerhub/test-base:bookworm-amd64 has linux/amd64`,
    );
    expect(refused.stderr).toContain('nothing was written');
    expect(refused.status).toBe(1);
    expect(parse(readFileSync(single, 'utf8')).images[0].base.digest).toBeUndefined();
    // And at build, before any step: the platform the base lacks is named, nothing is built.
    const singleDist = join(dir, 'amd64-only-dist');
    const synthesized = await command('main.ts', ['--config', single, '--out', singleDist]);
    expect(synthesized.status, output(synthesized)).toBe(0);
    const build = await command('cli/image.ts', ['build', '--dist', singleDist, '--tls-verify=false', ...PODMAN_FLAGS]);
    expect(build.stderr).toContain(
      `images[name=${IMAGE}] linux/arm64: the base ${harbor.host}/dockerhub/test-base:bookworm-amd64 has no linux/arm64 image (it has linux/amd64)`,
    );
    expect(build.stderr).toContain('nothing was built');
    expect(build.stdout).not.toContain('building ');
    expect(build.status).toBe(1);

    const pinned = await command('cli/pin-bases.ts', ['--config', configFile, '--tls-verify=false']);
    expect(pinned.status, output(pinned)).toBe(0);
    const digest = parse(readFileSync(configFile, 'utf8')).images[0].base.digest as string;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pinned.stdout).toContain(
      `${IMAGE}: ${harbor.host}/dockerhub/test-base:bookworm -> ${digest} (linux/amd64, linux/arm64)`,
    );
    await synth();
    expect(described.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(readFileSync(join(dist, 'images', IMAGE, 'Containerfile'), 'utf8')).toContain(
      `FROM ${harbor.host}/dockerhub/test-base:bookworm@${digest}`,
    );
  }, 300_000);

  it('npm run image -- build builds both platforms, amd64 natively and arm64 under emulation, each timed', async () => {
    const run = await command(
      'cli/image.ts',
      ['build', '--dist', dist, '--tls-verify=false', ...PODMAN_FLAGS],
      admin(),
    );
    expect(run.status, output(run).slice(-6000)).toBe(0);
    expect(run.stdout).toContain('wheels: every pinned package fits its base on linux/amd64, linux/arm64');
    for (const [platform, how] of [
      ['linux/amd64', 'native'],
      ['linux/arm64', 'emulated'],
    ]) {
      expect(run.stdout).toMatch(
        new RegExp(`built ${described.reference} for ${platform} \\(${how}\\) in \\d+\\.\\d s`),
      );
    }
    console.log(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('built '))
        .join('\n'),
    );
  }, 2_400_000);

  it('push sends one manifest list; each platform carries the spec labels; pushing again sends nothing', async () => {
    const pushed = await command(
      'cli/image.ts',
      ['push', '--dist', dist, '--tls-verify=false', ...PODMAN_FLAGS],
      admin(),
    );
    expect(pushed.status, output(pushed)).toBe(0);
    expect(pushed.stdout).toContain(`pushing ${described.reference} (linux/amd64, linux/arm64)`);
    const index = JSON.parse(await inspect(['--raw'])) as {
      mediaType: string;
      manifests: { platform: { os: string; architecture: string } }[];
    };
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`).sort()).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    for (const arch of ['amd64', 'arm64']) {
      const entry = JSON.parse(await inspect(['--override-arch', arch])) as {
        Architecture: string;
        Labels: Record<string, string>;
      };
      expect(entry.Architecture).toBe(arch);
      expect(entry.Labels[SPEC_HASH_LABEL]).toBe(described.specHash);
      expect(entry.Labels['org.opencontainers.image.title']).toBe(IMAGE);
      expect(entry.Labels['org.opencontainers.image.version']).toBe(described.tag);
    }
    const again = await command(
      'cli/image.ts',
      ['push', '--dist', dist, '--tls-verify=false', ...PODMAN_FLAGS],
      admin(),
    );
    expect(again.stdout).toContain(`up to date: ${described.reference} is already in the registry (nothing pushed)`);
  }, 900_000);

  it('the arm64 image, pulled from Harbor by the tag, runs its Python under emulation: numpy imports, the machine is aarch64', async () => {
    const context = mkdtempSync(join(tmpdir(), 'thinkube-arm64-run-'));
    writeFileSync(
      join(context, 'Containerfile'),
      [
        `FROM ${described.reference}`,
        `RUN python -c "import numpy, platform; print('machine', platform.machine(), 'numpy', numpy.__version__)"`,
      ].join('\n'),
    );
    const out = await podmanAsync(
      'build',
      '--no-cache',
      '--isolation',
      'chroot',
      '--platform',
      'linux/arm64',
      '--pull=always',
      '--tls-verify=false',
      '--creds',
      creds(),
      '-t',
      'localhost/thinkube-arm64-run',
      context,
    );
    expect(out).toContain(`machine aarch64 numpy ${NUMPY}`);
  }, 900_000);

  it("npm run verify's image check finds every platform of images[].platforms under the tag, and names one that is missing", async () => {
    const image = { repository: described.repository, tag: described.tag };
    const [both] = await verifyImages(harbor.url, [{ ...image, platforms: described.platforms }], harbor.admin);
    expect(both?.status, both?.detail).toBe('pass');
    expect(both?.detail).toMatch(/\(linux\/amd64, linux\/arm64\)$/);
    const base = { repository: `${harbor.host}/dockerhub/test-base`, tag: 'bookworm-amd64' };
    const [one] = await verifyImages(
      harbor.url,
      [{ ...base, platforms: ['linux/amd64', 'linux/arm64'] }],
      harbor.admin,
    );
    expect(one?.status).toBe('fail');
    expect(one?.detail).toContain(
      'dockerhub/test-base:bookworm-amd64 has linux/amd64, not linux/arm64 (images[].platforms)',
    );
  }, 120_000);

  it('the cluster pulls the amd64 variant by the same tag and runs it', async () => {
    // containerd reaches Harbor at the host's own address for it, over plain HTTP.
    const port = Number(harbor.host.split(':')[1]);
    const bridge = await bridgeIntoNode(`harbor-${port}`, port);
    cleanups.push(pullOverHttp(harbor.host), () => bridge.stop());
    // The tag's digest is the manifest list's: the node resolves the tag to the list and takes its amd64 entry.
    const listDigest = `sha256:${createHash('sha256')
      .update(await inspect(['--raw']))
      .digest('hex')}`;
    cluster.apply([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } },
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'pull', namespace: NS },
        type: 'kubernetes.io/dockerconfigjson',
        stringData: {
          '.dockerconfigjson': JSON.stringify({
            auths: { [harbor.host]: { username: harbor.admin.username, password: harbor.admin.password } },
          }),
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'machine', namespace: NS },
        spec: {
          restartPolicy: 'Never',
          imagePullSecrets: [{ name: 'pull' }],
          containers: [
            {
              name: 'python',
              image: described.reference,
              command: ['python', '-c', 'import numpy, platform; print(platform.machine(), numpy.__version__)'],
            },
          ],
        },
      },
    ]);
    const pod = await eventually(
      'the pod Succeeded',
      async () => {
        const got = cluster.getJson<{
          status: { phase?: string; containerStatuses?: { imageID?: string }[] };
        }>('pod', '-n', NS, 'machine');
        if (got.status.phase === 'Failed') throw new Error('the pod failed');
        return got.status.phase === 'Succeeded' ? got : undefined;
      },
      () => cluster.kubectl(['describe', 'pod', '-n', NS, 'machine'], { allowFailure: true }).stdout,
      300_000,
    );
    expect(cluster.kubectl(['logs', '-n', NS, 'machine']).stdout.trim()).toBe(`x86_64 ${NUMPY}`);
    expect(pod.status.containerStatuses?.[0]?.imageID).toBe(`${described.repository}@${listDigest}`);
  }, 600_000);
});
