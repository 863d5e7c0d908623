/**
 * Composition root: load the configuration, build the Kubernetes app, synthesize it into dist/.
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

function main(): number {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', short: 'c' },
      out: { type: 'string' },
    },
  });
  const config = loadConfig(values.config);
  // `cdk8s synth` runs this file with CDK8S_OUTDIR set to where it expects the manifests.
  const underCdk8sCli = values.out === undefined && process.env.CDK8S_OUTDIR !== undefined;
  const k8sOut = underCdk8sCli
    ? resolve(process.env.CDK8S_OUTDIR as string)
    : join(resolve(values.out ?? 'dist'), 'k8s');

  const scratch = mkdtempSync(join(tmpdir(), 'thinkube-synth-'));
  try {
    const app = new App({ outdir: join(scratch, 'k8s'), yamlOutputType: YamlOutputType.FILE_PER_CHART });
    addHubPlatform(app, config);
    app.synth();
    // Only now touch the target: copy beside it (same filesystem) and swap it in with one rename.
    mkdirSync(dirname(k8sOut), { recursive: true });
    const staged = mkdtempSync(join(dirname(k8sOut), '.synth-'));
    cpSync(join(scratch, 'k8s'), join(staged, 'k8s'), { recursive: true });
    rmSync(k8sOut, { recursive: true, force: true });
    renameSync(join(staged, 'k8s'), k8sOut);
    rmSync(staged, { recursive: true, force: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // Under the cdk8s CLI stay quiet: it lists the files itself, and `cdk8s synth --stdout` pipes them.
  if (!underCdk8sCli)
    console.log(`synthesized ${config.hostname} (${config.delivery.mode}, ${config.exposure.mode}) into ${k8sOut}`);
  return 0;
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
