/**
 * Synthesizes the Terraform stacks into `outdir` (manifest.json, stacks/<stack>/cdk.tf.json): the part
 * of `npm run synth` that loads cdktf and the provider bindings, imported on demand by main.ts.
 */
import type { ThinkubeConfig } from '../config/load.js';
import { TerraformApp } from '../constructs/cdktf.js';
import { addHubStacks } from './hub-stacks.js';

export function synthTerraform(config: ThinkubeConfig, outdir: string): void {
  // No stack traces in the metadata: they hold machine paths and would make the output differ per checkout.
  const app = new TerraformApp({ outdir, stackTraces: false, hclOutput: false });
  addHubStacks(app, config);
  app.synth();
}
