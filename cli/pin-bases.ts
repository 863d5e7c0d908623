/**
 * npm run pin-bases -- --config my-lab.yaml: resolves each notebook image's pinned base tag to the digest
 * Harbor serves for it (through the proxy-cache project the base names, e.g. `dockerhub/library/debian`)
 * and writes it into the config as `images[].base.digest`, so the FROM line pins the exact bytes. Run it
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

/** sha256 of the manifest exactly as the registry serves it (a manifest list for multi-arch bases). */
export function resolveDigest(reference: string, options: { tlsVerify: boolean; creds?: string }): string {
  const result = spawnSync(
    'skopeo',
    [
      'inspect',
      '--raw',
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
  return `sha256:${createHash('sha256').update(result.stdout).digest('hex')}`;
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
  config.images.forEach((image, index) => {
    const reference = `${baseImageRepository(image.base, registry)}:${image.base.tag}`;
    const digest = resolveDigest(reference, {
      tlsVerify: values.tlsVerify !== 'false',
      ...(creds ? { creds } : {}),
    });
    digests.set(index, digest);
    console.log(`${image.name}: ${reference} -> ${digest}`);
  });
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
