/**
 * npm run pin-bases -- --config my-lab.yaml: resolves each notebook image's pinned base tag to the digest
 * Harbor serves for it (through the proxy-cache project the base names, e.g. `dockerhub/library/debian`)
 * and writes it into the config as `images[].base.digest`, so the FROM line pins the exact bytes (for a
 * multi-arch base, the manifest list's digest: it says which platforms it has, and a base without one of
 * `images[].platforms` is refused, naming the image and the platform, before anything is written). Run it
 * again after a base tag moves on purpose; the diff of the config, the Containerfile and the image tag
 * shows the change in review.
 *
 * Credentials: HARBOR_PULL_USERNAME / HARBOR_PULL_PASSWORD when the base's project is private
 * (anonymous otherwise, as Harbor's public proxy-cache projects allow). Options: --registry HOST[:PORT]
 * (default: harbor.registry), --tls-verify=false, --dry-run (print, write nothing).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Option } from 'commander';
import { setBaseDigests } from '../config/edit.js';
import { loadConfig } from '../config/load.js';
import { baseImageRepository } from '../constructs/image/notebook-image.js';
import { command, run, UsageError } from './support/command.js';
import { listPlatforms } from './support/image-platforms.js';

/**
 * sha256 of the manifest exactly as the registry serves it (a manifest list for multi-arch bases), and
 * the platforms behind it: a list's entries, or the one image's own.
 */
export function resolveDigest(
  reference: string,
  options: { tlsVerify: boolean; creds?: string },
): { digest: string; platforms: string[] } {
  const skopeo = (args: string[]) => {
    const result = spawnSync(
      'skopeo',
      [
        'inspect',
        ...args,
        `--tls-verify=${options.tlsVerify}`,
        ...(options.creds ? ['--creds', options.creds] : ['--no-creds']),
        `docker://${reference}`,
      ],
      { encoding: 'buffer', timeout: 120_000 },
    );
    if (result.error) {
      throw new UsageError(`cannot run skopeo (${(result.error as NodeJS.ErrnoException).code}); install it`);
    }
    if (result.status !== 0) {
      throw new UsageError(`cannot read ${reference} from the registry: ${result.stderr.toString().trim()}`);
    }
    return result.stdout;
  };
  const raw = skopeo(['--raw']);
  const digest = `sha256:${createHash('sha256').update(raw).digest('hex')}`;
  const listed = listPlatforms(raw.toString('utf8'));
  if (listed) return { digest, platforms: listed };
  const config = JSON.parse(skopeo(['--config']).toString('utf8')) as { os: string; architecture: string };
  return { digest, platforms: [`${config.os}/${config.architecture}`] };
}

interface PinOptions {
  config: string;
  registry?: string;
  tlsVerify: string;
  dryRun: boolean;
}

function pinBases(values: PinOptions): void {
  const config = loadConfig(values.config);
  const registry = values.registry ?? config.harbor.registry;
  const user = process.env.HARBOR_PULL_USERNAME;
  const password = process.env.HARBOR_PULL_PASSWORD;
  const creds = user && password ? `${user}:${password}` : undefined;
  const digests = new Map<number, string>();
  const lacking: string[] = [];
  config.images.forEach((image, index) => {
    const reference = `${baseImageRepository(image.base, registry)}:${image.base.tag}`;
    const { digest, platforms } = resolveDigest(reference, {
      tlsVerify: values.tlsVerify !== 'false',
      ...(creds ? { creds } : {}),
    });
    digests.set(index, digest);
    console.log(`${image.name}: ${reference} -> ${digest} (${platforms.join(', ')})`);
    const missing = image.platforms.filter((platform) => !platforms.includes(platform));
    if (missing.length > 0) {
      lacking.push(
        `  images[name=${image.name}] ${missing.join(', ')}: the base ${reference} has ${platforms.join(', ')}`,
      );
    }
  });
  if (lacking.length > 0) {
    throw new UsageError(
      `bases without a platform the image is built for (nothing was written):\n${lacking.join('\n')}\n` +
        'Pick a base that has them, or remove the platform from images[].platforms.',
    );
  }
  if (values.dryRun) return;
  const changed = setBaseDigests(values.config, digests);
  console.log(
    changed.length === 0
      ? `${values.config}: every base digest was already pinned`
      : `${values.config}: pinned ${changed.length} base digest(s); run npm run synth -- --config ${values.config}`,
  );
}

export const pinBasesCommand = command(
  'pin-bases',
  "Resolves each image's base tag to the digest Harbor serves and writes it into the config.",
)
  .requiredOption('--config <file>', 'the config file to pin the digests in (it is rewritten)')
  .option('--registry <host>', 'registry host[:port] (default: harbor.registry)')
  .addOption(
    new Option('--tls-verify <bool>', "verify the registry's TLS certificate")
      .choices(['true', 'false'])
      .default('true'),
  )
  .option('--dry-run', 'print the digests, write nothing', false)
  .action((options: PinOptions) => pinBases(options));

if (process.argv[1]?.endsWith('pin-bases.ts')) await run('pin-bases', pinBasesCommand);
