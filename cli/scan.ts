/**
 * npm run scan: the install through checkov, the IaC policy scanner platform teams judge it with.
 *
 * Scanned: dist/k8s (the project's own objects and the Argo CD Application), dist/rendered (what the
 * real chart makes of the values), the user pods and home PVCs the real KubeSpawner 7.0.0 would create
 * for each role and each profile it may start (test/e2e/chart_hub/spawn_users.py --manifests, with
 * the chart's own hub configuration), and dist/terraform (the three stacks, as Terraform JSON).
 *
 * Every finding must be fixed or listed in security/checkov-skips.yaml with the check, the exact
 * resources and the reason; there are no blanket skips. The run fails on any finding that is not
 * listed, and on any listed skip that matches nothing any more (so the file never outlives the code).
 * It prints what it accepted and why.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { DEFAULT_DIST, distLayout } from '../app/dist-layout.js';
import { loadConfig } from '../config/load.js';
import { PROJECT_ROOT, TOOL_CACHE } from '../config/project-files.js';
import { command, run, runTool, UsageError } from './support/command.js';

interface ScanOptions {
  config?: string;
  dist: string;
  chart: string;
  skips: string;
}

interface Finding {
  readonly check: string;
  readonly name: string;
  readonly resource: string;
  readonly file: string;
}

interface Skip {
  readonly check: string;
  readonly resources: readonly string[];
  readonly reason: string;
}

const CHECKOV = join(TOOL_CACHE, 'checkov-venv', 'bin', 'checkov');
const HUB_PYTHON = join(TOOL_CACHE, 'hub-venv', 'bin', 'python');

/** A kubeconfig whose server is a closed port: KubeSpawner builds its client but never connects. */
const OFFLINE_KUBECONFIG = stringify({
  apiVersion: 'v1',
  kind: 'Config',
  clusters: [{ name: 'none', cluster: { server: 'https://127.0.0.1:9' } }],
  users: [{ name: 'none', user: { token: 'unused' } }],
  contexts: [{ name: 'none', context: { cluster: 'none', user: 'none', namespace: 'jupyterhub' } }],
  'current-context': 'none',
});

/** The pods (and home claims) KubeSpawner makes for each role and each profile that role may start. */
function userPodManifests(options: ScanOptions, work: string): string {
  const config = loadConfig(options.config);
  const requests = Object.entries(config.roles).flatMap(([role, spec]) =>
    spec.profiles.map((profile) => ({
      user: `scan-${role.toLowerCase()}-${profile}`,
      groups: [`/${spec.group}`],
      profile,
    })),
  );
  writeFileSync(join(work, 'requests.json'), JSON.stringify(requests));
  writeFileSync(join(work, 'kubeconfig'), OFFLINE_KUBECONFIG);
  if (!existsSync(HUB_PYTHON))
    throw new UsageError(`no hub venv at ${HUB_PYTHON}: run bash scripts/install-tools.sh hub-python`);
  const result = runTool(
    HUB_PYTHON,
    [
      join(PROJECT_ROOT, 'test', 'e2e', 'chart_hub', 'spawn_users.py'),
      '--manifests',
      resolve(distLayout(options.dist).renderedRelease),
      resolve(options.chart),
      join(work, 'requests.json'),
    ],
    {
      env: {
        ...process.env,
        KUBECONFIG: join(work, 'kubeconfig'),
        PYTHONPATH: join(PROJECT_ROOT, 'test', 'e2e', 'chart_hub'),
      },
      timeoutMs: 300_000,
    },
  );
  const documents: unknown[] = [];
  for (const line of result.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const answer = JSON.parse(line) as { user: string; manifests?: unknown[]; error?: string; refused?: number };
    if (!answer.manifests)
      throw new UsageError(`KubeSpawner made no pod for ${answer.user}: ${answer.error ?? answer.refused}`);
    documents.push(...answer.manifests);
  }
  if (documents.length === 0) throw new UsageError('KubeSpawner made no user pod to scan');
  return documents.map((d) => stringify(d)).join('---\n');
}

function checkov(framework: string, dir: string): Finding[] {
  if (!existsSync(CHECKOV)) throw new UsageError(`no checkov at ${CHECKOV}: run bash scripts/install-tools.sh checkov`);
  const result = spawnSync(
    CHECKOV,
    ['--directory', dir, '--framework', framework, '--output', 'json', '--quiet', '--compact', '--skip-download'],
    { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { ...process.env, LOG_LEVEL: 'ERROR' } },
  );
  if (result.error) throw new UsageError(`cannot run checkov: ${result.error.message}`);
  // checkov exits 1 when a check failed; anything else, or no JSON, is checkov itself failing.
  let reports: unknown;
  try {
    reports = JSON.parse(result.stdout);
  } catch {
    throw new UsageError(`checkov --framework ${framework} gave no report: ${result.stderr.trim().slice(-2000)}`);
  }
  const list = (Array.isArray(reports) ? reports : [reports]) as {
    results?: { failed_checks: { check_id: string; check_name: string; resource: string; file_path: string }[] };
    summary?: { passed: number; failed: number; resource_count: number; parsing_errors: number };
  }[];
  const findings: Finding[] = [];
  let resources = 0;
  let passed = 0;
  for (const report of list) {
    if ((report.summary?.parsing_errors ?? 0) > 0) {
      throw new UsageError(`checkov could not parse ${framework} files in ${dir}`);
    }
    resources += report.summary?.resource_count ?? 0;
    passed += report.summary?.passed ?? 0;
    for (const f of report.results?.failed_checks ?? []) {
      findings.push({ check: f.check_id, name: f.check_name, resource: f.resource, file: f.file_path });
    }
  }
  // A scan that checked nothing proves nothing. (For terraform_json checkov reports no resource count,
  // only the checks it ran.)
  if (passed + findings.length === 0) throw new UsageError(`checkov --framework ${framework} ran no check in ${dir}`);
  const counted = resources > 0 ? `${resources} resources, ` : '';
  console.log(`scan: ${framework}: ${counted}${passed} checks passed, ${findings.length} failed`);
  return findings;
}

function loadSkips(file: string): Skip[] {
  if (!existsSync(file)) throw new UsageError(`--skips ${file}: no such file`);
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  if (
    data === null ||
    typeof data !== 'object' ||
    Array.isArray(data) ||
    !Array.isArray((data as { skips?: unknown }).skips)
  ) {
    // An empty or unrelated file would read as "nothing accepted" and hide what the real file says.
    throw new UsageError(
      `--skips ${file}: not a skips file (a YAML map with a "skips" list of {check, resources, reason})`,
    );
  }
  const skips = (data as { skips: Skip[] }).skips;
  for (const [i, skip] of skips.entries()) {
    if (!/^CKV2?_[A-Z0-9]+_\d+$/.test(skip.check ?? ''))
      throw new UsageError(`${file}: skips[${i}].check must be a checkov id, got "${skip.check}"`);
    if (
      !Array.isArray(skip.resources) ||
      skip.resources.length === 0 ||
      skip.resources.some((r) => !r || r.includes('*'))
    ) {
      throw new UsageError(
        `${file}: skips[${i}] (${skip.check}) must list exact resources (no wildcards, no blanket skips)`,
      );
    }
    if (!skip.reason || skip.reason.trim().length < 20) {
      throw new UsageError(`${file}: skips[${i}] (${skip.check}) needs a reason that says why`);
    }
  }
  return skips;
}

/** Pod resource ids carry every label (checkov's naming); the skip file names pods by their first part. */
function shortResource(resource: string): string {
  return resource.startsWith('Pod.') ? resource.split('.').slice(0, 3).join('.') : resource;
}

function scan(options: ScanOptions): void {
  if (!existsSync(resolve(options.chart, 'Chart.yaml'))) {
    throw new UsageError(
      `--chart ${options.chart}: no chart there (a folder with Chart.yaml, such as ../shared/charts/jupyterhub-4.4.0)`,
    );
  }
  const skips = loadSkips(options.skips); // before the long run: a wrong file is said at once
  const work = mkdtempSync(join(tmpdir(), 'thinkube-scan-'));
  try {
    const k8s = join(work, 'kubernetes');
    mkdirSync(k8s);
    const dist = distLayout(options.dist);
    for (const [folder, path] of [
      ['k8s', dist.k8s],
      ['rendered', dist.rendered],
    ] as const) {
      const from = resolve(path);
      if (!existsSync(from)) throw new UsageError(`no ${from}: run npm run synth and npm run render`);
      for (const file of readdirSync(from)) cpSync(join(from, file), join(k8s, `${folder}-${file}`));
    }
    console.log('scan: asking KubeSpawner for the user pods of every role and profile ...');
    writeFileSync(join(k8s, 'user-pods.yaml'), userPodManifests(options, work));
    const terraform = join(work, 'terraform');
    const stacks = resolve(distLayout(options.dist).stacks);
    for (const stack of readdirSync(stacks)) {
      cpSync(join(stacks, stack, 'cdk.tf.json'), join(terraform, stack, `${stack}.tf.json`), { recursive: true });
    }
    console.log(
      `scan: checkov over ${readdirSync(k8s).length} Kubernetes files and ${readdirSync(terraform).length} stacks ...`,
    );
    const findings = [...checkov('kubernetes', k8s), ...checkov('terraform_json', terraform)];

    const used = new Set<Skip>();
    const unexplained: Finding[] = [];
    const accepted: { finding: Finding; skip: Skip }[] = [];
    for (const finding of findings) {
      const skip = skips.find(
        (s) => s.check === finding.check && s.resources.includes(shortResource(finding.resource)),
      );
      if (skip) {
        used.add(skip);
        accepted.push({ finding, skip });
      } else unexplained.push(finding);
    }
    const stale = skips.filter((s) => !used.has(s));

    console.log(`\naccepted (${options.skips}):`);
    for (const skip of skips.filter((s) => used.has(s))) {
      const resources = accepted.filter((a) => a.skip === skip).map((a) => shortResource(a.finding.resource));
      console.log(`  ${skip.check.padEnd(11)} ${resources.length} resource(s): ${skip.reason}`);
    }
    for (const f of unexplained)
      console.log(`FAIL ${f.check} ${f.name}: ${shortResource(f.resource)} (${f.file.split('/').pop()})`);
    for (const s of stale)
      console.log(`FAIL stale skip: ${s.check} on ${s.resources.join(', ')} matches no finding; remove it`);
    console.log(
      `scan: ${findings.length} finding(s): ${accepted.length} accepted with a reason, ${unexplained.length} unexplained; ${stale.length} stale skip(s)`,
    );
    if (unexplained.length > 0 || stale.length > 0) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const scanCommand = command(
  'scan',
  'checkov over the manifests, the rendered chart, the user pods and the Terraform.',
)
  .option('--config <file>', 'the install configuration (default: the embedded one)')
  .option('--dist <dir>', 'the synthesized output (k8s/, rendered/, terraform/)', DEFAULT_DIST)
  .option(
    '--chart <dir>',
    'the chart, for the hub configuration that makes user pods',
    '../shared/charts/jupyterhub-4.4.0',
  )
  .option('--skips <file>', 'the accepted findings, each with its reason', 'security/checkov-skips.yaml')
  .action((options: ScanOptions) => scan(options));

if (process.argv[1]?.endsWith('scan.ts')) await run('scan', scanCommand);
