// Baseline for npm run bench: the smallest cdk8s app (run bundled, as main.ts is, and through tsx).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Chart } from 'cdk8s';

const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'bench-cdk8s-')) });
new Chart(app, 'empty');
app.synth();
