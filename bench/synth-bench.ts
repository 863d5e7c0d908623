/**
 * npm run bench: wall time to synthesize the default configuration, against an empty cdk8s app measured
 * in the same run, on the same machine, interleaved so that load on the machine affects both alike.
 * Reported as medians and as a ratio; absolute times mean little across machines, the ratio travels.
 *
 *   npm run bench -- --rounds 30
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { App, Chart } from 'cdk8s';
import { loadConfig } from '../config/load.js';
import { addHubPlatform } from '../constructs/hub-platform.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 3) {
  console.error(`--rounds must be a whole number of at least 3, got "${values.rounds}"`);
  process.exit(1);
}

const outdir = mkdtempSync(join(tmpdir(), 'thinkube-bench-'));

function emptyApp(): void {
  const app = new App({ outdir });
  new Chart(app, 'empty');
  app.synth();
}

function defaultInstall(): void {
  const app = new App({ outdir });
  addHubPlatform(app, loadConfig());
  app.synth();
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// Warm-up: module loading and JIT, excluded from both series.
for (let i = 0; i < 3; i++) {
  emptyApp();
  defaultInstall();
}
const baseline: number[] = [];
const subject: number[] = [];
for (let i = 0; i < rounds; i++) {
  baseline.push(time(emptyApp));
  subject.push(time(defaultInstall));
}
rmSync(outdir, { recursive: true, force: true });

const b = median(baseline);
const s = median(subject);
console.log(`rounds: ${rounds} (interleaved, after 3 warm-up rounds)`);
console.log(`empty cdk8s app synth (baseline): median ${b.toFixed(2)} ms`);
console.log(`default config synth (load config + 5 charts): median ${s.toFixed(2)} ms`);
console.log(`ratio default/baseline: ${(s / b).toFixed(1)}x`);
