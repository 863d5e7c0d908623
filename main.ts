/**
 * Composition root: load the configuration, build the Kubernetes app, the notebook image files and the
 * Terraform stacks, synthesize them into dist/ (dist/k8s, dist/images, dist/terraform).
 *
 *   npm run synth                      # the embedded default configuration (config/default.yaml)
 *   npm run synth -- --config my.yaml  # your own install (or THINKUBE_CONFIG=my.yaml)
 *   npm run synth -- --out /tmp/x      # somewhere other than dist/
 *   npx cdk8s synth                    # dist/k8s only, through the cdk8s CLI (cdk8s.yaml)
 *   npx cdktf synth | diff | deploy    # dist/terraform only, through the cdktf CLI (cdktf.json)
 *
 * Output is written to a temporary folder first and moved into place only when everything succeeded,
 * so a bad configuration or a failing construct never leaves a half-written dist/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { App, YamlOutputType } from 'cdk8s';
import { DEFAULT_DIST, type DistSide, distLayout } from './app/dist-layout.js';
import { addHubPlatform } from './app/hub-platform.js';
import { notebookImages } from './app/notebook-images.js';
import { ConfigError, loadConfig } from './config/load.js';
import { writeImageFiles } from './constructs/image/notebook-image.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', short: 'c' },
      out: { type: 'string' },
    },
  });
  const config = loadConfig(values.config);
  const outRoot = resolve(values.out ?? DEFAULT_DIST);
  const out = distLayout(outRoot);
  // Written in a scratch folder first, each side then replaces its folder whole.
  const scratch = mkdtempSync(join(tmpdir(), 'thinkube-synth-'));
  const work = distLayout(scratch);
  // The cdk8s and cdktf CLIs run this file with CDK8S_OUTDIR / CDKTF_OUTDIR set to where they expect
  // their own side; each then gets just that side, written where it asks.
  const cli = values.out === undefined ? underCli() : undefined;
  const targets: Partial<Record<DistSide, string>> =
    cli === 'cdk8s'
      ? { k8s: resolve(process.env.CDK8S_OUTDIR as string) }
      : cli === 'cdktf'
        ? { terraform: resolve(process.env.CDKTF_OUTDIR as string) }
        : { k8s: out.k8s, images: out.images, terraform: out.terraform };

  try {
    // The project's own dist/ is synth's by definition; a folder named with --out must show it is.
    if (values.out !== undefined) refuseForeignOutput(outRoot, Object.values(targets));
    if (targets.k8s) {
      const app = new App({ outdir: work.k8s, yamlOutputType: YamlOutputType.FILE_PER_CHART });
      addHubPlatform(app, config);
      app.synth();
    }
    if (targets.images) writeImageFiles(work.images, notebookImages(config).values());
    if (targets.terraform) {
      // Loaded only here: the cdktf runtime and the provider bindings are the heavy part of the import
      // graph, and `cdk8s synth` never needs them.
      const { synthTerraform } = await import('./app/synth-terraform.js');
      synthTerraform(config, work.terraform);
    }
    for (const [side, target] of Object.entries(targets)) replaceDirectory(work[side as DistSide], target);
    if (!cli) writeFileSync(join(outRoot, SYNTH_MARKER), MARKER_TEXT);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // Under a CLI stay quiet: it reports itself, and `cdk8s synth --stdout` pipes the manifests.
  if (!cli) {
    console.log(`synthesized ${config.hostname} (${config.delivery.mode}, ${config.exposure.mode}) into ${outRoot}`);
  }
  return 0;
}

/** The file that says an output folder is synth's own, so its k8s/, images/ and terraform/ may be replaced. */
const SYNTH_MARKER = '.thinkube-synth';
const MARKER_TEXT =
  'Written by npm run synth: k8s/, images/ and terraform/ beside this file are replaced on every synth.\n';

/** Synth replaces whole folders: never ones it did not make (`--out ~` would empty the home's `images/`). */
function refuseForeignOutput(outRoot: string, targets: string[]): void {
  if (existsSync(join(outRoot, SYNTH_MARKER))) return;
  const foreign = targets.filter((target) => existsSync(target));
  if (foreign.length > 0) {
    throw new OutputFolderError(
      `--out ${outRoot}: ${foreign.join(', ')} exist${foreign.length === 1 ? 's' : ''} and ${SYNTH_MARKER} does not, ` +
        'so synth did not make them and will not replace them; name a new or empty folder (or one synth wrote)',
    );
  }
}

class OutputFolderError extends Error {}

function underCli(): 'cdk8s' | 'cdktf' | undefined {
  if (process.env.CDKTF_OUTDIR !== undefined) return 'cdktf';
  if (process.env.CDK8S_OUTDIR !== undefined) return 'cdk8s';
  return undefined;
}

/** Swaps `target` for `source` with one rename on the target's filesystem: never half-written. */
function replaceDirectory(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const staged = mkdtempSync(join(dirname(target), '.synth-'));
  try {
    cpSync(source, join(staged, 'out'), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(join(staged, 'out'), target);
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // Expected failures (bad config, a construct refusing its props, a missing helm) get one clear
  // message and exit 1; no stack trace for things the user can fix by reading the message.
  if (error instanceof ConfigError || error instanceof OutputFolderError) {
    console.error(error.message);
  } else if (error instanceof Error) {
    console.error(`synth failed: ${error.message}`);
  } else {
    console.error(`synth failed: ${String(error)}`);
  }
  process.exitCode = 1;
}
