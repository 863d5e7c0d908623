// Baseline for npm run bench: the smallest cdktf app, run the way main.ts is (bundled).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TerraformApp, TerraformStack } from '../constructs/cdktf.js';

const app = new TerraformApp({ outdir: mkdtempSync(join(tmpdir(), 'bench-cdktf-')), stackTraces: false });
new TerraformStack(app, 'empty');
app.synth();
