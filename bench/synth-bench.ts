/**
 * npm run bench: `npm run synth` of the default configuration (both sides: dist/k8s, dist/images and the
 * three Terraform stacks) as a whole process, against an empty cdk8s app and an empty cdktf app run the
 * same way (node --import tsx), and node on an empty file (the floor), interleaved in one run so that
 * load on the machine affects all alike. Reported as medians and ratios; absolute times mean little
 * across machines, the ratios travel.
 *
 *   npm run bench -- --rounds 15
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 3) {
  console.error(`--rounds must be a whole number of at least 3, got "${values.rounds}"`);
  process.exit(1);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'thinkube-bench-'));
const emptyFile = join(scratch, 'empty.mjs');
writeFileSync(emptyFile, '');

const subjects: Record<string, string[]> = {
  'node, empty file (floor)': [emptyFile],
  'empty cdk8s app (baseline)': ['--import', 'tsx', join(root, 'bench', 'empty-cdk8s-app.ts')],
  'empty cdktf app (baseline)': ['--import', 'tsx', join(root, 'bench', 'empty-cdktf-app.ts')],
  'npm run synth, both sides': ['--import', 'tsx', join(root, 'main.ts'), '--out', join(scratch, 'dist')],
  'cdk8s synth path (k8s only)': ['--import', 'tsx', join(root, 'main.ts')],
};
// How `cdk8s synth` runs main.ts: the Terraform side (cdktf, provider bindings) is never loaded.
const envOf: Record<string, NodeJS.ProcessEnv> = {
  'cdk8s synth path (k8s only)': { ...process.env, CDK8S_OUTDIR: join(scratch, 'cdk8s-out') },
};

function run(name: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: envOf[name] ?? process.env });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// One warm-up of each (file system caches, tsx's transform cache), not counted.
for (const [name, args] of Object.entries(subjects)) run(name, args);
const times: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (let i = 0; i < rounds; i++) {
  for (const [name, args] of Object.entries(subjects)) times[name]?.push(run(name, args));
}
rmSync(scratch, { recursive: true, force: true });

const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
console.log(`rounds: ${rounds} (interleaved, whole processes, wall time, after one warm-up of each)`);
for (const [name, ms] of Object.entries(m)) console.log(`${name.padEnd(30)} median ${ms.toFixed(0)} ms`);
const synth = m['npm run synth, both sides'] as number;
console.log(`synth / empty cdk8s app: ${(synth / (m['empty cdk8s app (baseline)'] as number)).toFixed(2)}x`);
console.log(`synth / empty cdktf app: ${(synth / (m['empty cdktf app (baseline)'] as number)).toFixed(2)}x`);
console.log(`synth / node on an empty file: ${(synth / (m['node, empty file (floor)'] as number)).toFixed(1)}x`);
const k8sOnly = m['cdk8s synth path (k8s only)'] as number;
console.log(
  `cdk8s synth path / empty cdk8s app: ${(k8sOnly / (m['empty cdk8s app (baseline)'] as number)).toFixed(2)}x`,
);
