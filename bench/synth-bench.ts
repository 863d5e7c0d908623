/**
 * npm run bench: `npm run synth` of the default configuration (both sides: dist/k8s, dist/images and the
 * three Terraform stacks) as a whole process, run as the script runs it (node scripts/run-bundled.mjs:
 * the entry point bundled once, rebuilt only when an input changes), against:
 *   - an empty cdk8s app and an empty cdktf app run the same way (bundled), the baselines;
 *   - the same empty cdk8s app through tsx, the way cdk8s apps usually run;
 *   - main.ts through tsx (how npm run synth ran before the bundle), to show what bundling saves;
 *   - node on an empty file, the floor;
 *   - main.ts as `cdk8s synth` runs it (dist/k8s only; cdktf and the bindings never load).
 * Interleaved in one run so that load on the machine affects all alike; medians of wall time and of
 * peak memory (bench/report-peak-rss.cjs); ratios to the baselines. Absolute times mean little across
 * machines, the ratios travel.
 *
 *   npm run bench -- --rounds 15
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const bundled = (entry: string, ...args: string[]) => [join(root, 'scripts', 'run-bundled.mjs'), entry, ...args];
const SUBJECTS = {
  floor: ['node, empty file (floor)', [emptyFile]],
  cdk8s: ['empty cdk8s app, bundled (baseline)', bundled('bench/empty-cdk8s-app.ts')],
  cdktf: ['empty cdktf app, bundled (baseline)', bundled('bench/empty-cdktf-app.ts')],
  cdk8sTsx: ['empty cdk8s app, tsx', ['--import', 'tsx', join(root, 'bench', 'empty-cdk8s-app.ts')]],
  synth: ['npm run synth, both sides', bundled('main.ts', '--out', join(scratch, 'dist'))],
  synthTsx: [
    'main.ts through tsx (before)',
    ['--import', 'tsx', join(root, 'main.ts'), '--out', join(scratch, 'dist-tsx')],
  ],
  k8sOnly: ['cdk8s synth path (k8s only)', bundled('main.ts')],
} as const satisfies Record<string, readonly [string, string[]]>;
type Subject = keyof typeof SUBJECTS;
// How `cdk8s synth` runs main.ts: the Terraform side (cdktf, provider bindings) is never loaded.
const envOf: Partial<Record<Subject, NodeJS.ProcessEnv>> = {
  k8sOnly: { CDK8S_OUTDIR: join(scratch, 'cdk8s-out') },
};
const rssFile = join(scratch, 'rss');

function run(subject: Subject): { ms: number; rssMiB: number } {
  const [, args] = SUBJECTS[subject];
  const env = { ...process.env, ...envOf[subject], BENCH_RSS_FILE: rssFile };
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', join(root, 'bench', 'report-peak-rss.cjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, rssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// One warm-up of each (file system caches, tsx's transform cache, the bundles built), not counted.
const subjects = Object.keys(SUBJECTS) as Subject[];
for (const subject of subjects) run(subject);
const samples = Object.fromEntries(subjects.map((k) => [k, [] as { ms: number; rssMiB: number }[]])) as Record<
  Subject,
  { ms: number; rssMiB: number }[]
>;
for (let i = 0; i < rounds; i++) for (const subject of subjects) samples[subject].push(run(subject));
rmSync(scratch, { recursive: true, force: true });

const ms = (s: Subject) => median(samples[s].map((x) => x.ms));
const rss = (s: Subject) => median(samples[s].map((x) => x.rssMiB));
console.log(`rounds: ${rounds} (interleaved, whole processes, wall time, after one warm-up of each)`);
for (const subject of subjects) {
  console.log(
    `${SUBJECTS[subject][0].padEnd(38)} median ${ms(subject).toFixed(0).padStart(5)} ms, peak RSS ${rss(subject).toFixed(0)} MiB`,
  );
}
const ratio = (a: Subject, b: Subject, digits = 2) => `${(ms(a) / ms(b)).toFixed(digits)}x`;
console.log(`synth / empty cdk8s app (bundled, the same way): ${ratio('synth', 'cdk8s')}`);
console.log(`synth / empty cdk8s app through tsx:             ${ratio('synth', 'cdk8sTsx')}`);
console.log(`synth / empty cdktf app (bundled):               ${ratio('synth', 'cdktf')}`);
console.log(`synth / node on an empty file (floor):           ${ratio('synth', 'floor', 1)}`);
console.log(`synth / main.ts through tsx (before):            ${ratio('synth', 'synthTsx')}`);
console.log(`cdk8s synth path / empty cdk8s app (bundled):    ${ratio('k8sOnly', 'cdk8s')}`);
console.log(`peak memory, synth / empty cdk8s app (bundled):  ${(rss('synth') / rss('cdk8s')).toFixed(2)}x`);
