/**
 * npm run image -- build|push|rebuild: builds the notebook images synthesized into dist/images with
 * Podman and pushes them to Harbor with the push robot. What is built is exactly what was reviewed:
 * the Containerfile and lists under dist/images, tagged with their content hash.
 *
 *   npm run image -- check   [--image NAME]... [--platform ...]  # only the wheel check below
 *   npm run image -- build   [--image NAME]... [--platform linux/arm64]  # default: images[].platforms
 *   npm run image -- push    [--image NAME]...        # skips tags the registry already has
 *   npm run image -- rebuild [--image NAME]... [--force]
 *
 * Each image is built for every platform of images[].platforms (default linux/amd64 and linux/arm64), one
 * platform at a time into one manifest list under the tag, the machine's own natively and the others
 * under qemu user-mode emulation (scripts/tools/emulation.sh registers it); push sends the whole list
 * and refuses one that lacks a platform. Before any build step, a platform this machine cannot run, or
 * that the base image does not have, stops the build, naming the image and the platform.
 *
 * Before any build step, every pinned package (the stack, the extensions, pip and uv) is looked up on
 * the package index the build installs from (PyPI): one without a wheel for the base's CPython and
 * glibc on a platform being built stops the build, naming the package, the version and what the index
 * has (support/wheel-availability.ts).
 *
 * Credentials: HARBOR_PUSH_USERNAME and HARBOR_PUSH_PASSWORD (the push robot; never from git). They are
 * written to a temporary auth file for the run and removed afterwards.
 * Options for other environments: --registry HOST[:PORT] (push somewhere else), --tls-verify=false,
 * --podman-root DIR, --storage-driver auto|fuse-overlayfs|overlay|vfs|podman-default (support/podman-storage.ts),
 * --isolation chroot (what this project's CI machines need).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Argument, Option } from 'commander';
import { DEFAULT_DIST, distLayout, readImageDescriptions } from '../app/dist-layout.js';
import { IMAGE_PLATFORMS, type ImagePlatform } from '../constructs/image/image-rules.js';
import type { ImageDescription } from '../constructs/image/notebook-image.js';
import { command as cliCommand, run as runCommand, runTool, SIGNAL_EXIT_CODES, UsageError } from './support/command.js';
import { canRun, listPlatforms, nativePlatform } from './support/image-platforms.js';
import { type PodmanStorage, podmanStorage, STORAGE_CHOICES, type StorageChoice } from './support/podman-storage.js';
import { missingWheels, type WheelTarget } from './support/wheel-availability.js';

/** The index uv installs the pinned lists from in the build (the Containerfile names no other). */
const DEFAULT_INDEX = 'https://pypi.org/simple';

interface ImageOptions {
  image?: string[];
  platform?: string;
  registry?: string;
  tlsVerify: string;
  podmanRoot?: string;
  storageDriver: StorageChoice;
  isolation?: string;
  dist: string;
  force: boolean;
  indexUrl: string;
}

/** The parsed options of this run (set before main runs). */
let values: ImageOptions = {
  tlsVerify: 'true',
  dist: DEFAULT_DIST,
  force: false,
  storageDriver: 'auto',
  indexUrl: DEFAULT_INDEX,
};
let command: 'check' | 'build' | 'push' | 'rebuild' = 'build';
const tlsVerify = () => values.tlsVerify !== 'false';

let storage: PodmanStorage | undefined;
function podmanGlobalArgs(): string[] {
  if (!storage) {
    storage = podmanStorage(values.storageDriver, values.podmanRoot);
    console.log(`podman: ${storage.description}`);
  }
  return [...storage.globalArgs, ...(values.isolation === 'chroot' ? ['--cgroup-manager', 'cgroupfs'] : [])];
}

function run(tool: string, args: string[], input?: string): void {
  runTool(tool, args, {
    ...(input === undefined ? {} : { input }),
    streamOutput: true,
    hint: 'install it (scripts/install-tools.sh podman)',
    timeoutMs: 0, // no limit: a cold GPU image build takes as long as it takes
  });
}

/** An image.json with every field this version writes (an older synth's lacks some). */
function isCurrent(description: Partial<ImageDescription>): description is ImageDescription {
  return Boolean(description.baseRelease && description.pinned && description.platforms);
}

/** The images synthesized into dist/images, with the registry overridden when asked. */
function loadImages(): ImageDescription[] {
  const dir = resolve(distLayout(values.dist).images);
  if (!existsSync(dir)) throw new UsageError(`no ${dir}: run npm run synth first`);
  const described = readImageDescriptions(dir);
  const all = described.filter(isCurrent);
  const stale = described.filter((i) => !isCurrent(i)).map((i) => i.name);
  if (stale.length > 0) {
    throw new UsageError(`${dir}: ${stale.join(', ')} synthesized by an older version: run npm run synth again`);
  }
  const wanted = values.image ?? all.map((i) => i.name);
  const unknown = wanted.filter((name) => !all.some((i) => i.name === name));
  if (unknown.length > 0) {
    throw new UsageError(
      `--image ${unknown.join(', ')}: not synthesized; images are ${all.map((i) => i.name).join(', ')}`,
    );
  }
  return all
    .filter((i) => wanted.includes(i.name))
    .map((i) => {
      if (!values.registry) return i;
      const path = i.repository.split('/').slice(1).join('/');
      const repository = `${values.registry}/${path}`;
      return { ...i, repository, reference: `${repository}:${i.tag}` };
    });
}

/**
 * The platforms this run builds of `image`: all of `images[].platforms`, or the `--platform` subset of
 * them (a tag names its platforms: a build cannot add another).
 */
function platformsOf(image: ImageDescription): readonly ImagePlatform[] {
  if (!values.platform) return image.platforms;
  const asked = values.platform.split(',').map((p) => p.trim());
  const other = asked.filter((p) => !(image.platforms as readonly string[]).includes(p));
  if (other.length > 0) {
    throw new UsageError(
      `--platform ${other.join(',')}: images[name=${image.name}] is built for ${image.platforms.join(', ')} ` +
        '(images[].platforms); add the platform there and synth, the tag covers it',
    );
  }
  return asked as ImagePlatform[];
}

/**
 * Refuses, before any build step, a platform this machine cannot run (neither its own nor emulated) and
 * a base image that lacks a platform being built: either would fail in the middle of a build.
 */
function refuseUnbuildablePlatforms(images: ImageDescription[]): void {
  const lines: string[] = [];
  for (const image of images) {
    const wanted = platformsOf(image);
    for (const platform of wanted.filter((p) => !canRun(p))) {
      lines.push(
        `  images[name=${image.name}] ${platform}: this ${nativePlatform()} machine cannot run its programs ` +
          '(register qemu-user-static with binfmt_misc: bash scripts/install-tools.sh emulation, as root)',
      );
    }
    const base = basePlatforms(image.baseReference);
    for (const platform of wanted.filter((p) => !base.includes(p))) {
      lines.push(
        `  images[name=${image.name}] ${platform}: the base ${image.baseReference} has no ${platform} image (it has ${base.join(', ') || 'none'})`,
      );
    }
  }
  if (lines.length > 0) {
    throw new UsageError(`platforms that cannot be built here (nothing was built):\n${lines.join('\n')}`);
  }
}

/** The platforms the base image has: a manifest list's entries, or one image's own. */
function basePlatforms(reference: string): string[] {
  const local = reference.startsWith('localhost/');
  if (local) {
    // A local base (tests, air-gapped builds): a manifest list in Podman's store, or one image.
    const list = spawnSync('podman', [...podmanGlobalArgs(), 'manifest', 'inspect', reference], { encoding: 'utf8' });
    if (list.status === 0) return listPlatforms(list.stdout) ?? [];
    const one = spawnSync(
      'podman',
      [...podmanGlobalArgs(), 'image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}', reference],
      { encoding: 'utf8' },
    );
    if (one.status !== 0) throw new UsageError(`the base ${reference} is not in Podman's store: ${one.stderr.trim()}`);
    return [one.stdout.trim()];
  }
  const creds = baseCredentials();
  // skopeo takes a tag or a digest, not both: a pinned base is read by its digest.
  const byDigest = reference.replace(/:[^/@]+@/, '@');
  const skopeo = (args: string[]) =>
    spawnSync('skopeo', ['inspect', ...args, `--tls-verify=${tlsVerify()}`, ...creds, `docker://${byDigest}`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
  const raw = skopeo(['--raw']);
  if (raw.error) throw new UsageError('cannot run skopeo; install it (scripts/install-tools.sh podman)');
  if (raw.status !== 0)
    throw new UsageError(`cannot read the base ${reference} from its registry: ${raw.stderr.trim()}`);
  const platforms = listPlatforms(raw.stdout);
  if (platforms) return platforms;
  const config = skopeo(['--config']);
  if (config.status !== 0) throw new UsageError(`cannot read the base ${reference}'s config: ${config.stderr.trim()}`);
  const { os, architecture } = JSON.parse(config.stdout) as { os: string; architecture: string };
  return [`${os}/${architecture}`];
}

/** The pull robot's login for reading bases from Harbor, when given (public proxy-cache projects need none). */
function baseCredentials(): string[] {
  const user = process.env.HARBOR_PULL_USERNAME;
  const password = process.env.HARBOR_PULL_PASSWORD;
  return user && password ? ['--creds', `${user}:${password}`] : ['--no-creds'];
}

/**
 * Refuses, before any build step, an image with a pinned package that has no wheel for its base's
 * CPython and glibc on a platform being built: the build would fail deep in its Python step, or compile.
 */
async function refuseMissingWheels(images: ImageDescription[]): Promise<void> {
  const lines: string[] = [];
  for (const image of images) {
    const { python, glibc, name: release } = image.baseRelease;
    const platforms = platformsOf(image);
    const targets: WheelTarget[] = platforms.map((platform) => ({ python, glibc, machine: IMAGE_PLATFORMS[platform] }));
    const missing = await missingWheels(image.pinned, targets, { index: values.indexUrl });
    for (const m of missing) {
      lines.push(`  images[name=${image.name}] ${m.name}==${m.version} (base ${release}): ${m.problem}`);
    }
  }
  if (lines.length > 0) {
    throw new UsageError(
      `pinned packages the base cannot install (nothing was built):\n${lines.join('\n')}\n` +
        'Pin versions that publish these wheels, remove the platform from images[].platforms, or move ' +
        'images[].base to a release whose Python they support.',
    );
  }
  const checked = [...new Set(images.flatMap((image) => platformsOf(image)))];
  console.log(`wheels: every pinned package fits its base on ${checked.join(', ')} (${values.indexUrl})`);
}

function gitRevision(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function build(image: ImageDescription): void {
  const context = resolve(distLayout(values.dist).image(image.name));
  const args = [
    ...podmanGlobalArgs(),
    'build',
    '--pull=missing',
    '--build-arg',
    `REVISION=${gitRevision()}`,
    '-f',
    join(context, 'Containerfile'),
  ];
  if (values.isolation) args.push('--isolation', values.isolation);
  // A base in a registry without TLS (a lab Harbor) is pulled the way pushes go there.
  if (!tlsVerify()) args.push('--tls-verify=false');
  const platforms = platformsOf(image);
  if (image.platforms.length === 1) {
    console.log(`building ${image.reference} for ${platforms[0]}`);
    run('podman', [...args, '--platform', platforms[0] as string, '-t', image.reference, context]);
    return;
  }
  // One manifest list under the tag, one platform at a time (each timed: the warm rebuild figures are
  // per platform), foreign ones under emulation.
  // A list (or a single-platform image) of an earlier build under the name is replaced, not added to.
  spawnSync('podman', [...podmanGlobalArgs(), 'manifest', 'rm', image.reference], { stdio: 'ignore' });
  spawnSync('podman', [...podmanGlobalArgs(), 'image', 'rm', image.reference], { stdio: 'ignore' });
  for (const platform of platforms) {
    const how = platform === nativePlatform() ? 'native' : 'emulated';
    console.log(`building ${image.reference} for ${platform} (${how})`);
    const started = Date.now();
    run('podman', [...args, '--platform', platform, '--manifest', image.reference, context]);
    console.log(`built ${image.reference} for ${platform} (${how}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** The platforms of the local manifest list `reference` (what a push would send). */
function localListPlatforms(reference: string): string[] {
  const list = spawnSync('podman', [...podmanGlobalArgs(), 'manifest', 'inspect', reference], { encoding: 'utf8' });
  if (list.status !== 0) throw new UsageError(`no manifest list ${reference} here: npm run image -- build first`);
  return listPlatforms(list.stdout) ?? [];
}

/** Private folders holding a login for this run; removed on every way out, signals included. */
const loginFolders = new Set<string>();
function removeLoginFolders(): void {
  for (const dir of loginFolders) rmSync(dir, { recursive: true, force: true });
  loginFolders.clear();
}
process.on('exit', removeLoginFolders);
for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
  // With a handler Node no longer dies on the spot: the folder is removed, then the exit code says why.
  process.on(signal, () => {
    removeLoginFolders();
    process.exit(code);
  });
}

/** A temporary auth file holding the push robot's login, in a private folder removed when the run ends. */
function withRegistryLogin<T>(registry: string, action: (authfile: string) => T): T {
  const username = process.env.HARBOR_PUSH_USERNAME;
  const password = process.env.HARBOR_PUSH_PASSWORD;
  if (!username || !password) {
    throw new UsageError('pushing needs the push robot credentials in HARBOR_PUSH_USERNAME and HARBOR_PUSH_PASSWORD');
  }
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-auth-')); // mode 0700: this user only
  loginFolders.add(dir);
  const authfile = join(dir, 'auth.json');
  writeFileSync(authfile, '{}', { mode: 0o600 }); // podman login fills it, keeping the mode
  try {
    run(
      'podman',
      [
        'login',
        '--authfile',
        authfile,
        `--tls-verify=${tlsVerify()}`,
        '--username',
        username,
        '--password-stdin',
        registry,
      ],
      password,
    );
    return action(authfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    loginFolders.delete(dir);
  }
}

function registryHas(reference: string, authfile: string): boolean {
  const result = spawnSync(
    'skopeo',
    ['inspect', '--raw', '--authfile', authfile, `--tls-verify=${tlsVerify()}`, `docker://${reference}`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  if (result.error) throw new UsageError('cannot run skopeo; install it (scripts/install-tools.sh podman)');
  if (result.status === 0) return true;
  if (/manifest unknown|not found|name unknown/i.test(result.stderr)) return false;
  throw new UsageError(`cannot ask the registry about ${reference}: ${result.stderr.trim()}`);
}

function push(image: ImageDescription, authfile: string): boolean {
  if (registryHas(image.reference, authfile)) {
    console.log(`up to date: ${image.reference} is already in the registry (nothing pushed)`);
    return false;
  }
  const tls = `--tls-verify=${tlsVerify()}`;
  if (image.platforms.length > 1) {
    // The tag promises every platform of images[].platforms: never a list with fewer.
    const built = localListPlatforms(image.reference);
    const missing = image.platforms.filter((p) => !built.includes(p));
    if (missing.length > 0) {
      throw new UsageError(
        `${image.reference} was built for ${built.join(', ') || 'no platform'}, not ${missing.join(', ')}: ` +
          'npm run image -- build (every platform of images[].platforms) before pushing; nothing was pushed',
      );
    }
    console.log(`pushing ${image.reference} (${built.join(', ')})`);
    run('podman', [
      ...podmanGlobalArgs(),
      'manifest',
      'push',
      '--all',
      '--authfile',
      authfile,
      tls,
      image.reference,
      `docker://${image.reference}`,
    ]);
  } else {
    console.log(`pushing ${image.reference}`);
    run('podman', [...podmanGlobalArgs(), 'push', '--authfile', authfile, tls, image.reference]);
  }
  return true;
}

function explainRollout(images: ImageDescription[]): void {
  console.log(`
How servers pick up the new image:
  - The hub values already name it (singleuser.image / GPU profiles in dist/k8s/0003-jupyterhub.k8s.yaml):
    commit dist/ and let Argo CD sync (or kubectl apply); every server started after that runs it.
  - Running servers keep the image they started with until they stop: users restart from
    File > Hub Control Panel > Stop My Server, idle culling stops idle ones, and an admin can stop
    all of them from /hub/admin. Their homes (and pip install --user packages) stay.
  Images: ${images.map((i) => i.reference).join(', ')}`);
}

async function main(): Promise<void> {
  const images = loadImages();
  if (command !== 'push') await refuseMissingWheels(images);
  if (command === 'check') return;
  if (command === 'build') refuseUnbuildablePlatforms(images);
  if (command === 'build') {
    for (const image of images) build(image);
    return;
  }
  const registry = (images[0] as ImageDescription).repository.split('/')[0] as string;
  withRegistryLogin(registry, (authfile) => {
    let changed = false;
    for (const image of images) {
      if (command === 'rebuild' && !values.force && registryHas(image.reference, authfile)) {
        console.log(`up to date: ${image.reference} is already in the registry (nothing built or pushed)`);
        continue;
      }
      if (command === 'rebuild') {
        refuseUnbuildablePlatforms([image]);
        build(image);
      }
      changed = push(image, authfile) || changed;
    }
    if (changed) explainRollout(images);
  });
}

export const imageCommand = cliCommand(
  'image',
  'Builds the notebook images of dist/images with Podman and pushes them to Harbor.',
)
  .addArgument(
    new Argument(
      '<command>',
      'check: every pin has a wheel for its base; build: check, then podman build; push: push what the registry lacks; rebuild: build and push',
    ).choices(['check', 'build', 'push', 'rebuild']),
  )
  .option('--image <name...>', 'only these images (default: all of dist/images)')
  .option(
    '--platform <list>',
    'build only these of images[].platforms, comma-separated (push still needs every one in the manifest list)',
  )
  .option('--registry <host>', 'push to host[:port] instead of the registry the images name')
  .addOption(
    new Option('--tls-verify <bool>', "verify the registry's TLS certificate")
      .choices(['true', 'false'])
      .default('true'),
  )
  .option('--podman-root <dir>', 'Podman storage root (its storage/ and run/); default: one per driver in the cache')
  .addOption(
    new Option(
      '--storage-driver <driver>',
      "auto: overlay through fuse-overlayfs where /dev/fuse exists, else vfs; overlay: the kernel's",
    )
      .choices(STORAGE_CHOICES)
      .default('auto'),
  )
  .addOption(new Option('--isolation <kind>', 'build isolation').choices(['chroot', 'oci', 'rootless']))
  .option('--dist <dir>', 'the synth output holding images/', DEFAULT_DIST)
  .option('--force', 'rebuild even when the registry has the tag', false)
  .option('--index-url <url>', 'the package index the pins are checked against before a build', DEFAULT_INDEX)
  .action(async (which: typeof command, options: ImageOptions) => {
    command = which;
    values = options;
    await main();
  });

if (process.argv[1]?.endsWith('image.ts')) await runCommand('image', imageCommand);
