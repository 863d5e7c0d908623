/**
 * Composition root: load the configuration, build the Kubernetes app, synthesize it into dist/.
 *
 *   npm run synth                      # the embedded default configuration (config/default.yaml)
 *   npm run synth -- --config my.yaml  # your own install
 *   npm run synth -- --out /tmp/x      # somewhere other than dist/
 *
 * Output is written to a temporary folder first and moved into place only when everything succeeded,
 * so a bad configuration or a failing construct never leaves a half-written dist/.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { App, YamlOutputType } from 'cdk8s';
import { ConfigError, loadConfig } from './config/load.js';
import { addHubPlatform } from './constructs/hub-platform.js';

function main(): number {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', short: 'c' },
      out: { type: 'string', default: 'dist' },
    },
  });
  const config = loadConfig(values.config);
  const outRoot = resolve(values.out ?? 'dist');
  const k8sOut = join(outRoot, 'k8s');

  const staging = mkdtempSync(join(dirname(outRoot), '.synth-'));
  try {
    const app = new App({ outdir: join(staging, 'k8s'), yamlOutputType: YamlOutputType.FILE_PER_CHART });
    addHubPlatform(app, config);
    app.synth();
    rmSync(k8sOut, { recursive: true, force: true });
    renameSync(join(staging, 'k8s'), k8sOut);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
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
