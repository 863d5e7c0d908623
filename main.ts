/**
 * Composition root: load the configuration, build the Kubernetes app and the notebook image files,
 * synthesize them into dist/ (dist/k8s, dist/images).
 *
 *   npm run synth                      # the embedded default configuration (config/default.yaml)
 *   npm run synth -- --config my.yaml  # your own install
 *   npm run synth -- --out /tmp/x      # somewhere other than dist/
 *   npx cdk8s synth                    # the same, through the cdk8s CLI (cdk8s.yaml)
 *
 * Output is written to a temporary folder first and moved into place only when everything succeeded,
 * so a bad configuration or a failing construct never leaves a half-written dist/.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { App, YamlOutputType } from 'cdk8s';
import { ConfigError, loadConfig } from './config/load.js';
import { addHubPlatform } from './constructs/hub-platform.js';
import { writeImageFiles } from './constructs/image/notebook-image.js';
import { notebookImages } from './constructs/jupyterhub/hub-values.js';

function main(): number {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', short: 'c' },
      out: { type: 'string' },
    },
  });
  const config = loadConfig(values.config);
  const outRoot = resolve(values.out ?? 'dist');
  // `cdk8s synth` runs this file with CDK8S_OUTDIR set to where it expects the manifests.
  const underCdk8sCli = values.out === undefined && process.env.CDK8S_OUTDIR !== undefined;
  const targets = {
    k8s: underCdk8sCli ? resolve(process.env.CDK8S_OUTDIR as string) : join(outRoot, 'k8s'),
    images: join(outRoot, 'images'),
  };

  const scratch = mkdtempSync(join(tmpdir(), 'thinkube-synth-'));
  try {
    const app = new App({ outdir: join(scratch, 'k8s'), yamlOutputType: YamlOutputType.FILE_PER_CHART });
    addHubPlatform(app, config);
    app.synth();
    writeImageFiles(join(scratch, 'images'), notebookImages(config).values());
    for (const [name, target] of Object.entries(targets)) replaceDirectory(join(scratch, name), target);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // Under the cdk8s CLI stay quiet: it lists the files itself, and `cdk8s synth --stdout` pipes them.
  if (!underCdk8sCli) {
    console.log(`synthesized ${config.hostname} (${config.delivery.mode}, ${config.exposure.mode}) into ${outRoot}`);
  }
  return 0;
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
  process.exitCode = main();
} catch (error) {
  // Expected failures (bad config, a construct refusing its props, a missing helm) get one clear
  // message and exit 1; no stack trace for things the user can fix by reading the message.
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof Error) {
    console.error(`synth failed: ${error.message}`);
  } else {
    console.error(`synth failed: ${String(error)}`);
  }
  process.exitCode = 1;
}
